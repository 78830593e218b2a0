import type { VerifyCodeResponse } from '@parley/contracts';
import type { ParleyClient } from '@parley/sdk';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { formatDuration } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { AuthLayout } from './AuthLayout';
import { browserDeviceName, WEB_PLATFORM } from './device-name';
import { DevOutboxNotice } from './DevOutboxNotice';
import { nextPath } from './next-path';
import type { CodeRequest } from './PhoneStep';
import { signInErrorText } from './request-errors';
import { useCompleteSignIn } from './use-complete-sign-in';
import { useNow } from './use-now';
import './code-step.css';

const CODE_LENGTH = 6;

/** The six-digit code: checked as soon as it is complete; a new one after the resend wait. */
export function CodeStep({
  client,
  request,
  onResent,
  onWrongNumber,
}: {
  client: ParleyClient;
  request: CodeRequest;
  onResent: (request: CodeRequest) => void;
  onWrongNumber: () => void;
}) {
  const { t } = useTranslation(['auth', 'common']);
  const location = useLocation();
  const completeSignIn = useCompleteSignIn();
  const inputId = useId();
  const messageId = useId();
  const now = useNow();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const displayPhone = parsePhoneNumberFromString(request.phone)?.formatInternational() ?? request.phone;
  const resendInMs = request.resendAt - now;

  const verify = async (candidate: string) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const result = await client.request<VerifyCodeResponse>('POST', '/v1/auth/verify', {
        phone: request.phone,
        code: candidate,
        deviceName: browserDeviceName(),
        platform: WEB_PLATFORM,
        accountKind: request.accountKind,
      });
      const next = nextPath(location.search);
      const newAccount = result.account.name === '';
      const setup = next === '/' ? '/setup' : `/setup?next=${encodeURIComponent(next)}`;
      completeSignIn(
        {
          token: result.token,
          accountId: result.account.id,
          deviceId: result.device.id,
          phone: result.account.phone,
        },
        newAccount ? setup : next,
      );
    } catch (caught) {
      setError(signInErrorText(caught, t));
      setCode('');
      setBusy(false);
    }
  };

  const onChange = (value: string) => {
    const digits = value.replace(/\D/g, '').slice(0, CODE_LENGTH);
    setCode(digits);
    if (digits.length === CODE_LENGTH && !busy) void verify(digits);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.length === CODE_LENGTH && !busy) void verify(code);
  };

  const resend = async () => {
    setError(undefined);
    try {
      const sent = await client.requestCode(request.phone);
      const sentAt = Date.now();
      onResent({ ...request, phone: sent.phone, sentAt, resendAt: sentAt + sent.resendAfterMs });
      setNotice(t('auth:code.resent'));
    } catch (caught) {
      setError(signInErrorText(caught, t));
    }
  };

  return (
    <AuthLayout title={t('auth:code.title')}>
      <p className="auth-layout__lead">
        {t('auth:code.lead')}{' '}
        <span className="code-step__phone" dir="ltr">
          {displayPhone}
        </span>
        <br />
        <button type="button" className="code-step__link" onClick={onWrongNumber}>
          {t('auth:code.wrongNumber')}
        </button>
      </p>
      <DevOutboxNotice client={client} phone={request.phone} sentAt={request.sentAt} />
      <form className="code-step" onSubmit={submit} noValidate>
        <label className="field__label code-step__label" htmlFor={inputId}>
          {t('auth:code.label')}
        </label>
        <input
          id={inputId}
          className="field__input code-step__input"
          name="code"
          dir="ltr"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          placeholder="––– –––"
          maxLength={CODE_LENGTH}
          value={code}
          readOnly={busy}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error !== undefined}
          aria-describedby={error === undefined ? undefined : messageId}
        />
        {error !== undefined && (
          <p id={messageId} className="auth-layout__error" role="alert">
            {error}
          </p>
        )}
        {notice !== undefined && (
          <p className="auth-layout__lead" role="status">
            {notice}
          </p>
        )}
        <div className="auth-layout__actions">
          <Button type="submit" variant="primary" disabled={busy || code.length !== CODE_LENGTH}>
            {t('auth:code.verify')}
          </Button>
          <Button disabled={resendInMs > 0} onClick={() => void resend()}>
            {resendInMs > 0
              ? t('auth:code.resendIn', { time: formatDuration(resendInMs / 1000) })
              : t('auth:code.resend')}
          </Button>
        </div>
      </form>
    </AuthLayout>
  );
}
