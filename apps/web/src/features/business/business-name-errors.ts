import { ParleyApiError } from '@parley/sdk';

/** The business-name rules the server names in `details.rule` when it refuses a name. */
const RULES = ['length', 'letters', 'emoji', 'punctuation', 'misleading', 'capitals', 'person_name'] as const;
export type BusinessNameRule = (typeof RULES)[number];

/** The server's limits for a business name, in code points after trimming. */
export const BUSINESS_NAME_MIN = 3;
export const BUSINESS_NAME_MAX = 75;

/** Which business-name rule a refused request broke, if that is why it was refused. */
export function brokenNameRule(error: unknown): BusinessNameRule | undefined {
  if (!(error instanceof ParleyApiError) || error.code !== 'invalid_argument') return undefined;
  const rule = error.details?.rule;
  return RULES.find((known) => known === rule);
}
