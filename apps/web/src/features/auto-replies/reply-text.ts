import { lengthOf } from '../settings/profile/profile-limits';

/** The server's limit for a greeting or away message, in code points after trimming. */
export const REPLY_TEXT_MAX = 4096;

export type ReplyTextProblem = 'empty' | 'tooLong';

/** Why the server would refuse a reply's text, checked before sending so the field can say it. */
export function replyTextProblem(text: string): ReplyTextProblem | undefined {
  const length = lengthOf(text);
  if (length === 0) return 'empty';
  return length > REPLY_TEXT_MAX ? 'tooLong' : undefined;
}
