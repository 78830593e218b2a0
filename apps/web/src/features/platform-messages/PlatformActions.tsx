import type { InteractiveContent, TemplateContent } from '@parley/contracts';
import type { MessageView } from '@parley/sdk';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { ListDialog } from './ListDialog';
import { useAnswer } from './use-answer';
import './platform-messages.css';

/**
 * The buttons under an interactive or template message, as WhatsApp draws them: reply buttons and
 * quick replies answer it, a list opens its choices, links open in a new tab, a phone button calls
 * and a code button copies. The sender's own copy shows them without answering itself.
 */
export function PlatformActions({ message, mine }: { message: MessageView; mine: boolean }) {
  const { t } = useTranslation('platformMessages');
  if (message.content === null || message.deletedAt !== null) return null;
  if (message.type !== 'interactive' && message.type !== 'template') return null;
  return (
    <div className="platform-actions" role="group" aria-label={t('replies')}>
      {message.type === 'interactive' ? (
        <InteractiveActions message={message} content={message.content as InteractiveContent} mine={mine} />
      ) : (
        <TemplateActions message={message} content={message.content as TemplateContent} mine={mine} />
      )}
    </div>
  );
}

interface ActionsProps<T> {
  readonly message: MessageView;
  readonly content: T;
  readonly mine: boolean;
}

function InteractiveActions({ message, content, mine }: ActionsProps<InteractiveContent>) {
  const answer = useAnswer(message);
  const [choosing, setChoosing] = useState(false);
  if (content.cta !== undefined) return <LinkAction text={content.cta.displayText} url={content.cta.url} />;
  if (content.list !== undefined) {
    const { list } = content;
    return (
      <>
        <button
          type="button"
          className="platform-action"
          disabled={mine}
          aria-haspopup="dialog"
          onClick={() => setChoosing(true)}
        >
          <Icon name="list" size={18} />
          <span dir="auto">{list.button}</span>
        </button>
        {choosing && (
          <ListDialog
            title={list.button}
            sections={list.sections}
            onSend={(rowId) => {
              setChoosing(false);
              void answer(rowId);
            }}
            onClose={() => setChoosing(false)}
          />
        )}
      </>
    );
  }
  return (
    <>
      {(content.buttons ?? []).map((button) => (
        <button
          key={button.id}
          type="button"
          className="platform-action"
          disabled={mine}
          onClick={() => void answer(button.id)}
        >
          <Icon name="reply" size={18} />
          <span dir="auto">{button.title}</span>
        </button>
      ))}
    </>
  );
}

function TemplateActions({ message, content, mine }: ActionsProps<TemplateContent>) {
  const { t } = useTranslation('platformMessages');
  const answer = useAnswer(message);
  const toast = useToast();
  const copy = (code: string) =>
    navigator.clipboard.writeText(code).then(
      () => toast.show(t('codeCopied')),
      () => toast.show(t('copyFailed'), 'error'),
    );
  return (
    <>
      {(content.buttons ?? []).map((button, index) => {
        switch (button.type) {
          case 'quick_reply':
            return (
              <button
                key={index}
                type="button"
                className="platform-action"
                disabled={mine}
                onClick={() => void answer(String(index))}
              >
                <Icon name="reply" size={18} />
                <span dir="auto">{button.text}</span>
              </button>
            );
          case 'url':
            return <LinkAction key={index} text={button.text} url={button.url} />;
          case 'phone_number':
            return (
              <a
                key={index}
                className="platform-action"
                href={`tel:${button.phone}`}
                title={t('call', { phone: button.phone })}
              >
                <Icon name="phone" size={18} />
                <span dir="auto">{button.text}</span>
              </a>
            );
          case 'copy_code':
            return (
              <button
                key={index}
                type="button"
                className="platform-action"
                aria-label={t('copyCode', { code: button.code })}
                onClick={() => void copy(button.code)}
              >
                <Icon name="copy" size={18} />
                <span dir="auto">{button.text}</span>
              </button>
            );
        }
      })}
    </>
  );
}

/** A link button; the business's page opens in a new tab that cannot reach back into the app. */
function LinkAction({ text, url }: { text: string; url: string }) {
  const { t } = useTranslation('platformMessages');
  // The server only stores http(s) links; a client never trusts that for an href.
  if (!/^https?:\/\//i.test(url)) return null;
  return (
    <a
      className="platform-action"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={t('opensInNewTab', { text })}
    >
      <Icon name="link" size={18} />
      <span dir="auto">{text}</span>
    </a>
  );
}
