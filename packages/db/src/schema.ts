import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it. Types are chosen to mean the same on SQLite and PostgreSQL:
 * timestamps are epoch milliseconds (bigint, parsed to number), booleans are 0/1 integers,
 * structured values are JSON text.
 */
export interface Database {
  accounts: AccountsTable;
  devices: DevicesTable;
  otp_challenges: OtpChallengesTable;
  link_requests: LinkRequestsTable;
  contacts: ContactsTable;
  blocks: BlocksTable;
  reports: ReportsTable;
  chats: ChatsTable;
  chat_members: ChatMembersTable;
  messages: MessagesTable;
  reactions: ReactionsTable;
  receipt_log: ReceiptLogTable;
  hidden_messages: HiddenMessagesTable;
  media: MediaTable;
  outbox: OutboxTable;
  business_profiles: BusinessProfilesTable;
  products: ProductsTable;
  collections: CollectionsTable;
  orders: OrdersTable;
  labels: LabelsTable;
  label_seeds: LabelSeedsTable;
  label_chats: LabelChatsTable;
  label_contacts: LabelContactsTable;
  quick_replies: QuickRepliesTable;
  auto_reply_settings: AutoReplySettingsTable;
  broadcast_lists: BroadcastListsTable;
  broadcast_list_recipients: BroadcastListRecipientsTable;
  broadcasts: BroadcastsTable;
  broadcast_recipients: BroadcastRecipientsTable;
  auto_reply_recipients: AutoReplyRecipientsTable;
  portfolios: PortfoliosTable;
  wabas: WabasTable;
  platform_numbers: PlatformNumbersTable;
  platform_apps: PlatformAppsTable;
  system_users: SystemUsersTable;
  access_tokens: AccessTokensTable;
  waba_subscribed_apps: WabaSubscribedAppsTable;
  sandbox_test_phones: SandboxTestPhonesTable;
  templates: TemplatesTable;
  webhook_batches: WebhookBatchesTable;
  webhook_batch_bodies: WebhookBatchBodiesTable;
  platform_callback_data: PlatformCallbackDataTable;
  graph_media: GraphMediaTable;
  platform_registration_calls: PlatformRegistrationCallsTable;
  platform_display_names: PlatformDisplayNamesTable;
  platform_groups: PlatformGroupsTable;
}

export interface AccountsTable {
  id: string;
  phone: string;
  kind: string;
  name: string;
  about: string;
  photo_media_id: string | null;
  created_at: number;
  last_seen_at: number | null;
  verification: Generated<string>;
  premium: Generated<number>;
}

export interface DevicesTable {
  id: string;
  account_id: string;
  kind: string;
  name: string;
  platform: string;
  token_hash: string;
  created_at: number;
  last_active_at: number | null;
  revoked_at: number | null;
}

export interface OtpChallengesTable {
  phone: string;
  code_hash: string | null;
  expires_at: number;
  failed_attempts: number;
  locked_until: number | null;
  sends_window_started_at: number;
  sends_in_window: number;
  last_sent_at: number;
}

export interface LinkRequestsTable {
  id: string;
  code: string;
  secret_hash: string;
  device_name: string;
  platform: string;
  expires_at: number;
  approved_account_id: string | null;
  claimed_at: number | null;
  created_at: number;
}

export interface ContactsTable {
  owner_account_id: string;
  phone: string;
  name: string;
  created_at: number;
}

export interface BlocksTable {
  blocker_id: string;
  blocked_id: string;
  created_at: number;
}

export interface ReportsTable {
  id: string;
  reporter_id: string;
  reported_id: string;
  chat_id: string | null;
  reason: string;
  message_ids: string;
  created_at: number;
}

export interface ChatsTable {
  id: string;
  kind: string;
  direct_key: string | null;
  subject: string | null;
  description: string | null;
  photo_media_id: string | null;
  created_by: string;
  created_at: number;
  last_seq: number;
  last_activity_at: number;
  invite_code: string | null;
}

export interface ChatMembersTable {
  chat_id: string;
  account_id: string;
  role: string;
  joined_seq: number;
  left_seq: number | null;
  delivered_seq: number;
  read_seq: number;
  muted_until: number | null;
  archived: number;
  pinned_at: number | null;
}

export interface MessagesTable {
  id: string;
  chat_id: string;
  seq: number;
  sender_id: string;
  sender_device_id: string | null;
  type: string;
  /** The content as JSON; null once revoked. */
  content: string | null;
  reply_to_id: string | null;
  forwarded: number;
  sender_only: number;
  /** 1 for a reply the server sent on the business's behalf (greeting, away message). */
  automated: number;
  created_at: number;
  edited_at: number | null;
  deleted_at: number | null;
}

export interface ReactionsTable {
  message_id: string;
  account_id: string;
  emoji: string;
  reacted_at: number;
}

export interface ReceiptLogTable {
  chat_id: string;
  account_id: string;
  status: string;
  up_to_seq: number;
  at: number;
}

export interface HiddenMessagesTable {
  account_id: string;
  chat_id: string;
  message_id: string;
}

export interface MediaTable {
  id: string;
  owner_account_id: string;
  sha256: string;
  mime_type: string;
  kind: string;
  size: number;
  filename: string | null;
  width: number | null;
  height: number | null;
  has_thumbnail: number;
  /** Hex sha256 of the JPEG preview blob; set exactly when has_thumbnail is 1. */
  thumbnail_sha256: string | null;
  created_at: number;
}

export interface OutboxTable {
  id: Generated<number>;
  payload: string;
  created_at: number;
}

export interface BusinessProfilesTable {
  account_id: string;
  category: string;
  description: string;
  address: string;
  /** JSON `{latitude, longitude}`, or null. */
  location: string | null;
  email: string;
  /** JSON array of URLs. */
  websites: string;
  /** JSON opening hours, or null until set. */
  hours: string | null;
  default_link_message: string;
  updated_at: number;
}

export interface LabelsTable {
  id: string;
  business_account_id: string;
  name: string;
  /** A palette index, 0 to 19. */
  colour: number;
  /** The default's key (new_customer, ...), or null for the business's own labels. */
  predefined: string | null;
  created_at: number;
}

export interface LabelSeedsTable {
  business_account_id: string;
  seeded_at: number;
}

export interface LabelChatsTable {
  business_account_id: string;
  label_id: string;
  chat_id: string;
}

export interface LabelContactsTable {
  business_account_id: string;
  label_id: string;
  /** E.164; the contact is the business's address-book entry for this number. */
  phone: string;
}

export interface QuickRepliesTable {
  id: string;
  business_account_id: string;
  shortcut: string;
  text: string;
  media_id: string | null;
  created_at: number;
  updated_at: number;
}

export interface AutoReplySettingsTable {
  business_account_id: string;
  /** JSON greeting settings, or null until the business saves them. */
  greeting: string | null;
  /** JSON away settings, or null until the business saves them. */
  away: string | null;
  updated_at: number;
}

export interface AutoReplyRecipientsTable {
  business_account_id: string;
  customer_account_id: string;
  /** The trigger time of the last away message to this customer. */
  last_away_at: number;
}

export interface BroadcastListsTable {
  id: string;
  business_account_id: string;
  name: string;
  created_at: number;
  updated_at: number;
}

export interface BroadcastListRecipientsTable {
  list_id: string;
  account_id: string;
  /** E.164 of the account. */
  phone: string;
  /** The recipient's place in the list, from 0. */
  position: number;
}

export interface BroadcastsTable {
  id: string;
  business_account_id: string;
  list_id: string;
  /** The list's name when the broadcast went out. */
  list_name: string;
  content_type: string;
  preview: string;
  created_at: number;
}

export interface BroadcastRecipientsTable {
  broadcast_id: string;
  account_id: string;
  phone: string;
  position: number;
  /** sent, not_saved or failed. */
  outcome: string;
  chat_id: string | null;
  message_id: string | null;
}

export interface ProductsTable {
  id: string;
  business_account_id: string;
  kind: string;
  name: string;
  description: string;
  /** JSON array of media ids, in display order. */
  image_media_ids: string;
  /** Minor units of `currency`. */
  price: number;
  sale_price: number | null;
  currency: string;
  link: string | null;
  sku: string | null;
  availability: string;
  hidden: number;
  created_at: number;
  updated_at: number;
}

export interface CollectionsTable {
  id: string;
  business_account_id: string;
  name: string;
  /** JSON array of product ids, in display order. */
  product_ids: string;
  hidden: number;
  created_at: number;
  updated_at: number;
}

export interface OrdersTable {
  /** The order message's id. */
  id: string;
  business_account_id: string;
  customer_account_id: string;
  chat_id: string;
  /** JSON array of priced lines, as the order message carries them. */
  items: string;
  currency: string;
  total: number;
  note: string | null;
  status: string;
  created_at: number;
  updated_at: number;
}

export interface PortfoliosTable {
  id: string;
  name: string;
  created_at: number;
}

export interface WabasTable {
  id: string;
  portfolio_id: string;
  name: string;
  timezone_id: string;
  namespace: string;
  created_at: number;
  disabled_at: number | null;
}

export interface PlatformNumbersTable {
  id: string;
  waba_id: string;
  portfolio_id: string;
  account_id: string;
  phone: string;
  verified_name: string;
  name_status: string;
  quality_rating: string;
  messaging_limit: string;
  throughput_level: string;
  status: string;
  registered_at: number | null;
  pin_hash: string | null;
  created_at: number;
}

export interface PlatformAppsTable {
  id: string;
  portfolio_id: string;
  name: string;
  secret: string;
  callback_url: string | null;
  verify_token: string | null;
  /** JSON array of webhook field names. */
  fields: string;
  created_at: number;
}

export interface SystemUsersTable {
  id: string;
  portfolio_id: string;
  name: string;
  created_at: number;
}

export interface AccessTokensTable {
  id: string;
  system_user_id: string;
  portfolio_id: string;
  token_hash: string;
  /** JSON arrays. */
  permissions: string;
  waba_ids: string;
  created_at: number;
  expires_at: number | null;
  revoked_at: number | null;
}

export interface WabaSubscribedAppsTable {
  waba_id: string;
  app_id: string;
  override_callback_uri: string | null;
  created_at: number;
}

export interface WebhookBatchesTable {
  id: string;
  app_id: string;
  url: string;
  waba_id: string;
  event_count: number;
  /** pending | delivered | dead */
  state: string;
  attempts: number;
  next_attempt_at: number;
  leased_until: number | null;
  first_attempt_at: number | null;
  last_status: number | null;
  last_error: string | null;
  created_at: number;
  delivered_at: number | null;
}

export interface TemplatesTable {
  id: string;
  waba_id: string;
  name: string;
  language: string;
  category: string;
  sub_category: string | null;
  parameter_format: string;
  /** JSON of the validated components (core `TemplateComponents`). */
  components: string;
  /** Lower-cased name, header, body and footer, for `name_or_content`. */
  search_text: string;
  status: string;
  rejected_reason: string | null;
  quality_score: string;
  message_send_ttl_seconds: number | null;
  pause_count: number;
  /** JSON array of epoch ms of edits made while approved. */
  approved_edits: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

export interface PlatformRegistrationCallsTable {
  number_id: string;
  at: number;
}

export interface PlatformDisplayNamesTable {
  number_id: string;
  name: string;
  requested_at: number;
}

export interface PlatformGroupsTable {
  chat_id: string;
  number_id: string;
  join_approval_mode: string;
  request_id: string;
  created_at: number;
  deleted_at: number | null;
}

export interface GraphMediaTable {
  id: string;
  media_id: string;
  phone_number_id: string;
  waba_id: string;
  /** upload | inbound */
  origin: string;
  /** Keys the HMAC of the id's download URLs; never shown. */
  url_key: string;
  created_at: number;
  expires_at: number;
  deleted_at: number | null;
}

/** `biz_opaque_callback_data` of a platform number's message, kept only when a send carries it. */
export interface PlatformCallbackDataTable {
  message_id: string;
  data: string;
  created_at: number;
}

export interface SandboxTestPhonesTable {
  account_id: string;
  portfolio_id: string;
  name: string;
  phone: string;
  login_token_hash: string;
  created_at: number;
}

export interface WebhookBatchBodiesTable {
  id: string;
  /** The exact bytes POSTed (already escaped), deflated; signed at each attempt. */
  body: Buffer;
}
