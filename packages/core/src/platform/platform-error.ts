import { DomainError, type ErrorCode } from '../shared/errors.js';

/**
 * The Cloud API's error codes that Parley's policies raise, with the titles the contract gives
 * them. The Graph edge shows them as `(#code) title`; clients branch on the code.
 */
export const PLATFORM_ERRORS = {
  100: 'Invalid parameter',
  131008: 'Required parameter is missing',
  131009: 'Parameter value is not valid',
  131021: 'Recipient cannot be sender',
  131026: 'Message undeliverable',
  131030: 'Recipient phone number not in allowed list',
  131031: 'Account has been locked',
  131047: 'Re-engagement message',
  131051: 'Unsupported message type',
  131053: 'Media upload error',
  131056: '(Business Account, Consumer Account) pair rate limit hit',
  130429: 'Rate limit hit',
  132000: 'Number of parameters does not match the expected number of params',
  132001: 'Template name does not exist in the translation',
  132005: 'Translated text too long',
  132007: 'Template Format Character Policy Violated',
  132012: 'Parameter format does not match format in the created template',
  132015: 'Template is Paused',
  132016: 'Template is Disabled',
  133005: 'Two step verification PIN Mismatch',
  133010: 'Phone number Not Registered',
  133016: 'Account register deregister rate limit exceeded',
  139100: 'Failed to block/unblock users',
  139101: 'Blocklist limit reached',
  131203: 'Unable to add participant to group',
  190: 'Invalid OAuth access token',
  200: 'Permission error',
} as const satisfies Record<number, string>;

export type PlatformErrorCode = keyof typeof PLATFORM_ERRORS;

/** The domain meaning of each Graph code, for edges that are not Graph (logs, the client API). */
const DOMAIN_CODE: Partial<Record<PlatformErrorCode, ErrorCode>> = {
  190: 'unauthenticated',
  200: 'forbidden',
  131031: 'forbidden',
  130429: 'rate_limited',
  131056: 'rate_limited',
  131047: 'too_late',
  132001: 'not_found',
};

/**
 * A refusal the Cloud API contract gives a numbered code. `details` is the sentence clients show
 * (`error_data.details`); `subcode` is kept for the few codes clients still branch on.
 */
export class PlatformError extends DomainError {
  readonly graphCode: PlatformErrorCode;
  readonly subcode: number | undefined;
  readonly title: string;

  constructor(
    graphCode: PlatformErrorCode,
    details: string,
    options: { subcode?: number; title?: string; extra?: Record<string, unknown> } = {},
  ) {
    super(DOMAIN_CODE[graphCode] ?? 'invalid_argument', details, options.extra);
    this.name = 'PlatformError';
    this.graphCode = graphCode;
    this.subcode = options.subcode;
    this.title = options.title ?? PLATFORM_ERRORS[graphCode];
  }
}

export const isPlatformError = (error: unknown): error is PlatformError => error instanceof PlatformError;

/** Graph's answer for an id that does not exist or belongs to someone else: the two look alike. */
export const unknownObject = (id: string): PlatformError =>
  new PlatformError(
    100,
    `Unsupported request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
    { subcode: 33, title: 'Invalid parameter', extra: { unknownObject: true } },
  );
