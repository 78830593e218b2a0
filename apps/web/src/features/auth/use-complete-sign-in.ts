import { useCallback } from 'react';
import { flushSync } from 'react-dom';
import { useNavigate } from 'react-router';
import { useSessionState } from '../../session/session-context';
import type { StoredSession } from '../../session/session-storage';

/**
 * Keeps the new device and opens `destination`. The session is committed first, so the signed-in
 * routes exist when the navigation lands (signed out, they would bounce back to sign-in).
 */
export function useCompleteSignIn(): (session: StoredSession, destination: string) => void {
  const { signIn } = useSessionState();
  const navigate = useNavigate();
  return useCallback(
    (session, destination) => {
      flushSync(() => signIn(session));
      navigate(destination, { replace: true });
    },
    [signIn, navigate],
  );
}
