import type { InteractiveContent, TemplateContent } from '@parley/contracts';
import type { MessageView } from '@parley/sdk';
import type { ReactNode } from 'react';
import { ProductBubble } from '../../catalog/customer/ProductBubble';
import { OrderBubble, type OrderMessageContent } from '../../orders/OrderBubble';
import { InteractiveReply } from '../../platform-messages/InteractiveReply';
import { PlatformMessage } from '../../platform-messages/PlatformMessage';
import { AudioPlayer } from './AudioPlayer';
import { ContactCards, type ContactCard } from './ContactCards';
import { DocumentCard } from './DocumentCard';
import { ImageContent } from './ImageContent';
import { LocationCard, type SharedLocation } from './LocationCard';
import { StickerContent } from './StickerContent';
import { VideoContent } from './VideoContent';
import './message-content.css';

/** Message types whose content this component draws; the bubble draws text, system and deleted. */
export const RICH_TYPES: ReadonlySet<string> = new Set([
  'image',
  'video',
  'audio',
  'document',
  'sticker',
  'location',
  'contacts',
  'order',
  'product',
  'interactive',
  'template',
  'interactive_reply',
]);

/** The fields media messages may carry (protocol.md); the server validated them on send. */
interface MediaContent {
  readonly mediaId: string;
  readonly caption?: string;
  readonly filename?: string;
  readonly voice?: boolean;
}

/**
 * Media, location and contact-card content inside a bubble, with the caption under it. `mine`
 * tints inner cards so they sit on the outgoing bubble's colour.
 */
export function MessageContent({ message, mine }: { message: MessageView; mine: boolean }) {
  if (message.content === null || !RICH_TYPES.has(message.type)) return null;
  // Catalog cards draw their own frame and have no caption.
  if (message.type === 'order') {
    return <OrderBubble orderId={message.id} content={message.content as OrderMessageContent} />;
  }
  if (message.type === 'product') {
    return <ProductBubble content={message.content as { businessId: string; productId?: string }} />;
  }
  if (message.type === 'interactive' || message.type === 'template') {
    return <PlatformMessage content={message.content as InteractiveContent | TemplateContent} />;
  }
  if (message.type === 'interactive_reply') return <InteractiveReply message={message} />;
  const caption = (message.content as { caption?: string }).caption;
  return (
    <div className={`message-content message-content--${message.type}`} data-mine={mine || undefined}>
      {drawn(message.type, message.content)}
      {caption !== undefined && caption !== '' && (
        <p className="message-content__caption" dir="auto">
          {caption}
        </p>
      )}
    </div>
  );
}

function drawn(type: string, content: unknown): ReactNode {
  const media = content as MediaContent;
  switch (type) {
    case 'image':
      return <ImageContent mediaId={media.mediaId} />;
    case 'video':
      return <VideoContent mediaId={media.mediaId} />;
    case 'audio':
      return <AudioPlayer mediaId={media.mediaId} voice={media.voice === true} />;
    case 'document':
      return <DocumentCard mediaId={media.mediaId} filename={media.filename} />;
    case 'sticker':
      return <StickerContent mediaId={media.mediaId} />;
    case 'location':
      return <LocationCard location={content as SharedLocation} />;
    case 'contacts':
      return <ContactCards contacts={(content as { contacts: ContactCard[] }).contacts} />;
    default:
      return null;
  }
}
