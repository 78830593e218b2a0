/** Unsent text per chat, kept across chat switches and reloads, as WhatsApp keeps drafts. */
const key = (chatId: string) => `parley.draft.${chatId}`;

export function loadDraft(chatId: string): string {
  return localStorage.getItem(key(chatId)) ?? '';
}

export function saveDraft(chatId: string, text: string): void {
  if (text.trim() === '') localStorage.removeItem(key(chatId));
  else localStorage.setItem(key(chatId), text);
}
