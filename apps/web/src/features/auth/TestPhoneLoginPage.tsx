import type { VerifyCodeResponse } from '@parley/contracts';
import { ParleyClient } from '@parley/sdk';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { StoredSession } from '../../session/session-storage';
import { Spinner } from '../../ui/Spinner';
import { AuthLayout } from './AuthLayout';
import { browserDeviceName, WEB_PLATFORM } from './device-name';
import { useCompleteSignIn } from './use-complete-sign-in';

/**
 * One exchange per link and page load: the page mounts again when the signed-in routes take over
 * (and twice under StrictMode), and a second exchange would sign the first device out.
 */
const exchanges = new Map<string, Promise<StoredSession>>();

function exchange(token: string): Promise<StoredSession> {
  let pending = exchanges.get(token);
  if (pending === undefined) {
    const client = new ParleyClient({ baseUrl: window.location.origin });
    pending = client
      .request<VerifyCodeResponse>('POST', '/v1/auth/test-phone', {
        token,
        deviceName: browserDeviceName(),
        platform: WEB_PLATFORM,
      })
      .then((result) => ({
        token: result.token,
        accountId: result.account.id,
        deviceId: result.device.id,
        phone: result.account.phone,
      }));
    exchanges.set(token, pending);
  }
  return pending;
}

/**
 * `/login/test-phone#<token>`: a sandbox test phone's login link. The token stays after `#`, so it
 * never reaches a server log; the page trades it for a device and opens the chat list.
 */
export function TestPhoneLoginPage() {
  const { t } = useTranslation(['auth', 'common']);
  const { hash } = useLocation();
  const completeSignIn = useCompleteSignIn();
  const token = hash.replace(/^#/, '');
  const [refused, setRefused] = useState(false);
  const failed = refused || token === '';

  useEffect(() => {
    if (token === '') return;
    let current = true;
    exchange(token).then(
      (session) => current && completeSignIn(session, '/'),
      () => current && setRefused(true),
    );
    return () => {
      current = false;
    };
  }, [token, completeSignIn]);

  return (
    <AuthLayout title={t('auth:testPhone.title')}>
      {failed ? (
        <>
          <p className="auth-layout__error" role="alert">
            {t('auth:testPhone.failed')} {t('auth:testPhone.hint')}
          </p>
          <p className="auth-layout__lead">
            <Link to="/signin">{t('auth:testPhone.signInInstead')}</Link>
          </p>
        </>
      ) : (
        <p className="auth-layout__lead" role="status">
          <Spinner /> {t('auth:testPhone.signingIn')}
        </p>
      )}
    </AuthLayout>
  );
}
