import type { ClientContent } from '@parley/contracts';
import {
  newMessageId,
  type MessageView,
  type Outgoing,
  type ParleyClient,
  type RealtimeConnection,
} from '@parley/sdk';
import { ChatTimeline, type HistoryPage } from './chat-timeline';

export const PAGE_SIZE = 50;
/** The server's largest history page. */
const MAX_PAGE = 200;

export interface SendOptions {
  readonly replyToId?: string;
  readonly forwarded?: boolean;
}

type Client = Pick<ParleyClient, 'request'> & {
  history(chatId: string, options: { before?: number; limit?: number }): Promise<HistoryPage>;
};

/**
 * Every chat's timeline for one signed-in device: fed by the live connection from the moment it
 * exists, and by REST pages when a chat is opened or scrolled back. Sends go through here so that
 * the sender's own view shows them at once (pending) and then as committed.
 */
export class TimelineRegistry {
  private readonly timelines = new Map<string, ChatTimeline>();
  private readonly loads = new Map<string, Promise<void>>();

  constructor(
    private readonly client: Client,
    private readonly connection: Pick<RealtimeConnection, 'on' | 'send'>,
    private readonly me: { accountId: string; deviceId: string },
  ) {
    // Chats never opened are left alone: their history comes from REST when they are.
    connection.on('message', (message) => this.timelines.get(message.chatId)?.applyLive(message));
  }

  timeline(chatId: string): ChatTimeline {
    let timeline = this.timelines.get(chatId);
    if (timeline === undefined) {
      timeline = new ChatTimeline();
      this.timelines.set(chatId, timeline);
    }
    return timeline;
  }

  /**
   * Loads the newest `atLeast` messages once, so the first unread one is held: in pages of at most
   * the server's largest, going back while there is more.
   */
  loadNewest(chatId: string, atLeast = PAGE_SIZE): Promise<void> {
    const timeline = this.timeline(chatId);
    if (timeline.getSnapshot().loaded) return Promise.resolve();
    return this.once(chatId, async () => {
      timeline.addPage(await this.client.history(chatId, { limit: Math.min(MAX_PAGE, atLeast) }));
      for (let asked = MAX_PAGE; asked < atLeast; asked += MAX_PAGE) {
        const before = timeline.olderCursor;
        if (before === undefined || !timeline.getSnapshot().hasOlder) return;
        timeline.addPage(
          await this.client.history(chatId, { before, limit: Math.min(MAX_PAGE, atLeast - asked) }),
        );
      }
    });
  }

  /** Loads the page before the oldest row; one load per chat at a time. */
  loadOlder(chatId: string): Promise<void> {
    const timeline = this.timeline(chatId);
    const before = timeline.olderCursor;
    if (before === undefined || !timeline.getSnapshot().hasOlder) return Promise.resolve();
    return this.once(chatId, async () => {
      timeline.addPage(await this.client.history(chatId, { before, limit: PAGE_SIZE }));
    });
  }

  /**
   * Sends a message; it shows as pending until the server commits it. Reactions, edits and revokes
   * show once committed, which on a live connection is a moment later.
   */
  async send(chatId: string, content: ClientContent, options: SendOptions = {}): Promise<void> {
    const id = newMessageId();
    const timeline = this.timeline(chatId);
    const draft: Omit<MessageView, 'seq'> = {
      id,
      chatId,
      senderId: this.me.accountId,
      senderDeviceId: this.me.deviceId,
      type: content.type,
      content: content.content,
      replyToId: options.replyToId ?? null,
      forwarded: options.forwarded ?? false,
      senderOnly: false,
      createdAt: Date.now(),
      editedAt: null,
      deletedAt: null,
    };
    const modifier = content.type === 'reaction' || content.type === 'edit' || content.type === 'revoke';
    if (!modifier) timeline.addPending(draft);
    try {
      const ack = await this.connection.send({ chatId, id, ...options, ...content } as Outgoing);
      timeline.applyLive({ ...draft, seq: ack.seq, createdAt: ack.createdAt });
    } catch (error) {
      timeline.markFailed(id);
      throw error;
    }
  }

  /** "Delete for me". */
  async hide(chatId: string, messageIds: string[]): Promise<void> {
    await this.client.request('POST', `/v1/chats/${chatId}/messages/hide`, { messageIds });
    this.timeline(chatId).remove(messageIds);
  }

  private once(chatId: string, load: () => Promise<void>): Promise<void> {
    const running = this.loads.get(chatId);
    if (running !== undefined) return running;
    const started = load().finally(() => this.loads.delete(chatId));
    this.loads.set(chatId, started);
    return started;
  }
}
