import type { ClientContent } from '@parley/contracts';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../../ui/Button';
import { useToast } from '../../../ui/Toasts';
import { useQuickReplySuggestions } from '../../quick-replies/use-quick-reply-suggestions';
import { AttachMenu } from '../attach/AttachMenu';
import { VoiceRecorderButton } from '../attach/VoiceRecorderButton';
import { useTimelines } from '../store/use-chat-timeline';
import { ComposerContext, type ComposerTarget } from './ComposerContext';
import { loadDraft, saveDraft } from './drafts';
import { useTypingFrames } from './use-typing-frames';
import './composer.css';

/**
 * The message box: Enter sends, Shift+Enter breaks the line; the draft is kept per chat. With an
 * empty box the send button becomes the microphone. A reply or edit shows above the box.
 */
export function Composer({
  chatId,
  target,
  onTargetDone,
}: {
  chatId: string;
  target: ComposerTarget | undefined;
  onTargetDone: () => void;
}) {
  const { t } = useTranslation('chat');
  const timelines = useTimelines();
  const toast = useToast();
  const typing = useTypingFrames(chatId);
  const box = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(() => loadDraft(chatId));
  const [recording, setRecording] = useState(false);
  const editing = target?.mode === 'edit';

  // Entering edit mode puts the message in the box; leaving it brings the draft back.
  const [shownTarget, setShownTarget] = useState(target);
  if (shownTarget !== target) {
    setShownTarget(target);
    if (target?.mode === 'edit') setText((target.message.content as { body: string }).body);
    else if (shownTarget?.mode === 'edit') setText(loadDraft(chatId));
  }
  useEffect(() => {
    if (target !== undefined) box.current?.focus();
  }, [target]);
  useEffect(() => {
    if (!editing) saveDraft(chatId, text);
  }, [chatId, text, editing]);

  const sendContent = (content: ClientContent) => {
    const replyToId = target?.mode === 'reply' ? target.message.id : undefined;
    onTargetDone();
    return timelines.send(chatId, content, { replyToId }).catch(toast.showError);
  };
  const quickReplies = useQuickReplySuggestions({ text, setText, box, send: sendContent, enabled: !editing });

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const body = text.trim();
    if (body === '') return;
    typing.paused();
    setText('');
    if (target?.mode === 'edit') {
      onTargetDone();
      void timelines
        .send(chatId, { type: 'edit', content: { targetId: target.message.id, body } })
        .catch(toast.showError);
    } else void sendContent({ type: 'text', content: { body } });
    box.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (quickReplies.onKeyDown(event)) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
    else if (event.key === 'Escape' && target !== undefined) onTargetDone();
  };

  return (
    <footer className="composer">
      {target !== undefined && <ComposerContext target={target} onCancel={onTargetDone} />}
      {quickReplies.popup}
      <form className="composer__row" onSubmit={submit}>
        {!recording && !editing && <AttachMenu onSend={sendContent} />}
        {!recording && (
          <textarea
            ref={box}
            className="composer__input"
            rows={1}
            dir="auto"
            value={text}
            placeholder={t('composer.placeholder')}
            aria-label={t('composer.label')}
            maxLength={4096}
            onChange={(event) => {
              setText(event.target.value);
              if (event.target.value !== '') typing.composing();
              else typing.paused();
            }}
            onKeyDown={onKeyDown}
            {...quickReplies.inputProps}
          />
        )}
        {text.trim() !== '' || editing ? (
          <IconButton
            icon={editing ? 'check' : 'send'}
            type="submit"
            className="composer__send"
            label={t(editing ? 'composer.saveEdit' : 'composer.send')}
          />
        ) : (
          <VoiceRecorderButton onSend={sendContent} onRecordingChange={setRecording} />
        )}
      </form>
    </footer>
  );
}
