import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DialectName } from '../dialect.js';
import type { Database } from '../schema.js';
import { backbone } from './0001-backbone.js';
import { business } from './0002-business.js';
import { catalog } from './0003-catalog.js';
import { labelsQuickReplies } from './0004-labels-quick-replies.js';
import { autoReplies } from './0005-auto-replies.js';
import { broadcasts } from './0006-broadcasts.js';
import { platform } from './0007-platform.js';
import { templates } from './0008-templates.js';
import { webhooks } from './0009-webhooks.js';
import { platformMessaging } from './0011-platform-messaging.js';
import { graphMedia } from './0010-graph-media.js';
import { platformManagement } from './0012-platform-management.js';
import { sandbox } from './0013-sandbox.js';
import { wabaStanding } from './0014-waba-standing.js';

/** One migration set for both dialects; names sort in the order they apply. */
function migrationsFor(dialect: DialectName): Record<string, Migration> {
  return {
    '0001-backbone': backbone(dialect),
    '0002-business': business(),
    '0003-catalog': catalog(),
    '0004-labels-quick-replies': labelsQuickReplies(),
    '0005-auto-replies': autoReplies(),
    '0006-broadcasts': broadcasts(),
    '0007-platform': platform(),
    '0008-templates': templates(),
    '0009-webhooks': webhooks(dialect),
    '0011-platform-messaging': platformMessaging(),
    '0010-graph-media': graphMedia(),
    '0012-platform-management': platformManagement(),
    '0013-sandbox': sandbox(),
    '0014-waba-standing': wabaStanding(),
  };
}

export async function migrateToLatest(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(dialect) };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed`, { cause: error });
  }
}
