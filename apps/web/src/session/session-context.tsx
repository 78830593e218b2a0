import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { clearSession, loadSession, saveSession, type StoredSession } from './session-storage';

interface SessionState {
  readonly session: StoredSession | undefined;
  signIn(session: StoredSession): void;
  signOut(): void;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

/** Holds this browser's signed-in device, if any; signing in or out re-renders the whole app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState(loadSession);
  const signIn = useCallback((next: StoredSession) => {
    saveSession(next);
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    clearSession();
    setSession(undefined);
  }, []);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionState {
  const state = useContext(SessionContext);
  if (state === undefined) throw new Error('useSessionState outside SessionProvider');
  return state;
}
