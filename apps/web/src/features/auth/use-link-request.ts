import type { SessionView } from '@parley/contracts';
import { ParleyApiError, ParleyClient } from '@parley/sdk';
import { useEffect, useState } from 'react';
import type { StoredSession } from '../../session/session-storage';
import { browserDeviceName, WEB_PLATFORM } from './device-name';

interface LinkRequest {
  readonly id: string;
  readonly code: string;
  readonly secret: string;
  readonly expiresAt: number;
}

export type LinkState =
  | { readonly kind: 'creating' }
  | { readonly kind: 'waiting'; readonly code: string; readonly expiresAt: number }
  | { readonly kind: 'failed'; readonly error: unknown };

const POLL_MS = 1500;

/**
 * This browser's link request: a code for the phone to approve, polled until the phone approves it
 * (then `onLinked` with the new device) and replaced by a fresh one when it expires.
 * `attempt` starts over after a failure.
 */
export function useLinkRequest(onLinked: (session: StoredSession) => void, attempt: number): LinkState {
  const [state, setState] = useState<LinkState>({ kind: 'creating' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const client = new ParleyClient({ baseUrl: window.location.origin });
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const renew = () => {
      if (!stopped) setGeneration((value) => value + 1);
    };

    const poll = async (request: LinkRequest) => {
      if (stopped) return;
      if (Date.now() >= request.expiresAt) return renew();
      try {
        const answer = await client.request<SessionView | { status: 'pending' }>(
          'POST',
          `/v1/link-requests/${request.id}/claim`,
          { secret: request.secret },
        );
        if (stopped) return;
        if ('token' in answer) {
          onLinked({
            token: answer.token,
            accountId: answer.account.id,
            deviceId: answer.device.id,
            phone: answer.account.phone,
          });
          return;
        }
      } catch (error) {
        // Expired, or forgotten by the server: a new code. A network hiccup: just ask again.
        if (error instanceof ParleyApiError && (error.status === 404 || error.status === 410)) return renew();
      }
      timer = setTimeout(() => void poll(request), POLL_MS);
    };

    client
      .request<LinkRequest>('POST', '/v1/link-requests', {
        deviceName: browserDeviceName(),
        platform: WEB_PLATFORM,
      })
      .then(
        (request) => {
          if (stopped) return;
          setState({ kind: 'waiting', code: request.code, expiresAt: request.expiresAt });
          timer = setTimeout(() => void poll(request), POLL_MS);
        },
        (error: unknown) => {
          if (!stopped) setState({ kind: 'failed', error });
        },
      );
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [generation, attempt, onLinked]);

  return state;
}
