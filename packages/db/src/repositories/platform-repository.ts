import type {
  AccessToken,
  App,
  AppChange,
  AppSubscription,
  NumberChange,
  PageRequest,
  Permission,
  PlatformNumber,
  PlatformRepository,
  Portfolio,
  SystemUser,
  Waba,
} from '@parley/core';
import type { Kysely, Selectable } from 'kysely';
import type {
  AccessTokensTable,
  Database,
  PlatformAppsTable,
  PlatformNumbersTable,
  WabasTable,
} from '../schema.js';

const wabaFromRow = (row: Selectable<WabasTable>): Waba => ({
  id: row.id,
  portfolioId: row.portfolio_id,
  name: row.name,
  timezoneId: row.timezone_id,
  namespace: row.namespace,
  createdAt: row.created_at,
  disabledAt: row.disabled_at,
});

const numberFromRow = (row: Selectable<PlatformNumbersTable>): PlatformNumber => ({
  id: row.id,
  wabaId: row.waba_id,
  portfolioId: row.portfolio_id,
  accountId: row.account_id,
  phone: row.phone,
  verifiedName: row.verified_name,
  nameStatus: row.name_status as PlatformNumber['nameStatus'],
  qualityRating: row.quality_rating as PlatformNumber['qualityRating'],
  messagingLimit: row.messaging_limit as PlatformNumber['messagingLimit'],
  throughputLevel: row.throughput_level as PlatformNumber['throughputLevel'],
  status: row.status as PlatformNumber['status'],
  registeredAt: row.registered_at,
  pinHash: row.pin_hash,
  createdAt: row.created_at,
});

const numberChangeToRow = (change: NumberChange): Partial<PlatformNumbersTable> => ({
  ...(change.verifiedName !== undefined && { verified_name: change.verifiedName }),
  ...(change.nameStatus !== undefined && { name_status: change.nameStatus }),
  ...(change.qualityRating !== undefined && { quality_rating: change.qualityRating }),
  ...(change.messagingLimit !== undefined && { messaging_limit: change.messagingLimit }),
  ...(change.throughputLevel !== undefined && { throughput_level: change.throughputLevel }),
  ...(change.status !== undefined && { status: change.status }),
  ...(change.registeredAt !== undefined && { registered_at: change.registeredAt }),
  ...(change.pinHash !== undefined && { pin_hash: change.pinHash }),
});

const appFromRow = (row: Selectable<PlatformAppsTable>): App => ({
  id: row.id,
  portfolioId: row.portfolio_id,
  name: row.name,
  secret: row.secret,
  callbackUrl: row.callback_url,
  verifyToken: row.verify_token,
  fields: JSON.parse(row.fields) as string[],
  createdAt: row.created_at,
});

const tokenFromRow = (row: Selectable<AccessTokensTable>): AccessToken => ({
  id: row.id,
  systemUserId: row.system_user_id,
  portfolioId: row.portfolio_id,
  tokenHash: row.token_hash,
  permissions: JSON.parse(row.permissions) as Permission[],
  wabaIds: JSON.parse(row.waba_ids) as string[],
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
});

export class SqlPlatformRepository implements PlatformRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async createPortfolio(portfolio: Portfolio): Promise<void> {
    await this.db
      .insertInto('portfolios')
      .values({ id: portfolio.id, name: portfolio.name, created_at: portfolio.createdAt })
      .execute();
  }

  async getPortfolio(id: string): Promise<Portfolio | undefined> {
    const row = await this.db.selectFrom('portfolios').selectAll().where('id', '=', id).executeTakeFirst();
    return row && { id: row.id, name: row.name, createdAt: row.created_at };
  }

  async findPortfolioByName(name: string): Promise<Portfolio | undefined> {
    const row = await this.db
      .selectFrom('portfolios')
      .selectAll()
      .where('name', '=', name)
      .orderBy('created_at')
      .executeTakeFirst();
    return row && { id: row.id, name: row.name, createdAt: row.created_at };
  }

  async createWaba(waba: Waba): Promise<void> {
    await this.db
      .insertInto('wabas')
      .values({
        id: waba.id,
        portfolio_id: waba.portfolioId,
        name: waba.name,
        timezone_id: waba.timezoneId,
        namespace: waba.namespace,
        created_at: waba.createdAt,
        disabled_at: waba.disabledAt,
      })
      .execute();
  }

  async getWaba(id: string): Promise<Waba | undefined> {
    const row = await this.db.selectFrom('wabas').selectAll().where('id', '=', id).executeTakeFirst();
    return row && wabaFromRow(row);
  }

  async setWabaDisabledAt(id: string, disabledAt: number | null): Promise<void> {
    await this.db.updateTable('wabas').set({ disabled_at: disabledAt }).where('id', '=', id).execute();
  }

  async listWabas(portfolioId: string): Promise<Waba[]> {
    const rows = await this.db
      .selectFrom('wabas')
      .selectAll()
      .where('portfolio_id', '=', portfolioId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(wabaFromRow);
  }

  async createNumber(number: PlatformNumber): Promise<void> {
    await this.db
      .insertInto('platform_numbers')
      .values({
        id: number.id,
        waba_id: number.wabaId,
        portfolio_id: number.portfolioId,
        account_id: number.accountId,
        phone: number.phone,
        verified_name: number.verifiedName,
        name_status: number.nameStatus,
        quality_rating: number.qualityRating,
        messaging_limit: number.messagingLimit,
        throughput_level: number.throughputLevel,
        status: number.status,
        registered_at: number.registeredAt,
        pin_hash: number.pinHash,
        created_at: number.createdAt,
      })
      .execute();
  }

  async getNumber(id: string): Promise<PlatformNumber | undefined> {
    const row = await this.db
      .selectFrom('platform_numbers')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && numberFromRow(row);
  }

  async numberOfAccount(accountId: string): Promise<PlatformNumber | undefined> {
    const row = await this.db
      .selectFrom('platform_numbers')
      .selectAll()
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return row && numberFromRow(row);
  }

  async listNumbers(wabaId: string, page: PageRequest): Promise<PlatformNumber[]> {
    let query = this.db.selectFrom('platform_numbers').selectAll().where('waba_id', '=', wabaId);
    if (page.after !== undefined) {
      const [at, id] = page.after.split('.');
      const createdAt = Number(at);
      if (!Number.isSafeInteger(createdAt) || id === undefined) return [];
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '>', createdAt),
          eb.and([eb('created_at', '=', createdAt), eb('id', '>', id)]),
        ]),
      );
    }
    const rows = await query
      .orderBy('created_at')
      .orderBy('id')
      .limit(page.limit + 1)
      .execute();
    return rows.map(numberFromRow);
  }

  async countNumbers(wabaId: string): Promise<number> {
    const row = await this.db
      .selectFrom('platform_numbers')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('waba_id', '=', wabaId)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async updateNumber(id: string, change: NumberChange): Promise<PlatformNumber | undefined> {
    const values = numberChangeToRow(change);
    if (Object.keys(values).length > 0) {
      await this.db.updateTable('platform_numbers').set(values).where('id', '=', id).execute();
    }
    return this.getNumber(id);
  }

  async createApp(app: App): Promise<void> {
    await this.db
      .insertInto('platform_apps')
      .values({
        id: app.id,
        portfolio_id: app.portfolioId,
        name: app.name,
        secret: app.secret,
        callback_url: app.callbackUrl,
        verify_token: app.verifyToken,
        fields: JSON.stringify(app.fields),
        created_at: app.createdAt,
      })
      .execute();
  }

  async getApp(id: string): Promise<App | undefined> {
    const row = await this.db.selectFrom('platform_apps').selectAll().where('id', '=', id).executeTakeFirst();
    return row && appFromRow(row);
  }

  async findAppByName(portfolioId: string, name: string): Promise<App | undefined> {
    const row = await this.db
      .selectFrom('platform_apps')
      .selectAll()
      .where('portfolio_id', '=', portfolioId)
      .where('name', '=', name)
      .orderBy('created_at')
      .executeTakeFirst();
    return row && appFromRow(row);
  }

  async listApps(portfolioId: string): Promise<App[]> {
    const rows = await this.db
      .selectFrom('platform_apps')
      .selectAll()
      .where('portfolio_id', '=', portfolioId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(appFromRow);
  }

  async updateApp(id: string, change: AppChange): Promise<App | undefined> {
    const values: Partial<PlatformAppsTable> = {
      ...(change.name !== undefined && { name: change.name }),
      ...(change.callbackUrl !== undefined && { callback_url: change.callbackUrl }),
      ...(change.verifyToken !== undefined && { verify_token: change.verifyToken }),
      ...(change.fields !== undefined && { fields: JSON.stringify(change.fields) }),
    };
    if (Object.keys(values).length > 0) {
      await this.db.updateTable('platform_apps').set(values).where('id', '=', id).execute();
    }
    return this.getApp(id);
  }

  async createSystemUser(user: SystemUser): Promise<void> {
    await this.db
      .insertInto('system_users')
      .values({ id: user.id, portfolio_id: user.portfolioId, name: user.name, created_at: user.createdAt })
      .execute();
  }

  async getSystemUser(id: string): Promise<SystemUser | undefined> {
    const row = await this.db.selectFrom('system_users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && { id: row.id, portfolioId: row.portfolio_id, name: row.name, createdAt: row.created_at };
  }

  async findSystemUserByName(portfolioId: string, name: string): Promise<SystemUser | undefined> {
    const row = await this.db
      .selectFrom('system_users')
      .selectAll()
      .where('portfolio_id', '=', portfolioId)
      .where('name', '=', name)
      .orderBy('created_at')
      .executeTakeFirst();
    return row && { id: row.id, portfolioId: row.portfolio_id, name: row.name, createdAt: row.created_at };
  }

  async createToken(token: AccessToken): Promise<void> {
    await this.db
      .insertInto('access_tokens')
      .values({
        id: token.id,
        system_user_id: token.systemUserId,
        portfolio_id: token.portfolioId,
        token_hash: token.tokenHash,
        permissions: JSON.stringify(token.permissions),
        waba_ids: JSON.stringify(token.wabaIds),
        created_at: token.createdAt,
        expires_at: token.expiresAt,
        revoked_at: token.revokedAt,
      })
      .execute();
  }

  async tokenByHash(tokenHash: string): Promise<AccessToken | undefined> {
    const row = await this.db
      .selectFrom('access_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row && tokenFromRow(row);
  }

  async listTokens(portfolioId: string, systemUserId: string): Promise<AccessToken[]> {
    const rows = await this.db
      .selectFrom('access_tokens')
      .selectAll()
      .where('portfolio_id', '=', portfolioId)
      .where('system_user_id', '=', systemUserId)
      .orderBy('created_at')
      .execute();
    return rows.map(tokenFromRow);
  }

  async revokeToken(portfolioId: string, tokenId: string, at: number): Promise<boolean> {
    const result = await this.db
      .updateTable('access_tokens')
      .set({ revoked_at: at })
      .where('portfolio_id', '=', portfolioId)
      .where('id', '=', tokenId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async subscribe(subscription: AppSubscription): Promise<void> {
    await this.db
      .insertInto('waba_subscribed_apps')
      .values({
        waba_id: subscription.wabaId,
        app_id: subscription.appId,
        override_callback_uri: subscription.overrideCallbackUri,
        created_at: subscription.createdAt,
      })
      .onConflict((oc) =>
        oc
          .columns(['waba_id', 'app_id'])
          .doUpdateSet({ override_callback_uri: subscription.overrideCallbackUri }),
      )
      .execute();
  }

  async unsubscribe(wabaId: string, appId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('waba_subscribed_apps')
      .where('waba_id', '=', wabaId)
      .where('app_id', '=', appId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async subscriptions(wabaId: string): Promise<AppSubscription[]> {
    const rows = await this.db
      .selectFrom('waba_subscribed_apps')
      .selectAll()
      .where('waba_id', '=', wabaId)
      .orderBy('created_at')
      .execute();
    return rows.map((row) => ({
      wabaId: row.waba_id,
      appId: row.app_id,
      overrideCallbackUri: row.override_callback_uri,
      createdAt: row.created_at,
    }));
  }
}
