import type { Message, MessageDraft } from '../messages/message.js';
import type { Chat, ChatSettings, Member, MemberRole } from './chat.js';

export interface ChatSummary {
  readonly chat: Chat;
  readonly member: Member;
  readonly settings: ChatSettings;
  readonly unreadCount: number;
  readonly lastMessage: Message | null;
}

/**
 * One atomic change to a chat. Added members join after the current last seq (they see the system
 * message that announces them); removed members leave at the seq of the last message appended here
 * (they see their own removal).
 */
export interface ChatChange {
  readonly create?: Chat;
  readonly update?: Partial<Pick<Chat, 'subject' | 'description' | 'photoMediaId' | 'inviteCode'>>;
  readonly addMembers?: readonly { accountId: string; role: MemberRole }[];
  readonly removeMembers?: readonly string[];
  readonly setRoles?: readonly { accountId: string; role: MemberRole }[];
  readonly messages?: readonly MessageDraft[];
}

export interface ChatRepository {
  get(chatId: string): Promise<Chat | undefined>;
  findDirect(directKey: string): Promise<Chat | undefined>;
  findByInviteCode(inviteCode: string): Promise<Chat | undefined>;
  /** Every membership of the chat, including members who left. */
  members(chatId: string): Promise<readonly Member[]>;
  member(chatId: string, accountId: string): Promise<Member | undefined>;
  /** Applies the change and appends its messages in one transaction. */
  commit(chatId: string, change: ChatChange): Promise<readonly Message[]>;
  /** The account's memberships with their chats, read fresh (for catching up). */
  membershipsOf(accountId: string): Promise<readonly { chat: Chat; member: Member }[]>;
  /** Every member's receipt watermarks, read fresh. */
  watermarks(chatId: string): Promise<readonly Member[]>;
  /** Chats the account is or was a member of, most recent activity first. */
  listFor(accountId: string): Promise<readonly ChatSummary[]>;
  settings(chatId: string, accountId: string): Promise<ChatSettings>;
  saveSettings(chatId: string, accountId: string, settings: ChatSettings): Promise<void>;
  countPinned(accountId: string): Promise<number>;
}
