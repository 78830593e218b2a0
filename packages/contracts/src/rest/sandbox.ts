import { Type, type Static } from '@sinclair/typebox';
import { PlainText, Strict } from '../common.js';

/** A sandbox test phone's login link, exchanged for a signed-in device (answered as a code login). */
export const TestPhoneLoginBody = Type.Object(
  {
    /** The secret after `#` in the link the sandbox printed. */
    token: Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }),
    deviceName: Type.Optional(PlainText({ minLength: 1, maxLength: 64 })),
    platform: Type.Optional(PlainText({ minLength: 1, maxLength: 32 })),
  },
  Strict,
);
export type TestPhoneLoginBody = Static<typeof TestPhoneLoginBody>;
