import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSessionState } from '../../session/session-context';
import type { StoredSession } from '../../session/session-storage';
import { Avatar } from '../../ui/Avatar';
import { Icon } from '../../ui/Icon';
import { useHeldAccount } from './use-held-account';
import './accounts-section.css';

/**
 * The accounts this browser holds, as the Business app and WhatsApp let one phone hold a personal
 * and a business number: the one in front is marked, another comes to the front with a click.
 */
export function AccountsSection() {
  const { t } = useTranslation('auth');
  const { session, sessions, switchTo } = useSessionState();
  const navigate = useNavigate();
  return (
    <section className="settings__section accounts-section" aria-label={t('accounts.title')}>
      <h3 className="settings__section-title">{t('accounts.title')}</h3>
      <ul className="settings__list">
        {sessions.map((held) => (
          <li key={held.accountId}>
            <HeldAccountRow
              session={held}
              active={held.accountId === session?.accountId}
              onSwitch={() => {
                switchTo(held.accountId);
                navigate('/');
              }}
            />
          </li>
        ))}
        <li>
          <button type="button" className="settings__item" onClick={() => navigate('/accounts/add')}>
            <Icon name="personAdd" />
            <span className="settings__item-label">{t('accounts.add')}</span>
          </button>
        </li>
      </ul>
    </section>
  );
}

function HeldAccountRow({
  session,
  active,
  onSwitch,
}: {
  session: StoredSession;
  active: boolean;
  onSwitch: () => void;
}) {
  const { t } = useTranslation('auth');
  const { data: account, isError } = useHeldAccount(session);
  const phone = parsePhoneNumberFromString(session.phone)?.formatInternational() ?? session.phone;
  const name = account?.name || phone;
  const status = isError
    ? t('accounts.signedOut')
    : [
        account === undefined ? undefined : t(`accounts.kind.${account.kind}`),
        active ? t('accounts.active') : undefined,
      ]
        .filter((part) => part !== undefined)
        .join(' · ');
  const content = (
    <>
      {/* Another account's photo is fetched with its own token only when it is in front. */}
      <Avatar name={name} photoMediaId={active ? account?.photoMediaId : undefined} size={40} />
      <span className="settings__item-label">
        <span dir="auto">{name}</span>
        <span className="settings__item-hint">
          <span dir="ltr">{phone}</span>
          {status !== '' && ` · ${status}`}
        </span>
      </span>
      {active && <Icon name="check" label={t('accounts.active')} />}
    </>
  );
  if (active) return <div className="settings__item accounts-section__active">{content}</div>;
  return (
    <button
      type="button"
      className="settings__item"
      aria-label={t('accounts.switchTo', { name })}
      onClick={onSwitch}
    >
      {content}
    </button>
  );
}
