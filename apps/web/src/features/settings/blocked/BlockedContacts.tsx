import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../../data/parley-context';
import { useAccount, useDisplayName } from '../../../data/queries';
import { queryKeys } from '../../../data/query-keys';
import { Avatar } from '../../../ui/Avatar';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Spinner } from '../../../ui/Spinner';
import { useToast } from '../../../ui/Toasts';
import { useBlocks } from '../settings-queries';
import { SettingsHeader } from '../SettingsHeader';

/** Accounts you blocked: they cannot message you or see your presence until unblocked. */
export function BlockedContacts() {
  const { t } = useTranslation('settings');
  const { data: blocked, isPending } = useBlocks();
  return (
    <>
      <SettingsHeader title={t('blocked.title')} back="/settings" />
      <div className="settings__body">
        {isPending ? (
          <div className="settings__center">
            <Spinner />
          </div>
        ) : blocked === undefined || blocked.length === 0 ? (
          <EmptyState icon="block" title={t('blocked.empty')}>
            <p>{t('blocked.emptyHint')}</p>
          </EmptyState>
        ) : (
          <>
            <p className="settings__note">{t('blocked.note')}</p>
            <ul className="settings__list">
              {blocked.map((accountId) => (
                <BlockedRow key={accountId} accountId={accountId} />
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}

function BlockedRow({ accountId }: { accountId: string }) {
  const { t } = useTranslation('settings');
  const { client } = useParley();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { name, phone } = useDisplayName(accountId);
  const { data: profile } = useAccount(accountId);
  const unblock = useMutation({
    mutationFn: () => client.request('DELETE', `/v1/blocks/${accountId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.blocks }),
    onError: toast.showError,
  });
  return (
    <li className="settings__row">
      <Avatar name={name} photoMediaId={profile?.photoMediaId} />
      <span className="settings__item-label">
        <span dir="auto">{name}</span>
        {phone !== name && (
          <span className="settings__item-hint">
            <span dir="ltr">{phone}</span>
          </span>
        )}
      </span>
      <Button
        variant="ghost"
        disabled={unblock.isPending}
        onClick={() => unblock.mutate()}
        aria-label={t('blocked.unblockName', { name })}
      >
        {t('blocked.unblock')}
      </Button>
    </li>
  );
}
