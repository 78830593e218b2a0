import { useCallback, useEffect, useRef } from 'react';
import { useParley } from '../../../data/parley-context';

/** Typing stops counting after this long without a key. */
const IDLE_MS = 3000;
/** Others' indicators fade after 6 s without a frame, so a long burst of typing repeats it. */
const REPEAT_MS = 4000;

/** Sends "composing" while the user types and "paused" after a pause, on send or on leaving. */
export function useTypingFrames(chatId: string) {
  const { client } = useParley();
  const state = useRef<{ sentAt: number; idle: ReturnType<typeof setTimeout> | undefined }>({
    sentAt: 0,
    idle: undefined,
  });

  const paused = useCallback(() => {
    clearTimeout(state.current.idle);
    state.current.idle = undefined;
    if (state.current.sentAt === 0) return;
    state.current.sentAt = 0;
    client.realtime.typing(chatId, 'paused');
  }, [client, chatId]);

  const composing = useCallback(() => {
    const now = Date.now();
    if (now - state.current.sentAt > REPEAT_MS) {
      state.current.sentAt = now;
      client.realtime.typing(chatId, 'composing');
    }
    clearTimeout(state.current.idle);
    state.current.idle = setTimeout(paused, IDLE_MS);
  }, [client, chatId, paused]);

  useEffect(() => paused, [paused]);
  return { composing, paused };
}
