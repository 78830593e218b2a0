import { memo } from 'react';
import { SystemMessageText } from '../../groups/SystemMessageText';
import { MessageBubble, type MessageBubbleProps } from './MessageBubble';

/** One message in the list: a centred notice for group events, else a bubble. */
export const MessageRow = memo(function MessageRow(props: MessageBubbleProps) {
  if (props.entry.message.type === 'system') {
    return (
      <div className="message-row message-row--system" data-message-id={props.entry.message.id}>
        <span className="system-message" dir="auto">
          <SystemMessageText message={props.entry.message} />
        </span>
      </div>
    );
  }
  return <MessageBubble {...props} />;
});
