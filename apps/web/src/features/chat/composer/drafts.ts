/** Unsent text per chat, kept across chat switches and reloads, as WhatsApp keeps drafts. */
const key = (chatId: string) => `parley.draft.${chatId}`;

export function loadDraft(chatId: string): string {
  return localStorage.getItem(key(chatId)) ?? '';
}

export function saveDraft(chatId: string, text: string): void {
  if (text.trim() === '') localStorage.removeItem(key(chatId));
  else localStorage.setItem(key(chatId), text);
}

/** A chat link's text replaces the draft, as WhatsApp's links do; a link without text keeps it. */
export function prefillDraft(chatId: string, text: string): void {
  if (text.trim() !== '') localStorage.setItem(key(chatId), text);
}
