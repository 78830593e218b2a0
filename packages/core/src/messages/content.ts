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
}

export type MessageType = keyof ContentByType;

export type Content = { [T in MessageType]: { type: T; content: ContentByType[T] } }[MessageType];
/**
 * What a client may send; `system` messages are written by the server only, and an order is sent
 * as a cart that the server prices from the catalog.
 */
export type ClientContent =
  Exclude<Content, { type: 'system' | 'order' }> | { type: 'order'; content: OrderRequestContent };

/** Messages that refer to a business's catalog, which the catalog checks (and, for orders, prices). */
export type CatalogClientContent = Extract<ClientContent, { type: 'order' | 'product' }>;
export type CatalogContent = Extract<Content, { type: 'order' | 'product' }>;

export const isCatalogContent = (message: ClientContent): message is CatalogClientContent =>
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
export function checkContent(message: ClientContent): void {
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
