import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  forgetSession,
  loadSessions,
  saveActiveSession,
  type StoredSession,
  type StoredSessions,
} from './session-storage';

interface SessionState {
  /** The account in front, if any. */
  readonly session: StoredSession | undefined;
  /** Every account signed in on this browser, the active one included. */
  readonly sessions: readonly StoredSession[];
  /** Keeps a newly signed-in device and brings its account to the front. */
  signIn(session: StoredSession): void;
  switchTo(accountId: string): void;
  /** Forgets the account in front; another held account, if any, takes its place. */
  signOut(): void;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

/**
 * The accounts this browser holds (a person's and a business's, as the Business app allows) and
 * which one is in front. Changing the account re-renders the whole app; one account's cached data
 * is dropped first, so it can never show under another.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<StoredSessions>(loadSessions);
  const change = useCallback(
    (next: StoredSessions) => {
      queryClient.clear();
      setState(next);
    },
    [queryClient],
  );
  const signIn = useCallback((next: StoredSession) => change(saveActiveSession(next)), [change]);
  const switchTo = useCallback(
    (accountId: string) => {
      const target = loadSessions().all.find((held) => held.accountId === accountId);
      if (target !== undefined) change(saveActiveSession(target));
    },
    [change],
  );
  const signOut = useCallback(() => {
    const active = loadSessions().active;
    change(active === undefined ? loadSessions() : forgetSession(active.deviceId));
  }, [change]);
  const value = useMemo(
    () => ({ session: state.active, sessions: state.all, signIn, switchTo, signOut }),
    [state, signIn, switchTo, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionState {
  const state = useContext(SessionContext);
  if (state === undefined) throw new Error('useSessionState outside SessionProvider');
  return state;
}
