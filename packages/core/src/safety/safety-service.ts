import { DomainError } from '../shared/errors.js';
import type { Clock, IdGenerator } from '../shared/ports.js';
import type { BlockRepository, Report, ReportRepository } from './ports.js';

export interface SafetyDeps {
  readonly blocks: BlockRepository;
  readonly reports: ReportRepository;
  readonly accountExists: (accountId: string) => Promise<boolean>;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

export function createSafetyService(deps: SafetyDeps) {
  async function assertOther(actorId: string, otherId: string): Promise<void> {
    if (actorId === otherId) throw new DomainError('invalid_argument', 'That is your own account');
    if (!(await deps.accountExists(otherId))) {
      throw new DomainError('not_found', 'No such account');
    }
  }

  return {
    async block(actorId: string, otherId: string): Promise<void> {
      await assertOther(actorId, otherId);
      await deps.blocks.block(actorId, otherId, deps.clock.now());
    },
    unblock: (actorId: string, otherId: string) => deps.blocks.unblock(actorId, otherId),
    listBlocked: (actorId: string) => deps.blocks.list(actorId),
    /** Either side's block stops delivery and presence between two accounts. */
    async eitherBlocked(a: string, b: string): Promise<boolean> {
      return (await deps.blocks.isBlocked(a, b)) || (await deps.blocks.isBlocked(b, a));
    },
    async report(
      actorId: string,
      input: { accountId: string; chatId?: string; reason: string; messageIds?: string[] },
    ): Promise<Report> {
      await assertOther(actorId, input.accountId);
      const report: Report = {
        id: deps.ids.next(),
        reporterId: actorId,
        reportedId: input.accountId,
        chatId: input.chatId ?? null,
        reason: input.reason,
        messageIds: input.messageIds ?? [],
        createdAt: deps.clock.now(),
      };
      await deps.reports.add(report);
      return report;
    },
  };
}

export type SafetyService = ReturnType<typeof createSafetyService>;
