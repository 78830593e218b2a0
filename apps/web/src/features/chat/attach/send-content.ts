import type { ClientContent } from '@parley/contracts';

/** Sends one message's content in the open chat (the composer adds the reply and the id). */
export type SendContent = (content: ClientContent) => Promise<void>;
