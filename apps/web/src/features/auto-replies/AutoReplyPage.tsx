import type { AutoRepliesView } from '@parley/contracts';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useMe } from '../../data/queries';
import { Spinner } from '../../ui/Spinner';
import { SettingsHeader } from '../settings/SettingsHeader';
import { useAutoReplies } from './auto-replies-queries';
import './auto-replies.css';

/**
 * A greeting or away settings view: only a business has them (a person who opens the address is
 * sent back to Settings), and its form starts once the saved settings are in.
 */
export function AutoReplyPage({
  title,
  children,
}: {
  title: string;
  children: (saved: AutoRepliesView) => ReactNode;
}) {
  const { data: me } = useMe();
  const business = me?.kind === 'business';
  const { data: saved } = useAutoReplies(business);
  if (me !== undefined && !business) return <Navigate replace to="/settings" />;
  return (
    <>
      <SettingsHeader title={title} back="/settings/business" />
      <div className="settings__body">
        {saved === undefined ? (
          <div className="settings__center">
            <Spinner />
          </div>
        ) : (
          children(saved)
        )}
      </div>
    </>
  );
}
