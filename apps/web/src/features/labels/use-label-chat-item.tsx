import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsBusiness } from '../../data/queries';
import type { MenuItem } from '../chat-list/PopupMenu';
import { ApplyLabelsDialog } from './ApplyLabelsDialog';

/**
 * The chat list row menu's "Label chat" for a business: the item to add (none for a person) and
 * the dialog it opens, to render beside the menu.
 */
export function useLabelChatItem(chatId: string): { item: MenuItem | undefined; dialog: ReactNode } {
  const { t } = useTranslation('labels');
  const business = useIsBusiness();
  const [open, setOpen] = useState(false);
  return {
    item: business ? { label: t('apply.chat'), onSelect: () => setOpen(true) } : undefined,
    dialog: open ? (
      <ApplyLabelsDialog target={{ kind: 'chat', id: chatId }} onClose={() => setOpen(false)} />
    ) : null,
  };
}
