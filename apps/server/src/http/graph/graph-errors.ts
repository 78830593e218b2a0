import { randomBytes } from 'node:crypto';
import { isDomainError, isPlatformError, type ErrorCode } from '@parley/core';
import type { FastifyError } from 'fastify';

/** The Cloud API's error envelope. */
export interface GraphErrorBody {
  error: {
    message: string;
    type: 'OAuthException' | 'GraphMethodException';
    code: number;
    error_subcode?: number;
    error_data?: { messaging_product: 'whatsapp'; details: string };
    fbtrace_id: string;
  };
}

/** HTTP status by Graph code, from Meta's error table; everything unlisted is 400. */
function statusOf(code: number): number {
  if (code === 0 || code === 190) return 401;
  if (code === 10 || (code >= 200 && code <= 299) || [368, 131005, 131031].includes(code)) return 403;
  if (code === 132001) return 404;
  if ([3, 131000, 131016, 131045, 131057, 133000].includes(code)) return 500;
  if (code === 2 || code === 133004) return 503;
  return 400;
}

/** Domain errors without a contract code of their own. */
const CODE_OF: Record<ErrorCode, number> = {
  invalid_argument: 100,
  unauthenticated: 190,
  forbidden: 200,
  not_found: 100,
  conflict: 100,
  rate_limited: 130429,
  locked: 131031,
  expired: 100,
  limit_exceeded: 100,
  too_late: 100,
  unsupported_media: 131053,
  payload_too_large: 131053,
};

const TITLE_OF: Partial<Record<number, string>> = {
  100: 'Invalid parameter',
  131008: 'Required parameter is missing',
  131009: 'Parameter value is not valid',
  131053: 'Media upload error',
  190: 'Invalid OAuth access token',
  200: 'Permission error',
  130429: 'Rate limit hit',
  131031: 'Account has been locked',
};

// Trace ids only need to be unique, not secret: a random prefix per process and a counter are
// enough, and cost nothing per response.
const tracePrefix = randomBytes(6).toString('base64url');
let traceCounter = 0;
export const newTraceId = (): string => `${tracePrefix}${(traceCounter++).toString(36)}`;

function envelope(
  code: number,
  title: string,
  details: string,
  options: { subcode?: number; type?: GraphErrorBody['error']['type'] } = {},
): GraphErrorBody {
  return {
    error: {
      message: `(#${code}) ${title}`,
      type: options.type ?? 'OAuthException',
      code,
      ...(options.subcode !== undefined && { error_subcode: options.subcode }),
      error_data: { messaging_product: 'whatsapp', details },
      fbtrace_id: newTraceId(),
    },
  };
}

interface AjvIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** `/text/body` → `text.body`, the way Graph names parameters. */
const paramName = (path: string) => path.replace(/^\//, '').replace(/\//g, '.');

/** A refused request body or query: 131008 when something is missing, 100 for an unknown key, else 131009. */
function validationEnvelope(issue: AjvIssue | undefined, part: string | undefined): GraphErrorBody {
  if (issue === undefined) return envelope(100, 'Invalid parameter', 'The request is not valid');
  const at = paramName(issue.instancePath);
  if (issue.keyword === 'required') {
    const missing = [at, String(issue.params.missingProperty)].filter((p) => p !== '').join('.');
    return envelope(131008, 'Required parameter is missing', `The parameter ${missing} is required.`);
  }
  if (issue.keyword === 'additionalProperties') {
    const extra = String(issue.params.additionalProperty);
    const where = at === '' ? (part ?? 'request') : at;
    return envelope(100, 'Invalid parameter', `Unexpected key "${extra}" on param "${where}".`);
  }
  const name = at === '' ? (part ?? 'request') : at;
  return envelope(
    131009,
    'Parameter value is not valid',
    `Param ${name} is not valid: it ${issue.message ?? 'is invalid'}.`,
  );
}

/** The one place where any error on the Graph surface becomes a status and the Graph envelope. */
export function toGraphError(error: unknown): { status: number; body: GraphErrorBody } {
  if (isPlatformError(error)) {
    const type = error.details?.unknownObject === true ? 'GraphMethodException' : 'OAuthException';
    const body = envelope(error.graphCode, error.title, error.message, { subcode: error.subcode, type });
    return { status: statusOf(error.graphCode), body };
  }
  if (isDomainError(error)) {
    const code = CODE_OF[error.code];
    return {
      status: statusOf(code),
      body: envelope(code, TITLE_OF[code] ?? 'Invalid parameter', error.message),
    };
  }
  const fastifyError = error as Partial<FastifyError> & { validationContext?: string };
  if (fastifyError.validation !== undefined) {
    const issue = fastifyError.validation[0] as AjvIssue | undefined;
    return { status: 400, body: validationEnvelope(issue, fastifyError.validationContext) };
  }
  const status = fastifyError.statusCode;
  if (status === 413) {
    return { status: 400, body: envelope(131053, 'Media upload error', 'The request body is too large') };
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return { status: 400, body: envelope(100, 'Invalid parameter', fastifyError.message ?? 'Bad request') };
  }
  return {
    status: 500,
    body: envelope(131000, 'Something went wrong', 'An unknown error occurred', { type: 'OAuthException' }),
  };
}

/** Graph answers an unknown path with 400/100 rather than a 404. */
export function unsupportedRequest(method: string, path: string): { status: number; body: GraphErrorBody } {
  return {
    status: 400,
    body: envelope(100, 'Invalid parameter', `Unsupported ${method.toLowerCase()} request: ${path}`, {
      type: 'GraphMethodException',
    }),
  };
}
