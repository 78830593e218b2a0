import QRCode from 'qrcode';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDuration } from '../../i18n/format';
import { useSessionState } from '../../session/session-context';
import type { StoredSession } from '../../session/session-storage';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { AuthLayout } from './AuthLayout';
import { signInErrorText } from './request-errors';
import { useLinkRequest } from './use-link-request';
import { useNow } from './use-now';
import './link-device-page.css';

/**
 * A companion browser joins an account the phone already has: it shows a code (and its QR code),
 * the phone approves it under Settings → Linked devices, and this page signs in on its own.
 */
export function LinkDevicePage() {
  const { t } = useTranslation(['auth', 'common']);
  const { signIn } = useSessionState();
  const [attempt, setAttempt] = useState(0);
  // Signed in, the routes send /link on to the messenger.
  const onLinked = useCallback((session: StoredSession) => signIn(session), [signIn]);
  const state = useLinkRequest(onLinked, attempt);

  return (
    <AuthLayout title={t('auth:link.title')}>
      <div className="link-device-page">
        <div className="link-device-page__steps">
          <p>{t('auth:link.stepsTitle')}</p>
          <ol>
            <li>{t('auth:link.step1')}</li>
            <li>{t('auth:link.step2')}</li>
            <li>{t('auth:link.step3')}</li>
          </ol>
        </div>
        <div className="link-device-page__code-area">
          {state.kind === 'creating' && <Spinner />}
          {state.kind === 'failed' && (
            <>
              <p className="auth-layout__error" role="alert">
                {t('auth:link.failed')} {signInErrorText(state.error, t)}
              </p>
              <Button onClick={() => setAttempt((value) => value + 1)}>{t('common:retry')}</Button>
            </>
          )}
          {state.kind === 'waiting' && <LinkCode code={state.code} expiresAt={state.expiresAt} />}
        </div>
      </div>
      <p className="auth-layout__lead">
        <Link to="/signin">{t('auth:link.signInInstead')}</Link>
      </p>
    </AuthLayout>
  );
}

/** The code as text (grouped in fours, like WhatsApp's link codes) and as a QR code. */
function LinkCode({ code, expiresAt }: { code: string; expiresAt: number }) {
  const { t } = useTranslation('auth');
  const now = useNow();
  const [qr, setQr] = useState<string | undefined>();
  useEffect(() => {
    let current = true;
    QRCode.toDataURL(code, { margin: 1, width: 220 }).then(
      (url) => current && setQr(url),
      () => current && setQr(undefined),
    );
    return () => {
      current = false;
    };
  }, [code]);
  const grouped = `${code.slice(0, 4)}-${code.slice(4)}`;
  return (
    <>
      {qr !== undefined && <img className="link-device-page__qr" src={qr} alt={t('link.qr')} />}
      <output className="link-device-page__code" aria-label={t('link.code')} dir="ltr">
        {grouped}
      </output>
      <p className="link-device-page__waiting" role="status">
        <Spinner />
        {t('link.waiting')}
      </p>
      <p className="muted">
        {t('link.expiresIn', { time: formatDuration(Math.max(0, expiresAt - now) / 1000) })}
      </p>
    </>
  );
}
