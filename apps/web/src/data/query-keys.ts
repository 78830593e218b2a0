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
};
