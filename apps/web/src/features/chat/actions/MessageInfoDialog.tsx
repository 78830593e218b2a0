import type { MessageInfoView } from '@parley/contracts';
import type { MessageView } from '@parley/sdk';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../../data/parley-context';
import { useDisplayName } from '../../../data/queries';
import { formatDay, formatTime } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Spinner } from '../../../ui/Spinner';
import { Ticks } from '../../../ui/Ticks';
import './dialogs.css';

type Receipt = MessageInfoView['receipts'][number];

/** "Message info" for my message: per member, read or delivered, and when. */
export function MessageInfoDialog({ message, onClose }: { message: MessageView; onClose: () => void }) {
  const { t } = useTranslation('chat');
  const { client } = useParley();
  const { data, error } = useQuery({
    queryKey: ['message-info', message.chatId, message.id],
    queryFn: () =>
      client.request<MessageInfoView>('GET', `/v1/chats/${message.chatId}/messages/${message.id}/info`),
    // Receipts move while the dialog is open.
    refetchInterval: 5000,
  });
  return (
    <Dialog
      title={t('info.title')}
      onClose={onClose}
      actions={<Button onClick={onClose}>{t('common:close')}</Button>}
    >
      {data === undefined ? (
        error === null ? (
          <Spinner />
        ) : (
          <p>{t('common:errors.unknown')}</p>
        )
      ) : data.receipts.length === 0 ? (
        <p className="muted">{t('info.none')}</p>
      ) : (
        <ul className="receipt-list">
          {data.receipts.map((receipt) => (
            <ReceiptRow key={receipt.accountId} receipt={receipt} />
          ))}
        </ul>
      )}
    </Dialog>
  );
}

function ReceiptRow({ receipt }: { receipt: Receipt }) {
  const { t } = useTranslation('chat');
  const { name } = useDisplayName(receipt.accountId);
  return (
    <li className="receipt-list__row">
      <Ticks status={receipt.status} />
      <span className="receipt-list__name" dir="auto">
        {name}
      </span>
      <span className="muted">
        {receipt.status === 'sent'
          ? t('info.notYet')
          : t(`info.${receipt.status}`, { day: formatDay(receipt.at), time: formatTime(receipt.at) })}
      </span>
    </li>
  );
}
