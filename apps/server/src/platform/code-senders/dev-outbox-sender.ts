import type { Clock, CodeSender } from '@parley/core';
import type { Logger } from 'pino';
import { codeText } from './code-text.js';

export interface OutboxMessage {
  readonly phone: string;
  readonly code: string;
  readonly text: string;
  readonly sentAt: number;
}

/**
 * Development and tests: codes are logged and kept in memory for `GET /v1/dev/outbox`, so anyone
 * can sign in to any number. The config refuses it in production.
 */
export class DevOutboxSender implements CodeSender {
  /** Newest first. */
  private readonly messages: OutboxMessage[] = [];

  constructor(
    private readonly logger: Logger,
    private readonly clock: Clock,
    private readonly keep = 200,
  ) {}

  async send(phone: string, code: string): Promise<void> {
    this.messages.unshift({ phone, code, text: codeText(code), sentAt: this.clock.now() });
    if (this.messages.length > this.keep) this.messages.length = this.keep;
    this.logger.info({ phone, code }, 'one-time code (development outbox)');
  }

  recent(phone?: string): OutboxMessage[] {
    return phone === undefined ? [...this.messages] : this.messages.filter((m) => m.phone === phone);
  }
}
