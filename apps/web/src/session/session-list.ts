import type { Session } from '@parley/sdk';

/** One account signed in on this browser: its device token survives reloads, as a phone stays signed in. */
export interface StoredSession extends Session {
  readonly phone: string;
}

/**
 * The accounts this browser holds, one of them in front. Signing in again to an account that is
 * already held replaces its old device, so each account appears once.
 */
export function withSession(sessions: readonly StoredSession[], session: StoredSession): StoredSession[] {
  const index = sessions.findIndex((held) => held.accountId === session.accountId);
  if (index === -1) return [...sessions, session];
  return sessions.map((held, at) => (at === index ? session : held));
}

export function withoutSession(sessions: readonly StoredSession[], deviceId: string): StoredSession[] {
  return sessions.filter((held) => held.deviceId !== deviceId);
}

/** Held sessions as stored, tolerant of anything a person or an older version left behind. */
export function parseSessions(raw: unknown): StoredSession[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isStoredSession);
}

export function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return ['token', 'accountId', 'deviceId', 'phone'].every((name) => typeof fields[name] === 'string');
}
