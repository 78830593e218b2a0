import type { MemberView } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../data/parley-context';
import { useAccount, useDisplayName } from '../../data/queries';
import { formatNumber } from '../../i18n/format';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { PopupMenu, type MenuItem } from '../chat-list/PopupMenu';
import { MemberPicker } from './MemberPicker';
import { useChatChange } from './use-chat-change';

/** The member list: you first, then admins, then everyone else; admins manage the others. */
export function GroupMembers({
  chatId,
  members,
  amAdmin,
  creatorId,
}: {
  chatId: string;
  members: readonly MemberView[];
  amAdmin: boolean;
  creatorId: string;
}) {
  const { t } = useTranslation('groups');
  const { session } = useParley();
  const [adding, setAdding] = useState(false);
  const rank = (member: MemberView) =>
    member.accountId === session.accountId ? 0 : member.role === 'admin' ? 1 : 2;
  const sorted = [...members].sort((a, b) => rank(a) - rank(b));
  return (
    <section className="chat-info__section">
      <h4 className="chat-info__label">
        {t('members.count', { count: members.length, formatted: formatNumber(members.length) })}
      </h4>
      {amAdmin && (
        <ul className="chat-info__actions">
          <li>
            <button type="button" className="chat-info__action" onClick={() => setAdding(true)}>
              <Icon name="plus" />
              {t('members.add')}
            </button>
          </li>
        </ul>
      )}
      <ul className="chat-info__members" aria-label={t('members.label')}>
        {sorted.map((member) => (
          <MemberRow
            key={member.accountId}
            chatId={chatId}
            member={member}
            // The creator cannot be removed or demoted by anyone else.
            manageable={amAdmin && member.accountId !== session.accountId && member.accountId !== creatorId}
          />
        ))}
      </ul>
      {adding && (
        <AddMembersDialog
          chatId={chatId}
          current={new Set(members.map((member) => member.accountId))}
          onClose={() => setAdding(false)}
        />
      )}
    </section>
  );
}

function MemberRow({
  chatId,
  member,
  manageable,
}: {
  chatId: string;
  member: MemberView;
  manageable: boolean;
}) {
  const { t } = useTranslation('groups');
  const change = useChatChange(chatId);
  const { name, phone, self } = useDisplayName(member.accountId);
  const { data: profile } = useAccount(self ? undefined : member.accountId);
  const [menuOpen, setMenuOpen] = useState(false);
  const admin = member.role === 'admin';
  const shownName = self ? t('you') : name;
  const items: MenuItem[] = [
    admin
      ? {
          label: t('members.demote'),
          onSelect: () => void change('DELETE', `/v1/groups/${chatId}/admins/${member.accountId}`),
        }
      : {
          label: t('members.promote'),
          onSelect: () => void change('PUT', `/v1/groups/${chatId}/admins/${member.accountId}`),
        },
    {
      label: t('members.remove', { name }),
      onSelect: () => void change('DELETE', `/v1/groups/${chatId}/members/${member.accountId}`),
    },
  ];
  return (
    <li className="chat-info__member" data-account-id={member.accountId}>
      <Avatar name={name} photoMediaId={profile?.photoMediaId} size={40} />
      <span className="chat-info__member-body">
        <span className="chat-info__member-name">
          <bdi>{shownName}</bdi>
        </span>
        <span className="chat-info__member-about">
          <bdi>{profile?.about || phone}</bdi>
        </span>
      </span>
      {admin && <span className="chat-info__badge">{t('members.admin')}</span>}
      {manageable && (
        <PopupMenu
          label={t('members.options', { name })}
          icon="chevronDown"
          items={items}
          open={menuOpen}
          onOpenChange={setMenuOpen}
        />
      )}
    </li>
  );
}

function AddMembersDialog({
  chatId,
  current,
  onClose,
}: {
  chatId: string;
  current: ReadonlySet<string>;
  onClose: () => void;
}) {
  const { t } = useTranslation('groups');
  const { t: tc } = useTranslation();
  const change = useChatChange(chatId);
  const [selected, setSelected] = useState<string[]>([]);
  const add = async () => {
    if (await change('POST', `/v1/groups/${chatId}/members`, { accountIds: selected })) onClose();
  };
  return (
    <Dialog
      title={t('members.add')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{tc('cancel')}</Button>
          <Button variant="primary" disabled={selected.length === 0} onClick={() => void add()}>
            {t('members.addConfirm')}
          </Button>
        </>
      }
    >
      <div className="chat-info__picker">
        <MemberPicker selected={selected} onChange={setSelected} exclude={current} />
      </div>
    </Dialog>
  );
}
