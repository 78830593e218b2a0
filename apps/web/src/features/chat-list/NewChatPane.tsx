/** Placeholder: built in issue 3 by the chat-list feature. */
export function NewChatPane() {
  return null;
}
