/** Placeholder: built in issue 3 by the chat-list feature. */
export function ChatListPane() {
  return null;
}
