import type { MessageView } from '@parley/sdk';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../data/parley-context';
import { ProductPreview } from '../catalog/customer/ProductPreview';
import { SystemMessageText } from '../groups/SystemMessageText';
import { OrderPreview } from '../orders/OrderPreview';
import { PlatformPreview } from '../platform-messages/PlatformPreview';
import { PLATFORM_TYPES } from '../platform-messages/reply-title';
import './message-preview.css';

/** The content fields a preview reads; every one optional, since `content` is untyped on the wire. */
interface PreviewContent {
  readonly body?: string;
  readonly caption?: string;
  readonly filename?: string;
  readonly voice?: boolean;
  readonly name?: string;
  readonly contacts?: readonly { name: { formatted_name: string } }[];
}

/**
 * A one-line summary of a message, as WhatsApp shows it in the chat list and in reply quotes: the
 * text, or a symbol and a word for media ("📷 Photo"), the caption standing in for the word.
 */
export function MessagePreview({ message }: { message: MessageView }) {
  const { t } = useTranslation('chatList');
  const { session } = useParley();
  if (message.content === null) {
    return (
      <span className="message-preview message-preview--deleted" dir="auto">
        {t(message.senderId === session.accountId ? 'preview.deletedByYou' : 'preview.deleted')}
      </span>
    );
  }
  if (message.type === 'system') {
    return (
      <span className="message-preview" dir="auto">
        <SystemMessageText message={message} />
      </span>
    );
  }
  if (message.type === 'order' || message.type === 'product') {
    return (
      <span className="message-preview" dir="auto">
        {message.type === 'order' ? (
          <OrderPreview content={message.content} />
        ) : (
          <ProductPreview content={message.content} />
        )}
      </span>
    );
  }
  if (PLATFORM_TYPES.has(message.type)) {
    return (
      <span className="message-preview" dir="auto">
        <PlatformPreview message={message} />
      </span>
    );
  }
  const content = (typeof message.content === 'object' ? message.content : {}) as PreviewContent;
  return (
    <span className="message-preview" dir="auto">
      {summary(message.type, content, t)}
    </span>
  );
}

function summary(type: string, content: PreviewContent, t: TFunction<'chatList'>): string {
  switch (type) {
    case 'text':
      return content.body ?? '';
    case 'image':
      return `📷 ${content.caption || t('preview.photo')}`;
    case 'video':
      return `🎥 ${content.caption || t('preview.video')}`;
    case 'audio':
      return content.voice === true ? `🎤 ${t('preview.voice')}` : `🎵 ${t('preview.audio')}`;
    case 'document':
      return `📄 ${content.filename || content.caption || t('preview.document')}`;
    case 'sticker':
      return `💟 ${t('preview.sticker')}`;
    case 'location':
      return `📍 ${content.name || t('preview.location')}`;
    case 'contacts': {
      const [first, ...others] = content.contacts ?? [];
      if (first === undefined) return `👤 ${t('preview.contact')}`;
      const name = first.name.formatted_name;
      return `👤 ${others.length === 0 ? name : t('preview.contactAndOthers', { name, count: others.length })}`;
    }
    default:
      return t('preview.unsupported');
  }
}
