import {
  isStoredSession,
  parseSessions,
  withSession,
  withoutSession,
  type StoredSession,
} from './session-list';

export type { StoredSession } from './session-list';

/** The account in front. Versions with one account stored only this key, so it stays the source. */
const ACTIVE_KEY = 'parley.session';
/** Every account signed in on this browser, the active one included. */
const ALL_KEY = 'parley.sessions';
const cursorsKey = (deviceId: string) => `parley.cursors.${deviceId}`;

export interface StoredSessions {
  readonly active: StoredSession | undefined;
  readonly all: readonly StoredSession[];
}

export function loadSessions(): StoredSessions {
  const active = readJson(ACTIVE_KEY);
  const all = parseSessions(readJson(ALL_KEY));
  if (!isStoredSession(active)) return { active: all[0], all };
  return { active, all: withSession(all, active) };
}

/** Keeps `session` and brings it to the front. */
export function saveActiveSession(session: StoredSession): StoredSessions {
  const all = withSession(loadSessions().all, session);
  localStorage.setItem(ALL_KEY, JSON.stringify(all));
  localStorage.setItem(ACTIVE_KEY, JSON.stringify(session));
  return { active: session, all };
}

/** Forgets one account's device (and its sync cursors); another held account comes to the front. */
export function forgetSession(deviceId: string): StoredSessions {
  const { active, all } = loadSessions();
  const rest = withoutSession(all, deviceId);
  localStorage.removeItem(cursorsKey(deviceId));
  const next = active?.deviceId === deviceId ? rest[0] : active;
  if (rest.length === 0) localStorage.removeItem(ALL_KEY);
  else localStorage.setItem(ALL_KEY, JSON.stringify(rest));
  if (next === undefined) localStorage.removeItem(ACTIVE_KEY);
  else localStorage.setItem(ACTIVE_KEY, JSON.stringify(next));
  return { active: next, all: rest };
}

function readJson(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
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
