import type { ParleyClient } from '@parley/sdk';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './dev-outbox-notice.css';

interface OutboxMessage {
  readonly code: string;
  readonly sentAt: number;
}

/**
 * Without an SMS gateway (development, tests), codes go to the server's development outbox: the
 * page shows the newest one. In production the outbox answers 404 and nothing is shown.
 */
export function DevOutboxNotice({
  client,
  phone,
  sentAt,
}: {
  client: ParleyClient;
  phone: string;
  sentAt: number;
}) {
  const { t } = useTranslation('auth');
  const [code, setCode] = useState<string | undefined>();
  useEffect(() => {
    let current = true;
    client
      .request<{ messages: OutboxMessage[] }>('GET', `/v1/dev/outbox?phone=${encodeURIComponent(phone)}`)
      .then(({ messages }) => {
        if (current) setCode(messages[0]?.code);
      })
      .catch(() => {
        // No outbox: codes really go by SMS.
        if (current) setCode(undefined);
      });
    return () => {
      current = false;
    };
  }, [client, phone, sentAt]);
  if (code === undefined) return null;
  return (
    <aside className="dev-outbox-notice" aria-label={t('devOutbox.title')}>
      <strong className="dev-outbox-notice__title">{t('devOutbox.title')}</strong>
      <span>
        {t('devOutbox.yourCode')}{' '}
        <code className="dev-outbox-notice__code" dir="ltr">
          {code}
        </code>
      </span>
    </aside>
  );
}
