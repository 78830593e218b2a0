import type { MessageView } from '@parley/sdk';
import { useTranslation } from 'react-i18next';
import { useDisplayName } from '../../../data/queries';
import { IconButton } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';
import { MessagePreview } from '../../chat-list/MessagePreview';

export interface ComposerTarget {
  readonly mode: 'reply' | 'edit';
  readonly message: MessageView;
}

/** The bar above the text box naming the message being replied to or edited, with a cancel. */
export function ComposerContext({ target, onCancel }: { target: ComposerTarget; onCancel: () => void }) {
  const { t } = useTranslation('chat');
  const author = useDisplayName(target.message.senderId);
  return (
    <div className="composer__context" role="status">
      <Icon name={target.mode === 'reply' ? 'reply' : 'edit'} size={18} />
      <div className="composer__context-text">
        <span className="composer__context-title">
          {target.mode === 'edit'
            ? t('composer.editing')
            : t('composer.replyingTo', { name: author.self ? t('common:you') : author.name })}
        </span>
        <span className="composer__context-preview" dir="auto">
          <MessagePreview message={target.message} />
        </span>
      </div>
      <IconButton
        icon="close"
        label={t(target.mode === 'edit' ? 'composer.cancelEdit' : 'composer.cancelReply')}
        onClick={onCancel}
      />
    </div>
  );
}
