import type { MessageView } from '@parley/sdk';
import { useTranslation } from 'react-i18next';
import { useChatTimeline } from '../chat/store/use-chat-timeline';
import { replyTitle, type ReplyContent } from './reply-title';
import './platform-messages.css';

/** A person's answer: the option's title (and a list row's description); the bubble quotes the question. */
export function InteractiveReply({ message }: { message: MessageView }) {
  const { t } = useTranslation('platformMessages');
  const content = message.content as ReplyContent;
  const { entries } = useChatTimeline(message.chatId);
  const target = entries.find((entry) => entry.message.id === content.targetId)?.message;
  const chosen = replyTitle(content, target);
  return (
    <div className="interactive-reply">
      <p className="interactive-reply__title" dir="auto">
        {chosen?.title ?? t('reply.unknown')}
      </p>
      {chosen?.description !== undefined && chosen.description !== '' && (
        <p className="interactive-reply__description" dir="auto">
          {chosen.description}
        </p>
      )}
    </div>
  );
}
