/**
 * Group ids of the Groups API are not digits: Meta's are base64 of `capi_group:<number>:<group>`.
 * Parley's follow that shape with the platform number's id and the group chat's id, in base64url
 * so they fit in a path. The fixed start (`Y2FwaV9ncm91`, "capi_grou") tells `/{id}` their kind.
 */
const PREFIX = 'capi_group:';
const GROUP_ID = /^Y2FwaV9ncm91[A-Za-z0-9_-]{8,200}$/;

export const isGroupId = (id: string): boolean => GROUP_ID.test(id);

export const toGroupId = (numberId: string, chatId: string): string =>
  Buffer.from(`${PREFIX}${numberId}:${chatId}`).toString('base64url');

/** The number and chat a group id names, or undefined for anything that is not one. */
export function fromGroupId(id: string): { numberId: string; chatId: string } | undefined {
  if (!isGroupId(id)) return undefined;
  const decoded = Buffer.from(id, 'base64url').toString();
  const match = /^capi_group:(\d{1,20}):([A-Za-z0-9_-]{1,64})$/.exec(decoded);
  return match === null ? undefined : { numberId: match[1]!, chatId: match[2]! };
}
