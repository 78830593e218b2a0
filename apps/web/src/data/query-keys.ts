/** Every TanStack Query key in one place, so invalidations cannot drift from the queries. */
export const queryKeys = {
  me: ['me'] as const,
  chats: ['chats'] as const,
  chat: (chatId: string) => ['chat', chatId] as const,
  account: (accountId: string) => ['account', accountId] as const,
  contacts: ['contacts'] as const,
  devices: ['devices'] as const,
  blocks: ['blocks'] as const,
  media: (mediaId: string, variant: 'file' | 'thumbnail') => ['media', mediaId, variant] as const,
  mediaInfo: (mediaId: string) => ['media-info', mediaId] as const,
  /** Which of some phone numbers are on Parley (`POST /v1/contacts/lookup`). */
  contactLookup: (phones: readonly string[]) => ['contact-lookup', ...phones] as const,
  /** One typed number looked up for "Chat with +…": `{phone, accountId}` of its lookup result. */
  phoneLookup: (input: string) => ['phone-lookup', input] as const,
  /** A group invite's preview (`GET /v1/invites/{code}`). */
  invite: (inviteCode: string) => ['invite', inviteCode] as const,
};
