import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Spinner } from '../../ui/Spinner';
import { errorKey } from '../../ui/Toasts';
import { shortLinkPhone, shortLinkUrl } from './short-link';
import { useOpenLinkChat } from './use-open-link-chat';
import { useShortLinkTarget } from './use-short-link-target';
import './short-link-page.css';

/** A number of the fictional range, to show what a link looks like. */
const EXAMPLE_PHONE = '+14155550123';

/**
 * `/l/<number>?text=…` opened in the browser: finds the number's account and opens the chat with
 * it, the text (or the business's default message) in the composer. Signed out, sign-in comes
 * first and returns here. A link that leads nowhere says why.
 */
export function ShortLinkPage() {
  const { t } = useTranslation('businessInfo');
  const { t: tc } = useTranslation();
  const { number = '' } = useParams();
  const [search] = useSearchParams();
  const target = useShortLinkTarget(shortLinkPhone(number), search.get('text'));
  const openChat = useOpenLinkChat();
  const [openError, setOpenError] = useState<unknown>();
  const opened = useRef(false);

  const readyId = target.state === 'ready' ? target.accountId : undefined;
  const readyText = target.state === 'ready' ? target.text : '';
  useEffect(() => {
    // Once only: the target is recomputed on every refetch, the chat must not be opened twice.
    if (readyId === undefined || opened.current) return;
    opened.current = true;
    openChat(readyId, readyText).catch(setOpenError);
  }, [readyId, readyText, openChat]);

  if (openError !== undefined || target.state === 'failed') {
    const error = openError ?? (target.state === 'failed' ? target.error : undefined);
    return <LinkCard title={t('link.failedTitle')} body={tc(errorKey(error))} />;
  }
  if (target.state === 'invalid') {
    return (
      <LinkCard
        title={t('link.invalidTitle')}
        body={t('link.invalidBody', { example: shortLinkUrl(window.location.origin, EXAMPLE_PHONE) })}
      />
    );
  }
  if (target.state === 'not_found') {
    return (
      <LinkCard
        title={t('link.notFoundTitle', { phone: `\u2066${target.phone}\u2069` })}
        body={t('link.notFoundBody')}
      />
    );
  }
  if (target.state === 'self') return <LinkCard title={t('link.selfTitle')} body={t('link.selfBody')} />;
  return (
    <main className="short-link-page">
      <div className="short-link-page__card" role="status">
        <Spinner />
        <p>{t('link.opening')}</p>
      </div>
    </main>
  );
}

function LinkCard({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation('businessInfo');
  return (
    <main className="short-link-page">
      <div className="short-link-page__card">
        <h1 className="short-link-page__title">{title}</h1>
        <p className="muted">{body}</p>
        <Link className="btn btn--primary short-link-page__action" to="/">
          {t('link.toChats')}
        </Link>
      </div>
    </main>
  );
}
