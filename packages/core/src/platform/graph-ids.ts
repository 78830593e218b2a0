/**
 * Graph ids are digit strings. Parley's carry their kind in the first digit, so `GET /{id}` knows
 * which kind of node to load without a lookup table; to clients they are opaque numbers.
 */
export const NODE_PREFIX = {
  portfolio: '1',
  waba: '2',
  phone_number: '3',
  app: '4',
  system_user: '5',
  template: '6',
  media: '7',
  token: '8',
} as const;

export type NodeKind = keyof typeof NODE_PREFIX;

const KIND_BY_PREFIX = new Map<string, NodeKind>(
  Object.entries(NODE_PREFIX).map(([kind, prefix]) => [prefix, kind as NodeKind]),
);

/** Ids are the prefix and 15 random digits: 16 digits, like Meta's. */
export const GRAPH_ID_PATTERN = /^[1-9]\d{15}$/;

export function nodeKindOf(id: string): NodeKind | undefined {
  if (!GRAPH_ID_PATTERN.test(id)) return undefined;
  return KIND_BY_PREFIX.get(id[0]!);
}

/** Makes Graph ids; the composition root supplies the randomness. */
export interface GraphIds {
  next(kind: NodeKind): string;
}
