import { useEffect, useRef, useState } from 'react';

/**
 * Recording formats in order of preference, all of which the server accepts as audio: Firefox
 * records Ogg/Opus; Chromium and Safari record MP4 (Opus in Chromium, AAC in Safari). WebM, which
 * Chromium also records, is not a WhatsApp audio type, so it is never used.
 */
const FORMATS = ['audio/ogg;codecs=opus', 'audio/mp4'];

/** Opus at voice quality: a minute is about 240 KB. */
const BITS_PER_SECOND = 32_000;

export type RecorderProblem = 'denied' | 'noMicrophone' | 'unsupported';

export class RecorderError extends Error {
  constructor(readonly reason: RecorderProblem) {
    super(`Cannot record: ${reason}`);
  }
}

export interface Recording {
  readonly blob: Blob;
  /** The type to declare on upload: the recorder's type without codec parameters. */
  readonly contentType: string;
}

/** The microphone as a voice-note recorder: start, then finish (the recording) or cancel. */
export function useVoiceRecorder() {
  const [recording, setRecording] = useState(false);
  const [startedAt, setStartedAt] = useState(0);
  const recorder = useRef<MediaRecorder | null>(null);
  const chunks = useRef<Blob[]>([]);

  // Leaving the chat mid-recording must not leave the microphone on.
  useEffect(() => {
    const current = recorder;
    return () => release(current.current);
  }, []);

  const start = async () => {
    const mimeType =
      typeof MediaRecorder === 'undefined' ? undefined : FORMATS.find(MediaRecorder.isTypeSupported);
    if (mimeType === undefined) throw new RecorderError('unsupported');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      const name = error instanceof DOMException ? error.name : '';
      throw new RecorderError(name === 'NotFoundError' ? 'noMicrophone' : 'denied');
    }
    const next = new MediaRecorder(stream, { mimeType, audioBitsPerSecond: BITS_PER_SECOND });
    chunks.current = [];
    next.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.current.push(event.data);
    };
    next.start();
    recorder.current = next;
    setStartedAt(Date.now());
    setRecording(true);
  };

  /** Stops and hands back what was recorded (null when nothing was). */
  const finish = (): Promise<Recording | null> =>
    new Promise((resolve) => {
      const current = recorder.current;
      recorder.current = null;
      setRecording(false);
      if (current === null) {
        resolve(null);
        return;
      }
      current.onstop = () => {
        const blob = new Blob(chunks.current, { type: current.mimeType });
        resolve(blob.size === 0 ? null : { blob, contentType: current.mimeType.split(';')[0]!.trim() });
      };
      release(current);
    });

  const cancel = () => {
    const current = recorder.current;
    recorder.current = null;
    setRecording(false);
    if (current !== null) current.onstop = null;
    release(current);
  };

  return { recording, startedAt, start, finish, cancel };
}

function release(recorder: MediaRecorder | null): void {
  if (recorder === null) return;
  if (recorder.state !== 'inactive') recorder.stop();
  for (const track of recorder.stream.getTracks()) track.stop();
}
