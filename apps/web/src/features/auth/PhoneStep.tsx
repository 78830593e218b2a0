import type { ParleyClient } from '@parley/sdk';
import { AsYouType, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { currentLanguage } from '../../i18n/setup';
import { useSessionState } from '../../session/session-context';
import { Button } from '../../ui/Button';
import { AuthLayout } from './AuthLayout';
import { countriesIn, defaultCountry } from './countries';
import { signInErrorText } from './request-errors';
import './phone-step.css';

export type AccountKindChoice = 'personal' | 'business';

/**
 * A code was sent: to which number (E.164), when, from when another may be asked for, and which
 * kind of account the number becomes if it is new.
 */
export interface CodeRequest {
  readonly phone: string;
  readonly sentAt: number;
  readonly resendAt: number;
  readonly accountKind: AccountKindChoice;
}

/**
 * The number to sign in with: a country (for its calling code) and the number, formatted as typed,
 * and whether a new number is a person's or a business's. `adding` is another account for a browser
 * that already holds one: a number it already holds is simply brought to the front.
 */
export function PhoneStep({
  client,
  initialPhone,
  initialKind,
  adding,
  onCodeSent,
}: {
  client: ParleyClient;
  initialPhone: string | undefined;
  initialKind: AccountKindChoice;
  adding: boolean;
  onCodeSent: (request: CodeRequest) => void;
}) {
  const { sessions, switchTo } = useSessionState();
  const navigate = useNavigate();
  const businessId = useId();
  const [accountKind, setAccountKind] = useState(initialKind);
  const { t } = useTranslation(['auth', 'common']);
  const countryId = useId();
  const numberId = useId();
  const errorId = useId();
  const language = currentLanguage();
  const countries = useMemo(() => countriesIn(language), [language]);
  const initial = initialPhone === undefined ? undefined : parsePhoneNumberFromString(initialPhone);
  const [country, setCountry] = useState<CountryCode>(() => initial?.country ?? defaultCountry());
  const [number, setNumber] = useState(() => initial?.formatNational() ?? '');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const callingCode = countries.find((entry) => entry.code === country)?.callingCode ?? '';

  const onNumberChange = (value: string) => {
    setError(undefined);
    // A number typed with its + carries its own country: the picker follows it.
    if (value.trim().startsWith('+')) {
      const typing = new AsYouType();
      setNumber(typing.input(value));
      const typedCountry = typing.getCountry();
      if (typedCountry !== undefined) setCountry(typedCountry);
      return;
    }
    // Reformatting while deleting would put the deleted spaces and brackets straight back.
    setNumber(value.length < number.length ? value : new AsYouType(country).input(value));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parsePhoneNumberFromString(number, country);
    if (parsed === undefined || !parsed.isValid()) {
      setError(t('auth:phone.invalid'));
      return;
    }
    const held = adding ? sessions.find((session) => session.phone === parsed.number) : undefined;
    if (held !== undefined) {
      switchTo(held.accountId);
      navigate('/', { replace: true });
      return;
    }
    setBusy(true);
    try {
      const sent = await client.requestCode(parsed.number);
      const now = Date.now();
      onCodeSent({ phone: sent.phone, sentAt: now, resendAt: now + sent.resendAfterMs, accountKind });
    } catch (caught) {
      setError(signInErrorText(caught, t));
      setBusy(false);
    }
  };

  return (
    <AuthLayout title={t(adding ? 'auth:accounts.addTitle' : 'auth:phone.title')}>
      <p className="auth-layout__lead">{t('auth:phone.lead')}</p>
      <form className="phone-step" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={countryId}>
            {t('auth:phone.country')}
          </label>
          <select
            id={countryId}
            className="field__input"
            value={country}
            onChange={(event) => {
              setCountry(event.target.value as CountryCode);
              setError(undefined);
            }}
          >
            {countries.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {`${entry.name} (+${entry.callingCode})`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={numberId}>
            {t('auth:phone.number')}
          </label>
          <div className="phone-step__number" dir="ltr">
            <span className="phone-step__calling-code" aria-hidden>{`+${callingCode}`}</span>
            <input
              id={numberId}
              className="field__input"
              type="tel"
              name="phone"
              autoComplete="tel"
              inputMode="tel"
              autoFocus
              value={number}
              onChange={(event) => onNumberChange(event.target.value)}
              aria-invalid={error !== undefined}
              aria-describedby={error === undefined ? undefined : errorId}
            />
          </div>
          {error !== undefined && (
            <span id={errorId} className="field__error" role="alert">
              {error}
            </span>
          )}
        </div>
        <div className="phone-step__kind">
          <input
            id={businessId}
            type="checkbox"
            name="business"
            checked={accountKind === 'business'}
            onChange={(event) => setAccountKind(event.target.checked ? 'business' : 'personal')}
            aria-describedby={`${businessId}-hint`}
          />
          <label htmlFor={businessId}>{t('auth:phone.business')}</label>
          <span id={`${businessId}-hint`} className="field__hint">
            {t('auth:phone.businessHint')}
          </span>
        </div>
        <div className="auth-layout__actions">
          {adding && <Button onClick={() => navigate('/settings')}>{t('common:cancel')}</Button>}
          <Button type="submit" variant="primary" disabled={busy || number.trim() === ''}>
            {t('auth:phone.next')}
          </Button>
        </div>
      </form>
      {!adding && (
        <p className="auth-layout__lead">
          <Link to="/link">{t('auth:phone.linkInstead')}</Link>
        </p>
      )}
    </AuthLayout>
  );
}
