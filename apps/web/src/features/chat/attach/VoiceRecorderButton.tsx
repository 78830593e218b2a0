import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParley } from '../../../data/parley-context';
import { uploadMedia } from '../../../data/upload-media';
import { formatDuration, formatFileSize } from '../../../i18n/format';
import { IconButton } from '../../../ui/Button';
import { Spinner } from '../../../ui/Spinner';
import { useToast } from '../../../ui/Toasts';
import type { SendContent } from './send-content';
import { VOICE_LIMIT } from './media-rules';
import { RecorderError, useVoiceRecorder } from './use-voice-recorder';
import './voice-recorder.css';

/**
 * The composer's mic: a click starts a voice note; while it records, a running timer with cancel
 * and send (Escape cancels). `onRecordingChange` lets the composer hide its text field and tell
 * the chat "recording…".
 */
export function VoiceRecorderButton({
  onSend,
  onRecordingChange,
}: {
  onSend: SendContent;
  onRecordingChange?: (recording: boolean) => void;
}) {
  const { t } = useTranslation('media');
  const { session } = useParley();
  const toast = useToast();
  const voice = useVoiceRecorder();
  const [sending, setSending] = useState(false);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!voice.recording) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [voice.recording]);

  const start = async () => {
    try {
      await voice.start();
      setNow(Date.now());
      onRecordingChange?.(true);
    } catch (error) {
      toast.show(t(`voice.${error instanceof RecorderError ? error.reason : 'denied'}`), 'error');
    }
  };

  const cancel = () => {
    voice.cancel();
    onRecordingChange?.(false);
  };

  const send = async () => {
    const recording = await voice.finish();
    onRecordingChange?.(false);
    if (recording === null) return;
    if (recording.blob.size > VOICE_LIMIT) {
      toast.show(t('voice.tooLong', { limit: formatFileSize(VOICE_LIMIT) }), 'error');
      return;
    }
    setSending(true);
    try {
      const media = await uploadMedia(recording.blob, {
        token: session.token,
        contentType: recording.contentType,
      });
      await onSend({ type: 'audio', content: { mediaId: media.id, voice: true } });
    } catch (error) {
      toast.showError(error);
    } finally {
      setSending(false);
    }
  };

  if (sending) {
    return (
      <span className="voice-recorder">
        <Spinner />
      </span>
    );
  }
  if (!voice.recording) {
    return <IconButton icon="mic" label={t('voice.record')} onClick={() => void start()} />;
  }
  return (
    <div
      className="voice-recorder voice-recorder--recording"
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <IconButton icon="trash" label={t('voice.cancel')} onClick={cancel} />
      <span className="voice-recorder__dot" aria-hidden="true" />
      <span className="voice-recorder__time" role="timer" aria-label={t('voice.recording')}>
        {formatDuration(Math.floor(Math.max(0, now - voice.startedAt) / 1000))}
      </span>
      <IconButton
        icon="send"
        label={t('voice.send')}
        className="voice-recorder__send"
        autoFocus
        onClick={() => void send()}
      />
    </div>
  );
}
