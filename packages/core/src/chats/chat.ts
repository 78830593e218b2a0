export type ChatKind = 'direct' | 'group';
export type MemberRole = 'member' | 'admin';

export interface Chat {
  readonly id: string;
  readonly kind: ChatKind;
  /** For direct chats: the two account ids, sorted and joined, so a pair has one chat. */
  readonly directKey: string | null;
  readonly subject: string | null;
  readonly description: string | null;
  readonly photoMediaId: string | null;
  readonly createdBy: string;
  readonly createdAt: number;
  readonly lastSeq: number;
  readonly inviteCode: string | null;
}

export interface Member {
  readonly chatId: string;
  readonly accountId: string;
  readonly role: MemberRole;
  /** The member sees messages with seq greater than this. */
  readonly joinedSeq: number;
  /** Set when the member left or was removed: they keep seeing messages up to this seq. */
  readonly leftSeq: number | null;
  readonly deliveredSeq: number;
  readonly readSeq: number;
}

/** A member's own view settings for a chat. */
export interface ChatSettings {
  readonly mutedUntil: number | null;
  readonly archived: boolean;
  readonly pinnedAt: number | null;
}

export const isActive = (member: Member): boolean => member.leftSeq === null;

/** Whether a member can see the message at `seq`. */
export const canSee = (member: Member, seq: number): boolean =>
  seq > member.joinedSeq && (member.leftSeq === null || seq <= member.leftSeq);

export const directKeyOf = (a: string, b: string): string => (a < b ? `${a}:${b}` : `${b}:${a}`);

/** The other account of a direct chat, as `accountId` sees it; null for a group. */
export function peerOf(chat: Chat, accountId: string): string | null {
  if (chat.directKey === null) return null;
  const [first, second] = chat.directKey.split(':');
  return (first === accountId ? second : first) ?? null;
}
