import {
  createBlockUsersService,
  createNumberManagementService,
  createPlatformGroupsService,
  directKeyOf,
  groupWebhookChange,
  type AccountKind,
  type Chat,
  type Clock,
  type GroupChats,
  type PlatformManagementRepository,
  type PlatformService,
  type Secrets,
  type WebhookChange,
} from '@parley/core';
import { toGroupId } from '../http/graph/group-id.js';

export interface PlatformManagementDeps {
  readonly platform: PlatformService;
  readonly repository: PlatformManagementRepository;
  readonly chats: GroupChats;
  readonly findDirect: (directKey: string) => Promise<Chat | undefined>;
  /** When the account last wrote in the chat, if ever. */
  readonly lastMessageAt: (chatId: string, senderId: string) => Promise<number | undefined>;
  readonly accountIdsByPhone: (phones: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  readonly phoneOf: (accountId: string) => Promise<string>;
  readonly kindOf: (accountId: string) => Promise<AccountKind | undefined>;
  readonly safety: {
    block(actorId: string, otherId: string): Promise<void>;
    unblock(actorId: string, otherId: string): Promise<void>;
    listBlocked(actorId: string): Promise<readonly string[]>;
  };
  readonly enqueueWebhook: (change: WebhookChange) => Promise<void>;
  /** Where invite links point: the web app's `/invite/{code}`. */
  readonly publicUrl: string;
  readonly secrets: Secrets;
  readonly clock: Clock;
  readonly onError: (error: unknown) => void;
}

/** The Graph's management services: registration and names, Block Users, Groups. */
export function createPlatformManagement(deps: PlatformManagementDeps) {
  const { platform, repository, secrets, clock } = deps;
  const inviteLink = (code: string) => `${deps.publicUrl}/invite/${code}`;

  const numbers = createNumberManagementService({
    platform,
    repository,
    secrets,
    clock,
    // Contract 5.7: the operator's decision on a display name reaches the WABA's apps.
    onNameDecision(number, decision, name) {
      const change: WebhookChange = {
        wabaId: number.wabaId,
        phoneNumberId: number.id,
        field: 'phone_number_name_update',
        time: clock.now(),
        value: {
          display_phone_number: number.phone.replace(/^\+/, ''),
          decision,
          requested_verified_name: name,
          rejection_reason: decision === 'APPROVED' ? null : 'NONE',
        },
      };
      void deps.enqueueWebhook(change).catch(deps.onError);
    },
  });

  const blockUsers = createBlockUsersService({
    accountIdsByPhone: deps.accountIdsByPhone,
    kindOf: deps.kindOf,
    async lastInboundAt(businessAccountId, personId) {
      const chat = await deps.findDirect(directKeyOf(businessAccountId, personId));
      return chat === undefined ? undefined : deps.lastMessageAt(chat.id, personId);
    },
    block: deps.safety.block,
    unblock: deps.safety.unblock,
    listBlocked: deps.safety.listBlocked,
    clock,
  });

  const groups = createPlatformGroupsService({
    chats: deps.chats,
    repository,
    accountIdsByPhone: deps.accountIdsByPhone,
    phoneOf: deps.phoneOf,
    // Meta's request ids are 32 hex digits.
    requestId: () =>
      Buffer.from(secrets.randomToken(16), 'base64url').toString('hex').slice(0, 32).toUpperCase(),
    clock,
    // The create call answers before the webhook that carries the group's id: it is not awaited.
    onEvent(number, event) {
      const change = groupWebhookChange(number, event, {
        groupId: toGroupId(number.id, event.chatId),
        ...(event.inviteCode !== undefined && { inviteLink: inviteLink(event.inviteCode) }),
      });
      void deps.enqueueWebhook(change).catch(deps.onError);
    },
  });

  return { numbers, blockUsers, groups, inviteLink };
}

export type PlatformManagement = ReturnType<typeof createPlatformManagement>;
