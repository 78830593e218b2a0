import type { PublicProfileView } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../../data/queries';
import { businessBadge, type BusinessBadge } from './business-badge';
import './verification-badge.css';

/** A check in a rosette, as WhatsApp draws its verified marks; the colour tells which one. */
const ROSETTE =
  'M12 1.5l2.4 1.8 3-.2.9 2.9 2.5 1.7-1 2.8 1 2.8-2.5 1.7-.9 2.9-3-.2L12 22.5l-2.4-1.8-3 .2-.9-2.9-2.5-1.7 1-2.8-1-2.8 2.5-1.7.9-2.9 3 .2z';
const CHECK = 'M7.5 12.3l3 3 6-6.3';
const STORE = 'M5 9l1.2-4h11.6L19 9 M5 9a2.3 2.3 0 004.6 0 2.3 2.3 0 004.8 0 2.3 2.3 0 004.6 0 M6 11v8h12v-8';

/** The mark beside a business's name: green check (official), grey check (verified), or a shop. */
export function VerificationBadge({
  profile,
  size = 16,
}: {
  profile: Pick<PublicProfileView, 'kind' | 'verification'>;
  size?: number;
}) {
  const { t } = useTranslation('businessInfo');
  const badge = businessBadge(profile);
  if (badge === null) return null;
  const label = t(`badge.${badge}`);
  return (
    <span className={`business-badge business-badge--${badge}`} role="img" aria-label={label} title={label}>
      <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
        <BadgeShape badge={badge} />
      </svg>
    </span>
  );
}

function BadgeShape({ badge }: { badge: BusinessBadge }) {
  if (badge === 'business') {
    return (
      <path
        d={STORE}
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    );
  }
  return (
    <>
      <path d={ROSETTE} fill="currentColor" />
      <path
        d={CHECK}
        fill="none"
        stroke="var(--color-on-badge)"
        strokeWidth={2.2}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </>
  );
}

/** An account's badge by its id, read from the profile cache the chat list and header already fill. */
export function AccountBadge({ accountId, size }: { accountId: string | undefined; size?: number }) {
  const { data: profile } = useAccount(accountId);
  return profile === undefined ? null : <VerificationBadge profile={profile} size={size} />;
}

/**
 * A name with its badge after it: the name shortens with an ellipsis, the badge always shows, as
 * in WhatsApp's lists.
 */
export function BadgedName({ name, accountId }: { name: string; accountId: string | undefined }) {
  return (
    <span className="badged-name">
      <bdi className="badged-name__text">{name}</bdi>
      <AccountBadge accountId={accountId} />
    </span>
  );
}
