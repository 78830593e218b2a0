/**
 * Collects work submitted during one turn of the event loop and commits it as one transaction.
 * Durability costs one commit per batch instead of one per item, which is what lets durable
 * sends keep up with in-memory routing. `flush` answers per item: a value, or an Error that
 * rejects that item alone.
 */
export class GroupCommit<In, Out> {
  private pending: { item: In; resolve: (out: Out) => void; reject: (error: unknown) => void }[] = [];
  private scheduled = false;
  private running: Promise<void> | undefined;

  constructor(
    private readonly flush: (items: In[]) => Promise<(Out | Error)[]>,
    private readonly maxBatch = 1000,
  ) {}

  submit(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves once everything submitted so far is committed (or failed). */
  async drain(): Promise<void> {
    while (this.pending.length > 0 || this.running !== undefined || this.scheduled) {
      await (this.running ?? new Promise((resolve) => setImmediate(resolve)));
    }
  }

  private schedule(): void {
    if (this.scheduled || this.running !== undefined) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.running = this.run().finally(() => {
        this.running = undefined;
        if (this.pending.length > 0) this.schedule();
      });
    });
  }

  private async run(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxBatch);
      try {
        const results = await this.flush(batch.map((entry) => entry.item));
        batch.forEach((entry, i) => settle(entry, results[i]));
      } catch (error) {
        if (batch.length === 1) {
          batch[0]?.reject(error);
          continue;
        }
        // One bad item must not fail its neighbours: commit each on its own.
        for (const entry of batch) {
          try {
            settle(entry, (await this.flush([entry.item]))[0]);
          } catch (itemError) {
            entry.reject(itemError);
          }
        }
      }
    }
  }
}

function settle<Out>(
  entry: { resolve: (out: Out) => void; reject: (error: unknown) => void },
  result: Out | Error | undefined,
): void {
  if (result instanceof Error) entry.reject(result);
  else if (result === undefined) entry.reject(new Error('Group commit returned no result'));
  else entry.resolve(result);
}
