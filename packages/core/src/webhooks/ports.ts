import type { WebhookField } from './webhook-change.js';

/** Where an app's webhooks go, and the secret that signs them. */
export interface WebhookEndpoint {
  readonly appId: string;
  readonly url: string;
  readonly secret: string;
}

/**
 * Who receives a WABA's changes (contract 5.2): every app the WABA subscribed that asked for the
 * field, each at the first of the number's override, the WABA subscription's override, the app's
 * callback URL. Implemented over the platform tables.
 */
export interface EndpointDirectory {
  endpointsFor(
    wabaId: string,
    phoneNumberId: string | undefined,
    field: WebhookField,
  ): Promise<readonly WebhookEndpoint[]>;
  /** The app's current secret: retries are signed with it, so a rotated secret applies to them. */
  secretOf(appId: string): Promise<string | undefined>;
}

/** Uniform numbers in [0, 1) for jitter; a port so tests can pin them. */
export interface RandomSource {
  next(): number;
}

export type WebhookBatchState = 'pending' | 'delivered' | 'dead';

/** One POST body as persisted: built and escaped once, signed at each attempt. */
export interface NewWebhookBatch {
  /** Sorts by creation: batches of one endpoint due at the same time go out in this order. */
  readonly id: string;
  readonly appId: string;
  readonly url: string;
  readonly wabaId: string;
  readonly body: string;
  readonly eventCount: number;
  readonly createdAt: number;
}

export interface WebhookDelivery extends Omit<NewWebhookBatch, 'body'> {
  readonly state: WebhookBatchState;
  readonly attempts: number;
  readonly nextAttemptAt: number;
  readonly firstAttemptAt: number | null;
  readonly lastStatus: number | null;
  readonly lastError: string | null;
  readonly deliveredAt: number | null;
}

export interface WebhookBatch extends WebhookDelivery {
  readonly body: string;
}

export interface EndpointKey {
  readonly appId: string;
  readonly url: string;
}

/** What one attempt came to. `at` is when it was made; attempts grow by one. */
export interface AttemptOutcome {
  readonly at: number;
  /** The receiver's HTTP status, or null when there was no answer. */
  readonly status: number | null;
  readonly error: string | null;
  readonly next:
    | { readonly state: 'delivered' }
    | { readonly state: 'pending'; readonly at: number }
    | { readonly state: 'dead' };
}

export interface WebhookQueue {
  /** Persists the batches in one transaction. */
  enqueue(batches: readonly NewWebhookBatch[]): Promise<void>;
  /** Endpoints with a pending batch due by `now`, the longest waiting first. */
  dueEndpoints(now: number, limit: number): Promise<EndpointKey[]>;
  /**
   * Takes up to `limit` of the endpoint's due batches in retry order (due time, then id), hiding
   * them from other claims until `leaseUntil`: a node that dies mid-POST leaves them to others.
   */
  claim(endpoint: EndpointKey, now: number, limit: number, leaseUntil: number): Promise<WebhookBatch[]>;
  settle(batchId: string, outcome: AttemptOutcome): Promise<void>;
  /**
   * A receiver is back: its batches waiting on a retry become due at once, ordered by creation
   * among the endpoint's other due batches. Resolves their count.
   */
  expedite(endpoint: EndpointKey, now: number): Promise<number>;
  /** The app's delivery log, newest first; `before` is a batch id to page past. */
  list(
    appId: string,
    page: { readonly before?: string; readonly limit: number; readonly state?: WebhookBatchState },
  ): Promise<WebhookDelivery[]>;
  get(appId: string, batchId: string): Promise<WebhookBatch | undefined>;
  /** Sends a batch again (delivered or dead), with a new 7-day window. Resolves whether it existed. */
  replay(appId: string, batchId: string, now: number): Promise<boolean>;
  /** Replays the app's batches created in [from, to). Resolves how many. */
  replayRange(
    appId: string,
    range: { readonly from: number; readonly to: number },
    now: number,
  ): Promise<number>;
  /** Forgets delivered and dead batches created before `before`. Resolves how many. */
  purge(before: number): Promise<number>;
}
