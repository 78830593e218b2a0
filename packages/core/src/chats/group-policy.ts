import { DomainError } from '../shared/errors.js';
import { isActive, type Chat, type Member } from './chat.js';

export const GROUP_MAX_MEMBERS = 1024;
export const GROUP_SUBJECT_MAX_LENGTH = 100;
export const GROUP_DESCRIPTION_MAX_LENGTH = 2048;
export const PINNED_CHATS_MAX = 3;

export function assertGroup(chat: Chat): void {
  if (chat.kind !== 'group') throw new DomainError('invalid_argument', 'This chat is not a group');
}

export function assertActiveMember(member: Member | undefined): asserts member is Member {
  if (member === undefined || !isActive(member)) {
    throw new DomainError('forbidden', 'You are not a member of this chat');
  }
}

export function assertAdmin(member: Member | undefined): asserts member is Member {
  assertActiveMember(member);
  if (member.role !== 'admin') throw new DomainError('forbidden', 'Only group admins can do this');
}

export function assertRoomFor(activeCount: number, adding: number): void {
  if (activeCount + adding > GROUP_MAX_MEMBERS) {
    throw new DomainError('limit_exceeded', `A group has at most ${GROUP_MAX_MEMBERS} members`, {
      limit: GROUP_MAX_MEMBERS,
    });
  }
}

/** The creator stays in charge: other admins cannot remove or demote them. */
export function assertNotCreator(chat: Chat, accountId: string, actorId: string): void {
  if (chat.createdBy === accountId && actorId !== accountId) {
    throw new DomainError('forbidden', "The group's creator cannot be removed or demoted");
  }
}
