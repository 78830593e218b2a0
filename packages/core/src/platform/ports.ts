import type {
  AccessToken,
  App,
  AppSubscription,
  PlatformNumber,
  Portfolio,
  SystemUser,
  Waba,
} from './platform.js';

export type NumberChange = Partial<
  Pick<
    PlatformNumber,
    | 'verifiedName'
    | 'nameStatus'
    | 'qualityRating'
    | 'messagingLimit'
    | 'throughputLevel'
    | 'status'
    | 'registeredAt'
    | 'pinHash'
  >
>;
export type AppChange = Partial<Pick<App, 'name' | 'callbackUrl' | 'verifyToken' | 'fields'>>;

/** Numbers page by creation time, then id; the cursor holds both, so equal times still page. */
export const numberCursor = (number: PlatformNumber) => `${number.createdAt}.${number.id}`;

/** A page of a list, oldest first, after an opaque cursor. */
export interface PageRequest {
  readonly limit: number;
  readonly after?: string;
}

/**
 * Storage of the platform's tenants and their assets. Lookups by id alone exist for the Graph's
 * `/{id}` routes; the platform service checks the caller's portfolio on every one of them.
 */
export interface PlatformRepository {
  createPortfolio(portfolio: Portfolio): Promise<void>;
  getPortfolio(id: string): Promise<Portfolio | undefined>;
  findPortfolioByName(name: string): Promise<Portfolio | undefined>;

  createWaba(waba: Waba): Promise<void>;
  getWaba(id: string): Promise<Waba | undefined>;
  listWabas(portfolioId: string): Promise<Waba[]>;
  setWabaDisabledAt(id: string, disabledAt: number | null): Promise<void>;

  createNumber(number: PlatformNumber): Promise<void>;
  getNumber(id: string): Promise<PlatformNumber | undefined>;
  numberOfAccount(accountId: string): Promise<PlatformNumber | undefined>;
  /** The WABA's numbers in creation order, `limit` + 1 to tell whether more follow. */
  listNumbers(wabaId: string, page: PageRequest): Promise<PlatformNumber[]>;
  countNumbers(wabaId: string): Promise<number>;
  updateNumber(id: string, change: NumberChange): Promise<PlatformNumber | undefined>;

  createApp(app: App): Promise<void>;
  getApp(id: string): Promise<App | undefined>;
  findAppByName(portfolioId: string, name: string): Promise<App | undefined>;
  /** The portfolio's apps, oldest first. */
  listApps(portfolioId: string): Promise<App[]>;
  updateApp(id: string, change: AppChange): Promise<App | undefined>;

  createSystemUser(user: SystemUser): Promise<void>;
  getSystemUser(id: string): Promise<SystemUser | undefined>;
  findSystemUserByName(portfolioId: string, name: string): Promise<SystemUser | undefined>;

  createToken(token: AccessToken): Promise<void>;
  tokenByHash(tokenHash: string): Promise<AccessToken | undefined>;
  listTokens(portfolioId: string, systemUserId: string): Promise<AccessToken[]>;
  revokeToken(portfolioId: string, tokenId: string, at: number): Promise<boolean>;

  /** Adds or replaces the WABA's subscription of the app. */
  subscribe(subscription: AppSubscription): Promise<void>;
  unsubscribe(wabaId: string, appId: string): Promise<boolean>;
  subscriptions(wabaId: string): Promise<AppSubscription[]>;
}
