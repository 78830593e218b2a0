import { ParleyApiError, ParleyClient } from '@parley/sdk';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadCursors, saveCursors, type StoredSession } from '../session/session-storage';
import { useSessionState } from '../session/session-context';
import { LiveStore } from './live-store';
import { queryKeys } from './query-keys';

export type ConnectionStatus = 'connecting' | 'online' | 'offline';

interface ParleyContextValue {
  readonly client: ParleyClient;
  readonly session: StoredSession;
  readonly live: LiveStore;
  readonly status: ConnectionStatus;
}

const ParleyContext = createContext<ParleyContextValue | undefined>(undefined);

/** Chat list refreshes are batched: a burst of messages costs one request. */
const CHAT_LIST_REFRESH_MS = 150;

/**
 * The signed-in device: one SDK client and one live connection for the whole app. Live events
 * refresh the queries they change; a revoked device signs out.
 */
export function ParleyProvider({ session, children }: { session: StoredSession; children: ReactNode }) {
  const { signOut } = useSessionState();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const { client, live } = useMemo(() => {
    const client = new ParleyClient({
      baseUrl: window.location.origin,
      cursors: loadCursors(session.deviceId),
    });
    client.resumeSession(session);
    return { client, live: new LiveStore(client.realtime) };
  }, [session]);

  useEffect(() => {
    const realtime = client.realtime;
    let refresh: ReturnType<typeof setTimeout> | undefined;
    const refreshChatList = () => {
      refresh ??= setTimeout(() => {
        refresh = undefined;
        void queryClient.invalidateQueries({ queryKey: queryKeys.chats });
      }, CHAT_LIST_REFRESH_MS);
    };
    const keepCursors = () => saveCursors(session.deviceId, realtime.heldCursors);
    // As on a phone: online while the app is in front, "last seen" once it goes to the background.
    const reportPresence = () =>
      realtime.setPresence(document.visibilityState === 'visible' ? 'available' : 'unavailable');
    document.addEventListener('visibilitychange', reportPresence);
    const stops = [
      live.attach(),
      realtime.on('message', (message) => {
        refreshChatList();
        keepCursors();
        // Group changes are system messages: the group's details changed with them.
        if (message.type === 'system')
          void queryClient.invalidateQueries({ queryKey: queryKeys.chat(message.chatId) });
      }),
      realtime.on('receipt', refreshChatList),
      realtime.on('connected', () => {
        setStatus('online');
        keepCursors();
        reportPresence();
      }),
      realtime.on('disconnected', () => setStatus('offline')),
      realtime.on('revoked', signOut),
    ];
    let open = true;
    client.connect().catch((error: unknown) => {
      if (!open) return;
      if (error instanceof ParleyApiError && error.code === 'unauthenticated') signOut();
      else setStatus('offline');
    });
    return () => {
      open = false;
      clearTimeout(refresh);
      document.removeEventListener('visibilitychange', reportPresence);
      for (const stop of stops) stop();
      client.disconnect();
    };
  }, [client, live, queryClient, session.deviceId, signOut]);

  const value = useMemo(() => ({ client, session, live, status }), [client, session, live, status]);
  return <ParleyContext.Provider value={value}>{children}</ParleyContext.Provider>;
}

export function useParley(): ParleyContextValue {
  const value = useContext(ParleyContext);
  if (value === undefined) throw new Error('useParley outside ParleyProvider');
  return value;
}
