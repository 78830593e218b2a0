/** Placeholder: the contact or group info panel beside an open chat, built by the groups feature. */
export function ChatInfoPanel(_props: { chatId: string; onClose: () => void }) {
  return null;
}
