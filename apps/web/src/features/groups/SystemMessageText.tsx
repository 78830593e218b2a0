import type { MessageView } from '@parley/sdk';

/** Placeholder: a system message ("Alice added Bob") as text, names resolved (the groups feature). */
export function SystemMessageText(_props: { message: MessageView }) {
  return null;
}
