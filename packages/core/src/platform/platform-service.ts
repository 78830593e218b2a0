import { DomainError } from '../shared/errors.js';
import type { Clock, Secrets } from '../shared/ports.js';
import type { GraphIds } from './graph-ids.js';
import { PlatformError, unknownObject } from './platform-error.js';
import type {
  AccessToken,
  App,
  GraphPrincipal,
  Permission,
  PlatformNumber,
  Portfolio,
  SystemUser,
  Waba,
} from './platform.js';
import type { NumberChange, PageRequest, PlatformRepository } from './ports.js';

export interface PlatformDeps {
  readonly repository: PlatformRepository;
  readonly graphIds: GraphIds;
  readonly secrets: Secrets;
  readonly clock: Clock;
  /** Creates the network account of a new platform number and resolves with its id. */
  readonly createNumberAccount: (phone: string, verifiedName: string) => Promise<string>;
  /** Persists the webhook of a WABA disabled or reinstated; the operator's call waits for it. */
  readonly onWabaStandingChange: (change: WabaStandingChange) => Promise<void>;
}

export interface WabaStandingChange {
  readonly wabaId: string;
  readonly disabled: boolean;
  readonly at: number;
}

/**
 * The webhook fields an app receives. An app that never named any (subscribed only through a
 * WABA's `subscribed_apps`) gets `messages`, what the Cloud API's default subscription carries.
 */
export const subscribedFields = (app: Pick<App, 'fields'>): readonly string[] =>
  app.fields.length === 0 ? ['messages'] : app.fields;

/** Numbers a WABA may hold by default (contract: up to 25). */
export const NUMBERS_PER_WABA = 25;
/** How long a token stays trusted without a lookup; a revocation on another node takes this long. */
export const TOKEN_CACHE_MS = 10_000;

export function createPlatformService(deps: PlatformDeps) {
  const { repository, clock } = deps;
  // Keyed by the token itself: hashing it first would cost a sha256 on every request.
  const principals = new Map<string, { principal: GraphPrincipal; until: number }>();
  const numbers = new Map<string, PlatformNumber>();
  const numbersByAccount = new Map<string, PlatformNumber | null>();
  // Whether each WABA is disabled, looked up again after TOKEN_CACHE_MS so that the operator's
  // decision on another node reaches this one as fast as a token revocation does.
  const disabledWabas = new Map<string, { disabled: boolean; until: number }>();

  const hashToken = (token: string) => deps.secrets.hash(`graph-token:${token}`);

  function remember(number: PlatformNumber): PlatformNumber {
    numbers.set(number.id, number);
    numbersByAccount.set(number.accountId, number);
    return number;
  }

  async function number(id: string): Promise<PlatformNumber | undefined> {
    const cached = numbers.get(id);
    if (cached !== undefined) return cached;
    const found = await repository.getNumber(id);
    return found === undefined ? undefined : remember(found);
  }

  async function isDisabled(wabaId: string): Promise<boolean> {
    const now = clock.now();
    const cached = disabledWabas.get(wabaId);
    if (cached !== undefined && cached.until > now) return cached.disabled;
    const disabled = ((await repository.getWaba(wabaId))?.disabledAt ?? null) !== null;
    disabledWabas.set(wabaId, { disabled, until: now + TOKEN_CACHE_MS });
    return disabled;
  }

  /** Tenancy first, then the grant: a foreign id looks exactly like an unknown one. */
  function assertGrant(principal: GraphPrincipal, id: string, wabaId: string, permission: Permission) {
    if (!principal.wabaIds.includes(wabaId)) throw unknownObject(id);
    if (!principal.permissions.includes(permission)) {
      throw new PlatformError(200, `This token lacks the ${permission} permission`);
    }
  }

  return {
    async createPortfolio(name: string): Promise<Portfolio> {
      const portfolio = { id: deps.graphIds.next('portfolio'), name, createdAt: clock.now() };
      await repository.createPortfolio(portfolio);
      return portfolio;
    },
    findPortfolioByName: (name: string) => repository.findPortfolioByName(name),

    async createWaba(portfolioId: string, name: string, timezoneId = 'UTC'): Promise<Waba> {
      const waba: Waba = {
        id: deps.graphIds.next('waba'),
        portfolioId,
        name,
        timezoneId,
        namespace: deps.secrets
          .randomToken(12)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '_'),
        createdAt: clock.now(),
        disabledAt: null,
      };
      await repository.createWaba(waba);
      return waba;
    },
    listWabas: (portfolioId: string) => repository.listWabas(portfolioId),

    /** Puts a number on the platform: a new network account that the WABA speaks for. */
    async addNumber(wabaId: string, phone: string, verifiedName: string): Promise<PlatformNumber> {
      const waba = await repository.getWaba(wabaId);
      if (waba === undefined) throw unknownObject(wabaId);
      if ((await repository.countNumbers(wabaId)) >= NUMBERS_PER_WABA) {
        throw new DomainError(
          'limit_exceeded',
          `A WhatsApp Business Account holds at most ${NUMBERS_PER_WABA} numbers`,
        );
      }
      const accountId = await deps.createNumberAccount(phone, verifiedName);
      const created: PlatformNumber = {
        id: deps.graphIds.next('phone_number'),
        wabaId,
        portfolioId: waba.portfolioId,
        accountId,
        phone,
        verifiedName,
        nameStatus: 'APPROVED',
        qualityRating: 'GREEN',
        messagingLimit: 'TIER_250',
        throughputLevel: 'STANDARD',
        status: 'CONNECTED',
        registeredAt: null,
        pinHash: null,
        createdAt: clock.now(),
      };
      await repository.createNumber(created);
      return remember(created);
    },

    async updateNumber(id: string, change: NumberChange): Promise<PlatformNumber> {
      const updated = await repository.updateNumber(id, change);
      if (updated === undefined) throw unknownObject(id);
      return remember(updated);
    },

    /** The platform number an account is, if it is one; cached, since every send asks. */
    async numberOfAccount(accountId: string): Promise<PlatformNumber | undefined> {
      const cached = numbersByAccount.get(accountId);
      if (cached !== undefined) return cached ?? undefined;
      const found = await repository.numberOfAccount(accountId);
      if (found === undefined) {
        numbersByAccount.set(accountId, null);
        return undefined;
      }
      return remember(found);
    },

    listNumbers: (wabaId: string, page: PageRequest) => repository.listNumbers(wabaId, page),

    async createApp(portfolioId: string, name: string): Promise<App> {
      const app: App = {
        id: deps.graphIds.next('app'),
        portfolioId,
        name,
        secret: deps.secrets.randomToken(24),
        callbackUrl: null,
        verifyToken: null,
        fields: [],
        createdAt: clock.now(),
      };
      await repository.createApp(app);
      return app;
    },
    findAppByName: (portfolioId: string, name: string) => repository.findAppByName(portfolioId, name),

    /** Sets where the app's webhooks go; the edge has already done the verification handshake. */
    async setWebhook(
      appId: string,
      webhook: { callbackUrl: string; verifyToken: string; fields: readonly string[] },
    ): Promise<App> {
      const updated = await repository.updateApp(appId, webhook);
      if (updated === undefined) throw unknownObject(appId);
      return updated;
    },

    /** Stops the app's own webhooks; WABAs that subscribed it with an override keep theirs. */
    async clearWebhook(appId: string): Promise<App> {
      const updated = await repository.updateApp(appId, { callbackUrl: null, verifyToken: null, fields: [] });
      if (updated === undefined) throw unknownObject(appId);
      return updated;
    },
    listApps: (portfolioId: string) => repository.listApps(portfolioId),

    async createSystemUser(portfolioId: string, name: string): Promise<SystemUser> {
      const user = { id: deps.graphIds.next('system_user'), portfolioId, name, createdAt: clock.now() };
      await repository.createSystemUser(user);
      return user;
    },
    findSystemUserByName: (portfolioId: string, name: string) =>
      repository.findSystemUserByName(portfolioId, name),

    /** Issues a token; it is returned once and only its hash is stored. */
    async issueToken(
      user: SystemUser,
      grant: { permissions: readonly Permission[]; wabaIds: readonly string[]; expiresAt?: number },
    ): Promise<{ token: string; accessToken: AccessToken }> {
      const token = `EAA${deps.secrets.randomToken(48)}`;
      const accessToken: AccessToken = {
        id: deps.graphIds.next('token'),
        systemUserId: user.id,
        portfolioId: user.portfolioId,
        tokenHash: hashToken(token),
        permissions: [...grant.permissions],
        wabaIds: [...grant.wabaIds],
        createdAt: clock.now(),
        expiresAt: grant.expiresAt ?? null,
        revokedAt: null,
      };
      await repository.createToken(accessToken);
      return { token, accessToken };
    },

    async revokeToken(portfolioId: string, tokenId: string): Promise<void> {
      if (!(await repository.revokeToken(portfolioId, tokenId, clock.now()))) throw unknownObject(tokenId);
      for (const [token, entry] of principals) {
        if (entry.principal.tokenId === tokenId) principals.delete(token);
      }
    },

    /** The caller behind a token; refuses unknown, revoked and expired tokens with 190. */
    async authenticate(token: string): Promise<GraphPrincipal> {
      const now = clock.now();
      const cached = principals.get(token);
      if (cached !== undefined && cached.until > now) return cached.principal;
      const found = await repository.tokenByHash(hashToken(token));
      if (found === undefined || found.revokedAt !== null) {
        throw new PlatformError(190, 'The access token could not be decrypted or has been revoked');
      }
      if (found.expiresAt !== null && found.expiresAt <= now) {
        throw new PlatformError(190, 'The access token has expired', { subcode: 463 });
      }
      const principal: GraphPrincipal = {
        tokenId: found.id,
        portfolioId: found.portfolioId,
        systemUserId: found.systemUserId,
        permissions: found.permissions,
        wabaIds: found.wabaIds,
      };
      const until = Math.min(now + TOKEN_CACHE_MS, found.expiresAt ?? Number.POSITIVE_INFINITY);
      principals.set(token, { principal, until });
      return principal;
    },

    /** The caller's number, or 100/33 for an unknown or foreign id, or 200 without the grant. */
    async accessNumber(
      principal: GraphPrincipal,
      id: string,
      permission: Permission,
    ): Promise<PlatformNumber> {
      const found = await number(id);
      if (found === undefined) throw unknownObject(id);
      assertGrant(principal, id, found.wabaId, permission);
      return found;
    },

    /** A disabled WABA's numbers send nothing (131031) until the operator reinstates it. */
    async assertMaySend(number: PlatformNumber): Promise<void> {
      if (await isDisabled(number.wabaId)) {
        throw new PlatformError(131031, 'This number’s WhatsApp Business Account is disabled');
      }
    },

    /**
     * The operator's lever over a WABA: disabled, or reinstated. A change reaches the business as
     * an `account_update` webhook; setting what already holds changes nothing and sends none.
     */
    async setWabaDisabled(id: string, disabled: boolean): Promise<Waba> {
      const waba = await repository.getWaba(id);
      if (waba === undefined) throw new DomainError('not_found', `No WABA has the id ${id}`);
      if ((waba.disabledAt !== null) === disabled) return waba;
      const at = clock.now();
      const disabledAt = disabled ? at : null;
      await repository.setWabaDisabledAt(id, disabledAt);
      disabledWabas.set(id, { disabled, until: at + TOKEN_CACHE_MS });
      await deps.onWabaStandingChange({ wabaId: id, disabled, at });
      return { ...waba, disabledAt };
    },

    async accessWaba(principal: GraphPrincipal, id: string, permission: Permission): Promise<Waba> {
      if (!principal.wabaIds.includes(id)) throw unknownObject(id);
      const found = await repository.getWaba(id);
      if (found === undefined) throw unknownObject(id);
      assertGrant(principal, id, found.id, permission);
      return found;
    },

    /** Apps belong to the portfolio; managing them needs the management grant. */
    async accessApp(principal: GraphPrincipal, id: string): Promise<App> {
      const found = await repository.getApp(id);
      if (found === undefined || found.portfolioId !== principal.portfolioId) throw unknownObject(id);
      if (!principal.permissions.includes('whatsapp_business_management')) {
        throw new PlatformError(200, 'This token lacks the whatsapp_business_management permission');
      }
      return found;
    },

    /** Checks a WABA-owned object (template, media) once its WABA is known. */
    assertGrant,

    async subscribeApp(
      wabaId: string,
      appId: string,
      overrideCallbackUri: string | null = null,
    ): Promise<void> {
      await repository.subscribe({ wabaId, appId, overrideCallbackUri, createdAt: clock.now() });
    },
    unsubscribeApp: (wabaId: string, appId: string) => repository.unsubscribe(wabaId, appId),
    subscriptions: (wabaId: string) => repository.subscriptions(wabaId),
    getApp: (id: string) => repository.getApp(id),

    /**
     * Where the WABA's webhooks go: each subscribed app, at its override or its own callback.
     * Given a `field`, only apps that subscribed to it (`subscribedFields`).
     */
    async endpointsFor(
      wabaId: string,
      field?: string,
    ): Promise<Array<{ appId: string; url: string; secret: string }>> {
      const endpoints: Array<{ appId: string; url: string; secret: string }> = [];
      for (const subscription of await repository.subscriptions(wabaId)) {
        const app = await repository.getApp(subscription.appId);
        if (app === undefined || (field !== undefined && !subscribedFields(app).includes(field))) continue;
        const url = subscription.overrideCallbackUri ?? app.callbackUrl ?? null;
        if (url !== null) endpoints.push({ appId: app.id, url, secret: app.secret });
      }
      return endpoints;
    },
  };
}

export type PlatformService = ReturnType<typeof createPlatformService>;
