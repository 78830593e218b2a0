import type { SendContent } from './AttachMenu';

/** Placeholder: records a voice note in the browser and sends it as audio with `voice: true`. */
export function VoiceRecorderButton(_props: {
  onSend: SendContent;
  onRecordingChange?: (recording: boolean) => void;
}) {
  return null;
}
