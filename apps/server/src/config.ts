import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly database:
    | { readonly dialect: 'sqlite'; readonly file: string }
    | { readonly dialect: 'postgres'; readonly url: string };
  readonly logLevel: string;
  /** Where one-time codes go: the development outbox, or an SMS gateway over signed HTTP. */
  readonly codeSender:
    | { readonly kind: 'dev-outbox' }
    | { readonly kind: 'http'; readonly url: string; readonly secret: string };
  /** One-time codes one client address may request per hour (benches raise it). */
  readonly otpSendsPerAddressPerHour: number;
  /** The web messenger's production build, served at `/`. */
  readonly webDir: string;
  /** The platform operator's bearer token for `/v1/operator`; without one that API is closed. */
  readonly operatorToken: string | undefined;
  /** Where people and API clients reach this server (the sandbox prints it): no trailing slash. */
  readonly publicUrl: string;
  /** Whether webhook callback URLs may point at loopback and private addresses (not in production by default). */
  readonly webhookAllowPrivate: boolean;
  /**
   * Templates that pass the automatic rules: `automatic` approves them at once (the sandbox, like
   * Meta's quick approvals), `operator` leaves them PENDING for `/v1/operator/templates`.
   */
  readonly templateReview: 'automatic' | 'operator';
  /** The Cloud API's send throttles (80 messages/s a number, the per-person pair limit); off for load tests. */
  readonly throughputLimits: boolean;
}

const BUILT_WEB_APP = fileURLToPath(new URL('../../web/dist', import.meta.url));

export class ConfigError extends Error {}

/** Reads the environment once at start-up; nothing else in Parley reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = env.PARLEY_ENV ?? (env.NODE_ENV === 'test' ? 'test' : 'development');
  if (mode !== 'development' && mode !== 'production' && mode !== 'test') {
    throw new ConfigError(`PARLEY_ENV must be development, production or test, not "${mode}"`);
  }
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number, not "${env.PORT}"`);
  }
  const dataDir = resolve(env.PARLEY_DATA_DIR ?? '.parley');
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '' && !/^postgres(ql)?:\/\//.test(url)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL (leave it unset for SQLite)');
  }
  const smsUrl = env.PARLEY_SMS_GATEWAY_URL;
  const codeSender =
    smsUrl !== undefined && smsUrl !== ''
      ? { kind: 'http' as const, url: smsUrl, secret: requireValue(env, 'PARLEY_SMS_GATEWAY_SECRET') }
      : { kind: 'dev-outbox' as const };
  if (mode === 'production' && codeSender.kind === 'dev-outbox') {
    throw new ConfigError(
      'PARLEY_ENV=production needs PARLEY_SMS_GATEWAY_URL: the development outbox shows codes to anyone',
    );
  }
  const otpSendsPerAddressPerHour = Number(env.PARLEY_OTP_SENDS_PER_ADDRESS_PER_HOUR ?? 20);
  if (!Number.isInteger(otpSendsPerAddressPerHour) || otpSendsPerAddressPerHour < 1) {
    throw new ConfigError('PARLEY_OTP_SENDS_PER_ADDRESS_PER_HOUR must be a whole number of at least 1');
  }
  const operatorToken = env.PARLEY_OPERATOR_TOKEN || undefined;
  if (operatorToken !== undefined && operatorToken.length < 24) {
    throw new ConfigError(
      "PARLEY_OPERATOR_TOKEN must be at least 24 characters: it grants the operator's powers",
    );
  }
  const allowPrivate = env.PARLEY_WEBHOOK_ALLOW_PRIVATE;
  if (
    allowPrivate !== undefined &&
    allowPrivate !== '' &&
    !['1', '0', 'true', 'false'].includes(allowPrivate)
  ) {
    throw new ConfigError('PARLEY_WEBHOOK_ALLOW_PRIVATE must be 1, 0, true or false');
  }
  const webhookAllowPrivate =
    allowPrivate === undefined || allowPrivate === ''
      ? mode !== 'production'
      : allowPrivate === '1' || allowPrivate === 'true';
  const templateReview = env.PARLEY_TEMPLATE_REVIEW || (mode === 'production' ? 'operator' : 'automatic');
  if (templateReview !== 'automatic' && templateReview !== 'operator') {
    throw new ConfigError(`PARLEY_TEMPLATE_REVIEW must be automatic or operator, not "${templateReview}"`);
  }
  const limits = env.PARLEY_THROUGHPUT_LIMITS || 'on';
  if (limits !== 'on' && limits !== 'off') {
    throw new ConfigError(`PARLEY_THROUGHPUT_LIMITS must be on or off, not "${limits}"`);
  }
  const host = env.HOST ?? '0.0.0.0';
  const publicUrl = (env.PARLEY_PUBLIC_URL || defaultPublicUrl(host, port)).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(publicUrl)) {
    throw new ConfigError(`PARLEY_PUBLIC_URL must be an http(s) URL, not "${publicUrl}"`);
  }
  return Object.freeze({
    env: mode,
    host,
    port,
    dataDir,
    database: url
      ? { dialect: 'postgres' as const, url }
      : { dialect: 'sqlite' as const, file: resolve(dataDir, 'parley.db') },
    logLevel: env.LOG_LEVEL ?? (mode === 'test' ? 'warn' : 'info'),
    codeSender: Object.freeze(codeSender),
    otpSendsPerAddressPerHour,
    webDir: resolve(env.PARLEY_WEB_DIR ?? BUILT_WEB_APP),
    operatorToken,
    publicUrl,
    webhookAllowPrivate,
    templateReview,
    throughputLimits: limits === 'on',
  });
}

/** A server listening on every interface is reached locally on the loopback address. */
function defaultPublicUrl(host: string, port: number): string {
  const local = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host;
  return `http://${local.includes(':') ? `[${local}]` : local}:${port}`;
}

function requireValue(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new ConfigError(`${name} is required`);
  return value;
}
