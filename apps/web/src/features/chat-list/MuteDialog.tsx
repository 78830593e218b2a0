import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { MUTE_DURATIONS, type MuteDuration } from './use-chat-settings';
import './mute-dialog.css';

/** WhatsApp's "Mute notifications" choice: 8 hours, 1 week or always. */
export function MuteDialog({
  onMute,
  onClose,
}: {
  onMute: (duration: MuteDuration) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('chatList');
  const { t: tc } = useTranslation();
  const [duration, setDuration] = useState<MuteDuration>('hours8');
  return (
    <Dialog
      title={t('mute.title')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{tc('cancel')}</Button>
          <Button
            variant="primary"
            onClick={() => {
              onMute(duration);
              onClose();
            }}
          >
            {t('mute.confirm')}
          </Button>
        </>
      }
    >
      <p className="muted">{t('mute.body')}</p>
      <fieldset className="mute-dialog__choices">
        <legend className="visually-hidden">{t('mute.title')}</legend>
        {MUTE_DURATIONS.map((choice) => (
          <label key={choice} className="mute-dialog__choice">
            <input
              type="radio"
              name="mute-duration"
              checked={duration === choice}
              onChange={() => setDuration(choice)}
            />
            {t(`mute.${choice}`)}
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
