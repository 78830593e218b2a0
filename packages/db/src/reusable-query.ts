import { CompiledQuery, type Compilable, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * A query of fixed shape, compiled by Kysely once and then run with new arguments. Building and
 * compiling costs more than running a one-row statement, and these run per acknowledgement.
 * The arguments are located in the compiled parameters by sentinel values, so their order in
 * the SQL does not matter.
 */
export function reusableQuery<Args extends unknown[], Row>(
  build: (db: Executor, ...args: Args) => Compilable<Row>,
) {
  let compiled: { sql: string; slots: (number | { value: unknown })[] } | undefined;
  return async (db: Executor, ...args: Args): Promise<Row[]> => {
    if (compiled === undefined) {
      const sentinels = args.map((_, i) => `\u0000argument ${i}\u0000`) as Args;
      const query = build(db, ...sentinels).compile();
      compiled = {
        sql: query.sql,
        slots: query.parameters.map((value) => {
          const index = sentinels.indexOf(value);
          return index >= 0 ? index : { value };
        }),
      };
    }
    const parameters = compiled.slots.map((slot) => (typeof slot === 'number' ? args[slot] : slot.value));
    return (await db.executeQuery<Row>(CompiledQuery.raw(compiled.sql, parameters))).rows;
  };
}
