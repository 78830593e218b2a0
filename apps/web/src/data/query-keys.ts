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
  /** Another account this browser holds, asked with its own device token (`GET /v1/me`). */
  heldAccount: (accountId: string) => ['held-account', accountId] as const,
  /** The signed-in business's own profile (`GET /v1/me/business-profile`). */
  ownBusinessProfile: ['own-business-profile'] as const,
  /** A business's profile as its customers see it (`GET /v1/accounts/{id}/business-profile`). */
  businessProfile: (accountId: string) => ['business-profile', accountId] as const,
  /** The business's labels with their counts (`GET /v1/business/labels`). */
  labels: ['labels'] as const,
  /** Which labels each chat and contact carries (`GET /v1/business/label-assignments`). */
  labelAssignments: ['label-assignments'] as const,
  /** The business's quick replies (`GET /v1/business/quick-replies`). */
  quickReplies: ['quick-replies'] as const,
  /** The business's greeting and away messages (`GET /v1/business/auto-replies`). */
  autoReplies: ['auto-replies'] as const,
  /** The business's broadcast lists (`GET /v1/business/broadcast-lists`). */
  broadcastLists: ['broadcast-lists'] as const,
  /** One broadcast list with its recipients (`GET /v1/business/broadcast-lists/{id}`). */
  broadcastList: (listId: string) => ['broadcast-list', listId] as const,
  /** Broadcasts sent, newest first; `broadcasts` prefixes every page size. */
  broadcasts: ['broadcasts'] as const,
  broadcastsPage: (limit: number) => ['broadcasts', limit] as const,
  /** One broadcast with each recipient's status (`GET /v1/business/broadcasts/{id}`). */
  broadcast: (broadcastId: string) => ['broadcast', broadcastId] as const,
  /** Daily message counts (`GET /v1/business/statistics`). */
  statistics: (from: string, to: string, timeZone: string) => ['statistics', from, to, timeZone] as const,
  /** The business's own items and collections, hidden ones included (`GET /v1/business/…`). */
  ownProducts: ['own-products'] as const,
  ownCollections: ['own-collections'] as const,
  /** A business's catalog as customers see it (`GET /v1/accounts/{id}/catalog`). */
  catalog: (businessId: string) => ['catalog', businessId] as const,
  /** One item of a business (`GET /v1/accounts/{id}/products/{productId}`). */
  product: (businessId: string, productId: string) => ['product', businessId, productId] as const,
  /** The business's orders; `orders` prefixes every status filter. */
  orders: ['orders'] as const,
  ordersByStatus: (status: string) => ['orders', status] as const,
  /** One order as its customer or business sees it (`GET /v1/orders/{id}`). */
  order: (orderId: string) => ['order', orderId] as const,
};
