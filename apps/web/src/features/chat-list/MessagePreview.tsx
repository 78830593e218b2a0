import type { MessageView } from '@parley/sdk';

/**
 * Placeholder: a one-line summary of a message (icon + text: "📷 Photo", the filename, "This message
 * was deleted"), for the chat list and reply quotes (the chat-list feature).
 */
export function MessagePreview(_props: { message: MessageView }) {
  return null;
}
