import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMediaUrl } from '../../../data/queries';
import { formatDuration } from '../../../i18n/format';
import { Icon } from '../../../ui/Icon';
import './audio-player.css';

/**
 * An audio message's own player, as WhatsApp draws it: play/pause, a seekable track and the time
 * (the length until played, then the position). Voice notes carry a mic. Starting one pauses any
 * other, so two never talk at once.
 */
export function AudioPlayer({ mediaId, voice }: { mediaId: string; voice: boolean }) {
  const { t } = useTranslation('media');
  const file = useMediaUrl(mediaId, 'file');
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [duration, setDuration] = useState(0);
  const [position, setPosition] = useState(0);

  // Recordings without a length in their header report Infinity until played through.
  const readDuration = (event: SyntheticEvent<HTMLAudioElement>) => {
    const length = event.currentTarget.duration;
    if (Number.isFinite(length)) setDuration(length);
  };
  const toggle = () => {
    const element = audio.current;
    if (element === null) return;
    if (element.paused) void element.play();
    else element.pause();
  };
  const started = playing || position > 0;

  return (
    <div className="audio-player" data-voice={voice || undefined}>
      <span className="audio-player__badge">
        <Icon name={voice ? 'mic' : 'headphones'} label={voice ? t('audio.voiceNote') : t('audio.file')} />
      </span>
      <button
        type="button"
        className="icon-btn audio-player__toggle"
        aria-label={playing ? t('audio.pause') : t('audio.play')}
        disabled={file.data === undefined}
        onClick={toggle}
      >
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <span className="audio-player__track">
        <input
          type="range"
          className="audio-player__seek"
          min={0}
          max={duration}
          step="any"
          value={Math.min(position, duration)}
          disabled={duration === 0}
          aria-label={t('audio.seek')}
          aria-valuetext={formatDuration(position)}
          onChange={(event) => {
            const element = audio.current;
            if (element !== null) element.currentTime = Number(event.target.value);
            setPosition(Number(event.target.value));
          }}
        />
        <span className="audio-player__time">{formatDuration(started ? position : duration)}</span>
      </span>
      {file.data !== undefined && (
        <audio
          ref={audio}
          src={file.data}
          preload="metadata"
          onLoadedMetadata={readDuration}
          onDurationChange={readDuration}
          onTimeUpdate={(event) => setPosition(event.currentTarget.currentTime)}
          onPlay={(event) => {
            for (const other of document.querySelectorAll('audio')) {
              if (other !== event.currentTarget) other.pause();
            }
            setPlaying(true);
          }}
          onPause={() => setPlaying(false)}
          onEnded={() => {
            setPlaying(false);
            setPosition(0);
          }}
        />
      )}
    </div>
  );
}
