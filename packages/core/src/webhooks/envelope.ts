import type { WebhookChange, WebhookValue } from './webhook-change.js';

/** Contract 5.2: at most 1000 updates in one POST. */
export const MAX_EVENTS_PER_BODY = 1000;

export interface WebhookEnvelope {
  readonly object: 'whatsapp_business_account';
  readonly entry: readonly {
    readonly id: string;
    readonly time?: number;
    readonly changes: readonly { readonly field: string; readonly value: WebhookValue }[];
  }[];
}

/** One POST body to be: its envelope, the updates it holds, and the changes it was built from. */
export interface EnvelopeBatch {
  readonly envelope: WebhookEnvelope;
  readonly eventCount: number;
  readonly changes: readonly WebhookChange[];
}

/** Updates in a change: its statuses or messages, else one. */
export function eventsIn(change: WebhookChange): number {
  const { statuses, messages } = change.value;
  if (Array.isArray(statuses)) return Math.max(1, statuses.length);
  if (Array.isArray(messages)) return Math.max(1, messages.length);
  return 1;
}

/**
 * Contract 5.5 lets statuses share one change only when they are one message's status of one type
 * (a group's participants). Statuses of different messages stay separate changes: many receivers
 * read `statuses[0]` alone.
 */
function mergeKey(change: WebhookChange): string | undefined {
  if (change.field !== 'messages' || change.value.messages !== undefined) return undefined;
  const statuses = change.value.statuses;
  if (!Array.isArray(statuses) || statuses.length === 0) return undefined;
  const first = statuses[0] as { id?: unknown; status?: unknown };
  if (
    statuses.some((s: { id?: unknown; status?: unknown }) => s.id !== first.id || s.status !== first.status)
  ) {
    return undefined;
  }
  return `${change.wabaId}\n${change.phoneNumberId ?? ''}\n${String(first.id)}\n${String(first.status)}`;
}

interface OpenEntry {
  id: string;
  time?: number;
  changes: { field: string; value: WebhookValue }[];
}

/**
 * Groups changes, in order, into envelopes of at most `maxEvents` updates: one entry per WABA,
 * `changes[]` in arrival order. A single change above the cap is sent alone rather than split.
 */
export function buildEnvelopes(
  changes: readonly WebhookChange[],
  maxEvents = MAX_EVENTS_PER_BODY,
): EnvelopeBatch[] {
  const batches: EnvelopeBatch[] = [];
  let entries = new Map<string, OpenEntry>();
  let merged = new Map<string, { field: string; value: WebhookValue }>();
  let included: WebhookChange[] = [];
  let count = 0;

  const close = () => {
    if (included.length === 0) return;
    batches.push({
      envelope: { object: 'whatsapp_business_account', entry: [...entries.values()] },
      eventCount: count,
      changes: included,
    });
    entries = new Map();
    merged = new Map();
    included = [];
    count = 0;
  };

  for (const change of changes) {
    const events = eventsIn(change);
    if (count > 0 && count + events > maxEvents) close();
    included.push(change);
    count += events;
    let entry = entries.get(change.wabaId);
    if (entry === undefined) {
      // `time` first when known, so entries read like Meta's.
      entry =
        change.time === undefined
          ? { id: change.wabaId, changes: [] }
          : { id: change.wabaId, time: 0, changes: [] };
      entries.set(change.wabaId, entry);
    }
    if (change.time !== undefined) {
      // `entry[].time` is a number of seconds (contract 1.3); the latest change's time stands.
      entry.time = Math.max(entry.time ?? 0, Math.floor(change.time / 1000));
    }
    const key = mergeKey(change);
    const into = key === undefined ? undefined : merged.get(key);
    if (into !== undefined) {
      (into.value.statuses as unknown[]).push(...(change.value.statuses as unknown[]));
      continue;
    }
    // Copied, so merging into it never changes the caller's value.
    const item =
      key === undefined
        ? { field: change.field, value: change.value }
        : {
            field: change.field,
            value: { ...change.value, statuses: [...(change.value.statuses as unknown[])] },
          };
    if (key !== undefined) merged.set(key, item);
    entry.changes.push(item);
  }
  close();
  return batches;
}
