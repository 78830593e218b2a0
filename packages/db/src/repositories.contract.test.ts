import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import type { Kysely } from 'kysely';
import { accountsContract } from './contract/accounts.contract.js';
import { autoRepliesContract } from './contract/auto-replies.contract.js';
import { broadcastsContract } from './contract/broadcasts.contract.js';
import { businessProfilesContract } from './contract/business-profiles.contract.js';
import { collectionsContract } from './contract/collections.contract.js';
import { contactsContract } from './contract/contacts.contract.js';
import { devicesContract } from './contract/devices.contract.js';
import { labelsContract } from './contract/labels.contract.js';
import { linkRequestsContract } from './contract/link-requests.contract.js';
import { mediaContract } from './contract/media.contract.js';
import { graphMediaContract } from './contract/graph-media.contract.js';
import { messagingContract } from './contract/messaging.contract.js';
import { otpContract } from './contract/otp.contract.js';
import { ordersContract } from './contract/orders.contract.js';
import { productsContract } from './contract/products.contract.js';
import { platformContract } from './contract/platform.contract.js';
import { platformMessagingContract } from './contract/platform-messaging.contract.js';
import { platformManagementContract } from './contract/platform-management.contract.js';
import { quickRepliesContract } from './contract/quick-replies.contract.js';
import { templatesContract } from './contract/templates.contract.js';
import { testPhonesContract } from './contract/test-phones.contract.js';
import { webhookQueueContract } from './contract/webhook-queue.contract.js';
import { openDatabase, type OpenDatabase } from './open-database.js';
import type { Database } from './schema.js';
import { createTestPostgres, postgresAvailable } from './testing/test-postgres.js';

/**
 * One contract suite, every dialect: each contract registers its tests against a database it gets
 * from `getDb`. To add one, import it and list it here.
 */
const contracts: ReadonlyArray<(getDb: () => Kysely<Database>) => void> = [
  accountsContract,
  devicesContract,
  otpContract,
  linkRequestsContract,
  contactsContract,
  messagingContract,
  mediaContract,
  graphMediaContract,
  businessProfilesContract,
  productsContract,
  collectionsContract,
  ordersContract,
  platformContract,
  platformMessagingContract,
  platformManagementContract,
  autoRepliesContract,
  labelsContract,
  quickRepliesContract,
  broadcastsContract,
  templatesContract,
  webhookQueueContract,
  testPhonesContract,
];

function runAll(getDb: () => Kysely<Database>): void {
  for (const contract of contracts) contract(getDb);
}

describe('repositories on SQLite', () => {
  let dir: string;
  let open: OpenDatabase;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-contract-'));
    open = await openDatabase({ dialect: 'sqlite', file: join(dir, 'parley.db') });
  });
  after(async () => {
    await open.close();
    rmSync(dir, { recursive: true, force: true });
  });
  runAll(() => open.db);
});

const postgres = await postgresAvailable();
if (!postgres) {
  console.warn(
    'PostgreSQL is not reachable: the PostgreSQL half of the repository contracts is skipped ' +
      '(set PARLEY_TEST_POSTGRES_URL, or PARLEY_REQUIRE_POSTGRES=1 to fail instead).',
  );
}

describe('repositories on PostgreSQL', { skip: postgres ? false : 'PostgreSQL is not reachable' }, () => {
  let database: Awaited<ReturnType<typeof createTestPostgres>>;
  let open: OpenDatabase;
  before(async () => {
    database = await createTestPostgres();
    open = await openDatabase({ dialect: 'postgres', url: database.url });
  });
  after(async () => {
    await open?.close();
    await database?.drop();
  });
  runAll(() => open.db);
});
