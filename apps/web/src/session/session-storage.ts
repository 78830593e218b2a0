import type { Session } from '@parley/sdk';

/** This browser's device: its token survives reloads, as a phone stays signed in. */
export interface StoredSession extends Session {
  readonly phone: string;
}

const SESSION_KEY = 'parley.session';
const cursorsKey = (deviceId: string) => `parley.cursors.${deviceId}`;

export function loadSession(): StoredSession | undefined {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    return raw === null ? undefined : (JSON.parse(raw) as StoredSession);
  } catch {
    return undefined;
  }
}

export function saveSession(session: StoredSession): void {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  const session = loadSession();
  if (session !== undefined) localStorage.removeItem(cursorsKey(session.deviceId));
  localStorage.removeItem(SESSION_KEY);
}

/** Per chat, the last seq this device holds, so a reload syncs only what is new. */
export function loadCursors(deviceId: string): Record<string, number> {
  try {
    return JSON.parse(localStorage.getItem(cursorsKey(deviceId)) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
}

export function saveCursors(deviceId: string, cursors: Record<string, number>): void {
  localStorage.setItem(cursorsKey(deviceId), JSON.stringify(cursors));
}
