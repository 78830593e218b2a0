/** Placeholder: built in issue 3 by the chat feature. */
export function ChatView() {
  return null;
}
