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
