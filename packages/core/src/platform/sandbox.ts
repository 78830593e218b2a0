import type { CodeLogin } from '../accounts/index.js';
import { DomainError } from '../shared/errors.js';
import type { Clock, Secrets } from '../shared/ports.js';
import type { PlatformService } from './platform-service.js';
import { PERMISSIONS, type App, type PlatformNumber, type Portfolio, type Waba } from './platform.js';
import type { PlatformRepository } from './ports.js';
import type { TestPhone, TestPhoneRepository } from './test-phone.js';

/** The sandbox finds what it made before by these names, so running it again changes no id. */

/** A developer trying the platform wants to see every webhook Parley raises, not only messages. */
const SANDBOX_WEBHOOK_FIELDS = [
  'messages',
  'message_template_status_update',
  'phone_number_name_update',
  'group_lifecycle_update',
  'group_participants_update',
  'group_settings_update',
];

export const SANDBOX_NAMES = {
  portfolio: 'Parley Sandbox',
  waba: 'Sandbox WABA',
  verifiedName: 'Parley Sandbox',
  app: 'Sandbox App',
  systemUser: 'sandbox',
  testPhone: (n: number) => `Test Phone ${n}`,
} as const;

/** Fictional numbers (555-01xx): the business number takes the first free one, test phones the next. */
export const SANDBOX_FIRST_NUMBER = '+12025550100';
const LAST_CANDIDATE = 999;
export const MAX_TEST_PHONES = 20;

export interface SandboxDeps {
  readonly platform: PlatformService;
  readonly platformRepository: Pick<PlatformRepository, 'updateApp' | 'listTokens'>;
  readonly testPhones: TestPhoneRepository;
  /** Account ids by E.164 number, for the numbers that already have an account. */
  readonly accountIdsByPhone: (phones: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  /** Creates a personal account with this name and resolves with its id. */
  readonly createPersonalAccount: (phone: string, name: string) => Promise<string>;
  /** Signs the account in on a new primary device, as a code login does. */
  readonly signIn: (accountId: string, deviceName: string, platform: string) => Promise<CodeLogin>;
  /** Contract 5.1's GET handshake against a callback URL. */
  readonly verifyCallback: (
    url: string,
    verifyToken: string,
  ) => Promise<{ readonly ok: true } | { readonly ok: false; readonly reason: string }>;
  /** Makes sure the WABA holds Meta's sample template `hello_world`, approved; resolves whether it made it. */
  readonly ensureSampleTemplate: (wabaId: string) => Promise<boolean>;
  readonly secrets: Secrets;
  readonly clock: Clock;
}

export interface SandboxOptions {
  /** How many test phones (default 5). */
  readonly phones?: number;
  /** The business number to create when there is none yet (default: the first free 555-01xx). */
  readonly number?: string;
  /** Verified with the GET handshake, then set as the app's callback for `messages`. */
  readonly webhookUrl?: string;
  /** Told each step, for people watching. */
  readonly onStep?: (step: string) => void;
}

export interface SandboxTestPhone {
  readonly name: string;
  readonly phone: string;
  readonly accountId: string;
  /** Shown once: signs the phone in without a code until the sandbox runs again. */
  readonly loginToken: string;
}

export interface Sandbox {
  readonly portfolio: Portfolio;
  readonly waba: Waba;
  readonly number: PlatformNumber;
  readonly app: App;
  readonly verifyToken: string;
  /** A fresh system-user token; the sandbox's earlier tokens are revoked. */
  readonly accessToken: string;
  readonly testPhones: readonly SandboxTestPhone[];
}

/**
 * `parley sandbox`: a business ready to try the Cloud API against, as Meta's getting-started
 * gives one. Idempotent by name; secrets that are stored hashed (the token, login links) are
 * issued anew on each run.
 */
export function createSandboxService(deps: SandboxDeps) {
  const { platform, clock } = deps;
  const hashLoginToken = (token: string) => deps.secrets.hash(`test-phone:${token}`);

  /** The first `count` sandbox numbers that no account has. */
  async function freeNumbers(count: number): Promise<string[]> {
    const base = Number(SANDBOX_FIRST_NUMBER.slice(-4));
    const prefix = SANDBOX_FIRST_NUMBER.slice(0, -4);
    const free: string[] = [];
    for (let at = base; free.length < count && at <= LAST_CANDIDATE; at += 50) {
      const batch = Array.from({ length: 50 }, (_, i) => `${prefix}${String(at + i).padStart(4, '0')}`);
      const taken = await deps.accountIdsByPhone(batch);
      free.push(...batch.filter((phone) => !taken.has(phone)));
    }
    if (free.length < count) {
      throw new DomainError('limit_exceeded', 'No free sandbox numbers are left in the 555-01xx range');
    }
    return free.slice(0, count);
  }

  async function portfolioNamed(name: string, step: (text: string) => void): Promise<Portfolio> {
    const found = await platform.findPortfolioByName(name);
    if (found !== undefined) return found;
    const created = await platform.createPortfolio(name);
    step(`Created the business portfolio "${name}" (${created.id})`);
    return created;
  }

  async function wabaNamed(portfolio: Portfolio, step: (text: string) => void): Promise<Waba> {
    const found = (await platform.listWabas(portfolio.id)).find((w) => w.name === SANDBOX_NAMES.waba);
    if (found !== undefined) return found;
    const created = await platform.createWaba(portfolio.id, SANDBOX_NAMES.waba);
    step(`Created the WhatsApp Business Account "${SANDBOX_NAMES.waba}" (${created.id})`);
    return created;
  }

  async function businessNumber(
    waba: Waba,
    requested: string | undefined,
    step: (text: string) => void,
  ): Promise<PlatformNumber> {
    let number = (await platform.listNumbers(waba.id, { limit: 1 }))[0];
    if (number === undefined) {
      if (requested !== undefined && (await deps.accountIdsByPhone([requested])).has(requested)) {
        throw new DomainError('conflict', `${requested} already has an account on Parley`);
      }
      const phone = requested ?? (await freeNumbers(1))[0]!;
      number = await platform.addNumber(waba.id, phone, SANDBOX_NAMES.verifiedName);
      step(`Added the number ${number.phone} as "${number.verifiedName}" (${number.id})`);
    }
    // A sandbox number is ready to send, even after someone deregistered it through the API.
    if (number.registeredAt === null) {
      number = await platform.updateNumber(number.id, { registeredAt: clock.now() });
      step(`Registered ${number.phone}`);
    }
    return number;
  }

  async function sandboxApp(portfolio: Portfolio, waba: Waba, step: (text: string) => void): Promise<App> {
    let app = await platform.findAppByName(portfolio.id, SANDBOX_NAMES.app);
    if (app === undefined) {
      app = await platform.createApp(portfolio.id, SANDBOX_NAMES.app);
      step(`Created the app "${SANDBOX_NAMES.app}" (${app.id})`);
    }
    if (app.verifyToken === null) {
      app = (await deps.platformRepository.updateApp(app.id, { verifyToken: deps.secrets.randomToken(18) }))!;
    }
    // Subscribing again would drop an override callback set through the API since.
    const subscribed = await platform.subscriptions(waba.id);
    if (!subscribed.some((s) => s.appId === app.id)) {
      await platform.subscribeApp(waba.id, app.id);
      step(`Subscribed the app to the WABA`);
    }
    return app;
  }

  async function testPhones(portfolio: Portfolio, count: number, step: (text: string) => void) {
    const existing = new Map((await deps.testPhones.list(portfolio.id)).map((p) => [p.name, p]));
    const names = Array.from({ length: count }, (_, i) => SANDBOX_NAMES.testPhone(i + 1));
    const missing = names.filter((name) => !existing.has(name));
    const numbers = missing.length === 0 ? [] : await freeNumbers(missing.length);
    const phones: TestPhone[] = [];
    for (const name of names) {
      let testPhone = existing.get(name);
      if (testPhone === undefined) {
        const phone = numbers.shift()!;
        const accountId = await deps.createPersonalAccount(phone, name);
        testPhone = {
          accountId,
          portfolioId: portfolio.id,
          name,
          phone,
          // A placeholder nobody holds the token of; the real link is issued below.
          loginTokenHash: hashLoginToken(deps.secrets.randomToken(32)),
          createdAt: clock.now(),
        };
        await deps.testPhones.create(testPhone);
        step(`Created ${name} (${phone})`);
      }
      phones.push(testPhone);
    }
    return phones;
  }

  return {
    async provision(options: SandboxOptions = {}): Promise<Sandbox> {
      const step = options.onStep ?? (() => undefined);
      const count = options.phones ?? 5;
      if (!Number.isInteger(count) || count < 0 || count > MAX_TEST_PHONES) {
        throw new DomainError('invalid_argument', `The sandbox has 0 to ${MAX_TEST_PHONES} test phones`);
      }
      const portfolio = await portfolioNamed(SANDBOX_NAMES.portfolio, step);
      const waba = await wabaNamed(portfolio, step);
      const number = await businessNumber(waba, options.number, step);
      if (await deps.ensureSampleTemplate(waba.id)) step('Added the approved sample template "hello_world"');
      let app = await sandboxApp(portfolio, waba, step);
      const phones = await testPhones(portfolio, count, step);
      const verifyToken = app.verifyToken!;

      // Before any secret is replaced: a refused callback leaves the previous token working.
      if (options.webhookUrl !== undefined) {
        const verified = await deps.verifyCallback(options.webhookUrl, verifyToken);
        if (!verified.ok) {
          throw new DomainError(
            'invalid_argument',
            `${options.webhookUrl} did not verify: ${verified.reason}`,
          );
        }
        app = await platform.setWebhook(app.id, {
          callbackUrl: options.webhookUrl,
          verifyToken,
          fields: SANDBOX_WEBHOOK_FIELDS,
        });
        step(`Verified ${options.webhookUrl} and set it as the app's callback URL`);
      }

      let user = await platform.findSystemUserByName(portfolio.id, SANDBOX_NAMES.systemUser);
      user ??= await platform.createSystemUser(portfolio.id, SANDBOX_NAMES.systemUser);
      // A token is shown once; one live sandbox token at a time, so earlier copies stop working.
      for (const old of await deps.platformRepository.listTokens(portfolio.id, user.id)) {
        if (old.revokedAt === null) await platform.revokeToken(portfolio.id, old.id);
      }
      const { token } = await platform.issueToken(user, { permissions: PERMISSIONS, wabaIds: [waba.id] });
      step(`Issued a system-user access token (earlier sandbox tokens are revoked)`);

      const testPhoneLogins: SandboxTestPhone[] = [];
      for (const testPhone of phones) {
        const loginToken = deps.secrets.randomToken(32);
        await deps.testPhones.setLoginTokenHash(testPhone.accountId, hashLoginToken(loginToken));
        testPhoneLogins.push({ ...testPhone, loginToken });
      }
      if (phones.length > 0)
        step(`Issued login links for ${phones.length} test phones (earlier links stop working)`);

      return { portfolio, waba, number, app, verifyToken, accessToken: token, testPhones: testPhoneLogins };
    },

    /** Exchanges a test phone's login link for a new signed-in device. */
    async signInTestPhone(
      loginToken: string,
      device: { name?: string; platform?: string } = {},
    ): Promise<CodeLogin> {
      const testPhone = await deps.testPhones.findByLoginTokenHash(hashLoginToken(loginToken));
      if (testPhone === undefined) {
        throw new DomainError(
          'unauthenticated',
          'This login link is unknown or was replaced: run the sandbox again for a new one',
        );
      }
      return deps.signIn(testPhone.accountId, device.name ?? 'Test phone', device.platform ?? 'unknown');
    },
  };
}

export type SandboxService = ReturnType<typeof createSandboxService>;
