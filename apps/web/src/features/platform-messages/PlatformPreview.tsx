import type { InteractiveReplyContent } from '@parley/contracts';
import type { MessageView } from '@parley/sdk';
import { useTranslation } from 'react-i18next';

/**
 * The chat list's line for an interactive or template message (its body, as WhatsApp shows it)
 * and for an answer (the option chosen).
 */
export function PlatformPreview({ message }: { message: MessageView }) {
  const { t } = useTranslation('platformMessages');
  if (message.type === 'interactive_reply') {
    const title = (message.content as Partial<InteractiveReplyContent>).title;
    return <>{title ?? t('reply.unknown')}</>;
  }
  return <>{(message.content as { body?: string }).body ?? ''}</>;
}
