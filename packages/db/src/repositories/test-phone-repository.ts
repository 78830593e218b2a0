import type { TestPhone, TestPhoneRepository } from '@parley/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, SandboxTestPhonesTable } from '../schema.js';

const fromRow = (row: Selectable<SandboxTestPhonesTable>): TestPhone => ({
  accountId: row.account_id,
  portfolioId: row.portfolio_id,
  name: row.name,
  phone: row.phone,
  loginTokenHash: row.login_token_hash,
  createdAt: row.created_at,
});

export class SqlTestPhoneRepository implements TestPhoneRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(portfolioId: string): Promise<TestPhone[]> {
    const rows = await this.db
      .selectFrom('sandbox_test_phones')
      .selectAll()
      .where('portfolio_id', '=', portfolioId)
      .orderBy('created_at')
      .orderBy('account_id')
      .execute();
    return rows.map(fromRow);
  }

  async create(testPhone: TestPhone): Promise<void> {
    await this.db
      .insertInto('sandbox_test_phones')
      .values({
        account_id: testPhone.accountId,
        portfolio_id: testPhone.portfolioId,
        name: testPhone.name,
        phone: testPhone.phone,
        login_token_hash: testPhone.loginTokenHash,
        created_at: testPhone.createdAt,
      })
      .execute();
  }

  async setLoginTokenHash(accountId: string, loginTokenHash: string): Promise<void> {
    await this.db
      .updateTable('sandbox_test_phones')
      .set({ login_token_hash: loginTokenHash })
      .where('account_id', '=', accountId)
      .execute();
  }

  async findByLoginTokenHash(loginTokenHash: string): Promise<TestPhone | undefined> {
    const row = await this.db
      .selectFrom('sandbox_test_phones')
      .selectAll()
      .where('login_token_hash', '=', loginTokenHash)
      .executeTakeFirst();
    return row && fromRow(row);
  }
}
