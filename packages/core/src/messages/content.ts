/**
 * Message content, in one place. Personal chats will become end-to-end encrypted (one envelope per
 * recipient device); everything the server reads from content is here, so that switch replaces
 * this module instead of hunting reads across the codebase. Outside this file content is opaque.
 */
import { DomainError } from '../shared/errors.js';

export interface TextContent {
  readonly body: string;
}
export interface MediaContent {
  readonly mediaId: string;
  readonly caption?: string;
}
export interface AudioContent {
  readonly mediaId: string;
  /** A voice note recorded in the app, shown with a waveform and played inline. */
  readonly voice?: boolean;
}
export interface DocumentContent extends MediaContent {
  readonly filename?: string;
}
export interface StickerContent {
  readonly mediaId: string;
}
export interface LocationContent {
  readonly latitude: number;
  readonly longitude: number;
  readonly name?: string;
  readonly address?: string;
}
export interface ContactCard {
  readonly name: { readonly formatted_name: string; readonly [part: string]: string };
  readonly phones?: readonly { readonly phone: string; readonly type?: string; readonly wa_id?: string }[];
  readonly emails?: readonly { readonly email: string; readonly type?: string }[];
}
export interface ContactsContent {
  readonly contacts: readonly ContactCard[];
}
export interface ReactionContent {
  readonly targetId: string;
  /** An empty string removes the sender's reaction. */
  readonly emoji: string;
}
export interface EditContent {
  readonly targetId: string;
  /** The new text of a text message, or the new caption of a media message. */
  readonly body: string;
}
export interface RevokeContent {
  readonly targetId: string;
}
export interface SystemContent {
  readonly event:
    | 'group_created'
    | 'members_added'
    | 'member_removed'
    | 'member_left'
    | 'member_joined_by_link'
    | 'admin_promoted'
    | 'admin_demoted'
    | 'subject_changed'
    | 'description_changed'
    | 'photo_changed';
  readonly actorId: string;
  readonly accountIds?: readonly string[];
  readonly value?: string;
}

/** One line of a cart, as the customer sends it: the server looks up what it costs. */
export interface OrderItemRequest {
  readonly productId: string;
  readonly quantity: number;
}
/** A cart sent to a business; `businessId`, when given, must be the other member of the chat. */
export interface OrderRequestContent {
  readonly businessId?: string;
  readonly items: readonly OrderItemRequest[];
  readonly note?: string;
}
/** One line of a stored order, with the name and price the catalog had when it was sent. */
export interface OrderLine {
  readonly productId: string;
  readonly name: string;
  readonly quantity: number;
  /** What one unit cost (its sale price when it had one), in the currency's minor unit. */
  readonly unitPrice: number;
}
/** An order as stored: names, prices and total come from the catalog, never from the client. */
export interface OrderContent {
  readonly businessId: string;
  readonly items: readonly OrderLine[];
  readonly currency: string;
  readonly total: number;
  readonly note?: string;
}
/** A shared product, or a business's whole catalog when `productId` is absent. */
export interface ProductContent {
  readonly businessId: string;
  readonly productId?: string;
}

/** A header of an interactive or template message: text or one piece of media. */
export type MessageHeader =
  | { readonly type: 'text'; readonly text: string }
  | {
      readonly type: 'image' | 'video' | 'document';
      readonly mediaId: string;
      readonly filename?: string;
    };
export interface ReplyButton {
  readonly id: string;
  readonly title: string;
}
export interface ListRow {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
}
export interface ListSection {
  readonly title?: string;
  readonly rows: readonly ListRow[];
}
/** Reply buttons, a list or a link button, sent by a platform number (contract 2.4). */
export interface InteractiveContent {
  readonly kind: 'button' | 'list' | 'cta_url';
  readonly header?: MessageHeader;
  readonly body: string;
  readonly footer?: string;
  readonly buttons?: readonly ReplyButton[];
  readonly list?: { readonly button: string; readonly sections: readonly ListSection[] };
  readonly cta?: { readonly displayText: string; readonly url: string };
}
export type TemplateButton =
  | { readonly type: 'quick_reply'; readonly text: string; readonly payload?: string }
  | { readonly type: 'url'; readonly text: string; readonly url: string }
  | { readonly type: 'phone_number'; readonly text: string; readonly phone: string }
  | { readonly type: 'copy_code'; readonly text: string; readonly code: string };
/** A template as the platform number sent it, already rendered with its parameters (contract 2.5). */
export interface TemplateContent {
  readonly templateId: string;
  readonly name: string;
  readonly language: string;
  readonly category: 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';
  readonly header?: MessageHeader | ({ readonly type: 'location' } & LocationContent);
  readonly body: string;
  readonly footer?: string;
  readonly buttons?: readonly TemplateButton[];
}
/** What a person sends to answer an interactive or template message: the chosen option's id. */
export interface InteractiveReplyRequest {
  readonly targetId: string;
  /** A reply button's id, a list row's id, or a template quick-reply button's index ("0"). */
  readonly optionId: string;
}
/** The answer as stored: the server looked the option up in the target, so titles are true. */
export interface InteractiveReplyContent {
  readonly targetId: string;
  readonly kind: 'button_reply' | 'list_reply' | 'button';
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly payload?: string;
}

export interface ContentByType {
  text: TextContent;
  image: MediaContent;
  video: MediaContent;
  audio: AudioContent;
  document: DocumentContent;
  sticker: StickerContent;
  location: LocationContent;
  contacts: ContactsContent;
  reaction: ReactionContent;
  edit: EditContent;
  revoke: RevokeContent;
  system: SystemContent;
  order: OrderContent;
  product: ProductContent;
  interactive: InteractiveContent;
  template: TemplateContent;
  interactive_reply: InteractiveReplyContent;
}

export type MessageType = keyof ContentByType;

export type Content = { [T in MessageType]: { type: T; content: ContentByType[T] } }[MessageType];
/**
 * What a client may send; `system` messages are written by the server only, and an order is sent
 * as a cart that the server prices from the catalog.
 */
export type ClientContent =
  | Exclude<Content, { type: 'system' | 'order' | PlatformContent['type'] | 'interactive_reply' }>
  | { type: 'order'; content: OrderRequestContent }
  | { type: 'interactive_reply'; content: InteractiveReplyRequest };

/** Messages only platform numbers send, through the Graph API (`send(…, { platform: true })`). */
export type PlatformContent = Extract<Content, { type: 'interactive' | 'template' }>;

export const isPlatformContent = (message: { type: string }): message is PlatformContent =>
  message.type === 'interactive' || message.type === 'template';

/** Messages that refer to a business's catalog, which the catalog checks (and, for orders, prices). */
export type CatalogClientContent = Extract<ClientContent, { type: 'order' | 'product' }>;
export type CatalogContent = Extract<Content, { type: 'order' | 'product' }>;

export const isCatalogContent = (message: ClientContent | PlatformContent): message is CatalogClientContent =>
  message.type === 'order' || message.type === 'product';

/** Protocol messages change another message instead of showing a bubble of their own. */
export const MODIFIER_TYPES = ['reaction', 'edit', 'revoke'] as const;

/** The id of the message a modifier targets, if any. */
export function targetOf(message: Content | ClientContent): string | undefined {
  switch (message.type) {
    case 'reaction':
    case 'edit':
    case 'revoke':
      return message.content.targetId;
    default:
      return undefined;
  }
}

/** Media ids the message refers to; the server checks they exist before storing. */
export function mediaIdsOf(message: Content | ClientContent): string[] {
  switch (message.type) {
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
    case 'sticker':
      return [message.content.mediaId];
    case 'interactive':
    case 'template': {
      const header = message.content.header;
      return header !== undefined && 'mediaId' in header ? [header.mediaId] : [];
    }
    default:
      return [];
  }
}

/** Which message types an edit may change, and what it changes. */
export function applyEdit(target: Content, body: string): Content {
  switch (target.type) {
    case 'text':
      if (body.trim() === '') throw new DomainError('invalid_argument', 'An edit needs text');
      return { type: 'text', content: { ...target.content, body } };
    case 'image':
    case 'video':
    case 'document':
      return { ...target, content: { ...target.content, caption: body } } as Content;
    default:
      throw new DomainError('invalid_argument', `A ${target.type} message cannot be edited`);
  }
}

/** Semantic checks the wire schema cannot express. */
export function checkContent(message: ClientContent | PlatformContent): void {
  if (message.type === 'interactive') checkInteractive(message.content);
  if (message.type === 'template') checkTemplate(message.content);
  if (message.type === 'text' && message.content.body.trim() === '') {
    throw new DomainError('invalid_argument', 'A text message needs a non-blank body');
  }
  if (message.type === 'reaction' && message.content.emoji !== '') {
    const graphemes = [...new Intl.Segmenter().segment(message.content.emoji)];
    if (graphemes.length !== 1 || !/\p{Extended_Pictographic}/u.test(message.content.emoji)) {
      throw new DomainError('invalid_argument', 'A reaction is a single emoji');
    }
  }
}

const invalid = (message: string) => new DomainError('invalid_argument', message);

function checkLength(value: string | undefined, max: number, field: string): void {
  if (value !== undefined && (value.trim() === '' || value.length > max)) {
    throw invalid(`${field} must be 1 to ${max} characters`);
  }
}

function checkUnique(values: readonly string[], what: string): void {
  if (new Set(values).size !== values.length) throw invalid(`${what} must be unique`);
}

/** Contract 2.4: each kind carries its own action and no other, within WhatsApp's limits. */
function checkInteractive(content: InteractiveContent): void {
  const { kind, header } = content;
  if ((content.buttons !== undefined) !== (kind === 'button')) throw invalid('buttons go with kind button');
  if ((content.list !== undefined) !== (kind === 'list')) throw invalid('list goes with kind list');
  if ((content.cta !== undefined) !== (kind === 'cta_url')) throw invalid('cta goes with kind cta_url');
  checkLength(content.body, kind === 'list' ? 4096 : 1024, 'body');
  checkLength(content.footer, 60, 'footer');
  if (header?.type === 'text') checkLength(header.text, 60, 'header.text');
  else if (header !== undefined && kind === 'list') throw invalid('A list header is text only');
  if (content.buttons !== undefined) {
    if (content.buttons.length < 1 || content.buttons.length > 3) throw invalid('1 to 3 buttons');
    for (const button of content.buttons) {
      checkLength(button.id, 256, 'button id');
      checkLength(button.title, 20, 'button title');
    }
    checkUnique(
      content.buttons.map((button) => button.title),
      'Button titles',
    );
    checkUnique(
      content.buttons.map((button) => button.id),
      'Button ids',
    );
  }
  if (content.list !== undefined) {
    const { sections } = content.list;
    checkLength(content.list.button, 20, 'list button');
    if (sections.length < 1 || sections.length > 10) throw invalid('1 to 10 sections');
    const rows = sections.flatMap((section) => section.rows);
    if (rows.length > 10 || sections.some((section) => section.rows.length === 0)) {
      throw invalid('1 to 10 rows across all sections, none empty');
    }
    for (const section of sections) checkLength(section.title, 24, 'section title');
    for (const row of rows) {
      checkLength(row.id, 200, 'row id');
      checkLength(row.title, 24, 'row title');
      if (row.description !== undefined && row.description.length > 72) throw invalid('row description ≤ 72');
    }
    checkUnique(
      rows.map((row) => row.id),
      'Row ids',
    );
  }
  if (content.cta !== undefined) {
    checkLength(content.cta.displayText, 20, 'cta display text');
    if (!isHttpUrl(content.cta.url)) throw invalid('cta url must be http(s)');
  }
}

function checkTemplate(content: TemplateContent): void {
  checkLength(content.body, 32768, 'body');
  checkLength(content.footer, 60, 'footer');
  if (content.header?.type === 'text') checkLength(content.header.text, 60, 'header.text');
  for (const button of content.buttons ?? []) {
    checkLength(button.text, 25, 'button text');
    if (button.type === 'url' && !isHttpUrl(button.url)) throw invalid('url buttons must be http(s)');
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The option a person chose, looked up in the message they answer: a reply button or list row of
 * an `interactive`, or a template's quick-reply button by its index. Undefined when there is none.
 */
export function resolveInteractiveReply(
  target: Content,
  request: InteractiveReplyRequest,
): InteractiveReplyContent | undefined {
  const { targetId, optionId } = request;
  if (target.type === 'interactive') {
    const button = target.content.buttons?.find((candidate) => candidate.id === optionId);
    if (target.content.kind === 'button' && button !== undefined) {
      return { targetId, kind: 'button_reply', id: button.id, title: button.title };
    }
    const rows = target.content.list?.sections.flatMap((section) => section.rows) ?? [];
    const row = rows.find((candidate) => candidate.id === optionId);
    if (target.content.kind === 'list' && row !== undefined) {
      return {
        targetId,
        kind: 'list_reply',
        id: row.id,
        title: row.title,
        ...(row.description === undefined ? {} : { description: row.description }),
      };
    }
    return undefined;
  }
  if (target.type === 'template' && /^\d{1,2}$/.test(optionId)) {
    const button = target.content.buttons?.[Number(optionId)];
    if (button?.type !== 'quick_reply') return undefined;
    return {
      targetId,
      kind: 'button',
      id: optionId,
      title: button.text,
      ...(button.payload === undefined ? {} : { payload: button.payload }),
    };
  }
  return undefined;
}
