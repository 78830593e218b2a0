/** The Business app's cap on a broadcast list, as the server enforces it. */
export const RECIPIENT_LIMIT = 256;

/** Adds numbers after those chosen, each once, in the order given. */
export function addRecipients(selected: readonly string[], phones: readonly string[]): string[] {
  const seen = new Set(selected);
  const added = [...selected];
  for (const phone of phones) {
    if (seen.has(phone)) continue;
    seen.add(phone);
    added.push(phone);
  }
  return added;
}

export function toggleRecipient(selected: readonly string[], phone: string): string[] {
  return selected.includes(phone) ? selected.filter((chosen) => chosen !== phone) : [...selected, phone];
}

/** Why a list cannot be saved as it is, or null when it can. */
export function listProblem(name: string, recipients: readonly string[]): 'name' | 'limit' | null {
  if (name.trim() === '') return 'name';
  if (recipients.length > RECIPIENT_LIMIT) return 'limit';
  return null;
}
