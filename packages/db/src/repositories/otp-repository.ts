import type { OtpChallenge, OtpRepository } from '@parley/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, OtpChallengesTable } from '../schema.js';

function challengeFromRow(row: Selectable<OtpChallengesTable>): OtpChallenge {
  return {
    phone: row.phone,
    codeHash: row.code_hash,
    expiresAt: row.expires_at,
    failedAttempts: row.failed_attempts,
    lockedUntil: row.locked_until,
    sends: { windowStartedAt: row.sends_window_started_at, count: row.sends_in_window },
    lastSentAt: row.last_sent_at,
  };
}

function rowOf(challenge: OtpChallenge): Selectable<OtpChallengesTable> {
  return {
    phone: challenge.phone,
    code_hash: challenge.codeHash,
    expires_at: challenge.expiresAt,
    failed_attempts: challenge.failedAttempts,
    locked_until: challenge.lockedUntil,
    sends_window_started_at: challenge.sends.windowStartedAt,
    sends_in_window: challenge.sends.count,
    last_sent_at: challenge.lastSentAt,
  };
}

export class SqlOtpRepository implements OtpRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(phone: string): Promise<OtpChallenge | undefined> {
    const row = await this.db
      .selectFrom('otp_challenges')
      .selectAll()
      .where('phone', '=', phone)
      .executeTakeFirst();
    return row === undefined ? undefined : challengeFromRow(row);
  }

  async replace(previous: OtpChallenge | undefined, next: OtpChallenge): Promise<boolean> {
    const row = rowOf(next);
    if (previous === undefined) {
      const result = await this.db
        .insertInto('otp_challenges')
        .values(row)
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return result.numInsertedOrUpdatedRows === 1n;
    }
    // Every transition changes at least one of these columns, so matching all of them is matching
    // the state the caller read.
    const before = rowOf(previous);
    const { phone: _phone, ...changes } = row;
    const result = await this.db
      .updateTable('otp_challenges')
      .set(changes)
      .where('phone', '=', previous.phone)
      .where('last_sent_at', '=', before.last_sent_at)
      .where('failed_attempts', '=', before.failed_attempts)
      .where('sends_in_window', '=', before.sends_in_window)
      .where((eb) =>
        eb.and([
          before.code_hash === null ? eb('code_hash', 'is', null) : eb('code_hash', '=', before.code_hash),
          before.locked_until === null
            ? eb('locked_until', 'is', null)
            : eb('locked_until', '=', before.locked_until),
        ]),
      )
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }
}
