import { OTP_POLICY } from '@parley/core';

/** The message a person reads; a gateway may send it as is. */
export function codeText(code: string): string {
  const minutes = Math.round(OTP_POLICY.codeTtlMs / 60_000);
  return `Your Parley code is ${code}. It expires in ${minutes} minutes. Don't share it with anyone.`;
}
