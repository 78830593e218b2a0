/**
 * Builders of the Cloud API webhook `value` objects (contract 5.3 to 5.7, 4.4, 7). Callers pass ids
 * already in Graph form (wamids, Graph media ids, digit phone numbers): the core knows no encoding.
 */
import { currencyDigits } from '../catalog/index.js';
import type { Content } from '../messages/index.js';
import type { WebhookChange, WebhookValue } from './webhook-change.js';

/** Which number a `messages` value is about: `metadata` of contract 5.3. */
export interface NumberMetadata {
  /** E.164 or digits; the wire carries digits only. */
  readonly displayPhoneNumber: string;
  readonly phoneNumberId: string;
}

/** A media file as a webhook shows it. */
export interface WebhookMedia {
  /** The Graph media id the receiver downloads with. */
  readonly id: string;
  readonly mimeType: string;
  /** Hex, as Parley stores it; the wire carries base64. */
  readonly sha256: string;
  readonly url?: string;
  /** Stickers only. */
  readonly animated?: boolean;
}

/** An error object as webhooks carry it (contract 5.6). */
export interface WebhookError {
  readonly code: number;
  readonly title: string;
  readonly message?: string;
  readonly details?: string;
}

export interface InboundMessageInput {
  readonly number: NumberMetadata;
  /** The person who wrote: wa_id (digits) and profile name. */
  readonly from: { readonly waId: string; readonly name: string };
  /** The message's wamid. */
  readonly id: string;
  /** Epoch milliseconds. */
  readonly timestamp: number;
  readonly message: Content;
  readonly forwarded?: boolean;
  /** The quoted or answered message: who sent it (digits) and its wamid. */
  readonly context?: { readonly from: string; readonly id: string };
  /** The wamid a reaction refers to. */
  readonly reactionTo?: string;
  readonly media?: WebhookMedia;
  /** The catalog an order was placed from; defaults to the phone number id. */
  readonly catalogId?: string;
}

export type WebhookStatus = 'sent' | 'delivered' | 'read' | 'failed' | 'played';

/** Contract 7: how a status webhook states what the message costs. */
export interface PricingInput {
  readonly type: 'regular' | 'free_customer_service' | 'free_entry_point';
  readonly category:
    | 'marketing'
    | 'utility'
    | 'authentication'
    | 'authentication-international'
    | 'marketing_lite'
    | 'service'
    | 'referral_conversion';
}

export interface StatusInput {
  /** The wamid of the business's message. */
  readonly id: string;
  readonly status: WebhookStatus;
  /** Epoch milliseconds. */
  readonly timestamp: number;
  /** wa_id of the person the message went to. */
  readonly recipientId: string;
  readonly bizOpaqueCallbackData?: string;
  /** Give it on `sent` and on the one later status that carries it (see `statusesForAdvance`). */
  readonly pricing?: PricingInput;
  readonly errors?: readonly WebhookError[];
}

const ERROR_HREF = '/documentation/business-messaging/whatsapp/support/error-codes';
const UNSUPPORTED: WebhookError = {
  code: 131051,
  title: 'Unsupported message type',
  details: 'Message type is currently not supported.',
};

/** Timestamps in webhooks are strings of Unix seconds (contract 1.3). */
export const webhookTimestamp = (ms: number): string => String(Math.floor(ms / 1000));

const digitsOf = (phone: string): string => phone.replace(/\D/g, '');

const metadataOf = (number: NumberMetadata) => ({
  display_phone_number: digitsOf(number.displayPhoneNumber),
  phone_number_id: number.phoneNumberId,
});

export function webhookError(error: WebhookError, withHref = false) {
  return {
    code: error.code,
    title: error.title,
    message: error.message ?? error.title,
    error_data: { details: error.details ?? error.title },
    ...(withHref ? { href: ERROR_HREF } : {}),
  };
}

/** Hex to base64 without Node's Buffer, so the core stays portable. */
function hexToBase64(hex: string): string {
  let binary = '';
  for (let i = 0; i + 1 < hex.length; i += 2)
    binary += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return btoa(binary);
}

function mediaObject(input: InboundMessageInput, extra: Record<string, unknown>) {
  const media = input.media;
  if (media === undefined) return undefined;
  return {
    ...(extra.caption === undefined ? {} : { caption: extra.caption }),
    ...(extra.filename === undefined ? {} : { filename: extra.filename }),
    mime_type: media.mimeType,
    sha256: hexToBase64(media.sha256),
    id: media.id,
    ...(media.url === undefined ? {} : { url: media.url }),
    ...(extra.voice === undefined ? {} : { voice: extra.voice }),
    ...(extra.animated === undefined ? {} : { animated: extra.animated }),
  };
}

/** The type-specific part of an inbound message, or undefined when the Cloud API has no such type. */
function typedPart(input: InboundMessageInput): Record<string, unknown> | undefined {
  const { message } = input;
  switch (message.type) {
    case 'text':
      return { type: 'text', text: { body: message.content.body } };
    case 'image':
    case 'video': {
      const media = mediaObject(input, { caption: message.content.caption });
      return media && { type: message.type, [message.type]: media };
    }
    case 'document': {
      const media = mediaObject(input, {
        caption: message.content.caption,
        filename: message.content.filename,
      });
      return media && { type: 'document', document: media };
    }
    case 'audio': {
      const media = mediaObject(input, { voice: message.content.voice === true });
      return media && { type: 'audio', audio: media };
    }
    case 'sticker': {
      const media = mediaObject(input, { animated: input.media?.animated === true });
      return media && { type: 'sticker', sticker: media };
    }
    case 'location': {
      const { latitude, longitude, name, address } = message.content;
      return {
        type: 'location',
        location: {
          latitude,
          longitude,
          ...(name === undefined ? {} : { name }),
          ...(address === undefined ? {} : { address }),
        },
      };
    }
    case 'contacts':
      return { type: 'contacts', contacts: message.content.contacts };
    case 'reaction':
      if (input.reactionTo === undefined) return undefined;
      return {
        type: 'reaction',
        // Contract 5.4: `emoji` is missing when the person removed the reaction.
        reaction: {
          message_id: input.reactionTo,
          ...(message.content.emoji === '' ? {} : { emoji: message.content.emoji }),
        },
      };
    case 'order': {
      const order = message.content;
      const scale = 10 ** currencyDigits(order.currency);
      return {
        type: 'order',
        order: {
          catalog_id: input.catalogId ?? input.number.phoneNumberId,
          ...(order.note === undefined ? {} : { text: order.note }),
          product_items: order.items.map((item) => ({
            product_retailer_id: item.productId,
            quantity: item.quantity,
            item_price: item.unitPrice / scale,
            currency: order.currency,
          })),
        },
      };
    }
    case 'interactive_reply': {
      const reply = message.content;
      if (reply.kind === 'button') {
        return { type: 'button', button: { payload: reply.payload ?? reply.title, text: reply.title } };
      }
      const chosen =
        reply.kind === 'list_reply'
          ? {
              id: reply.id,
              title: reply.title,
              ...(reply.description === undefined ? {} : { description: reply.description }),
            }
          : { id: reply.id, title: reply.title };
      return { type: 'interactive', interactive: { type: reply.kind, [reply.kind]: chosen } };
    }
    default:
      // Edits, deletions, system notes and the rest: the Cloud API shows them as `unsupported`.
      return undefined;
  }
}

/** A `messages` value for one message a person sent to a platform number (contract 5.3, 5.4). */
export function inboundMessageValue(input: InboundMessageInput): WebhookValue {
  const context = input.context ?? (input.forwarded === true ? { forwarded: true } : undefined);
  const typed = typedPart(input) ?? { type: 'unsupported', errors: [webhookError(UNSUPPORTED)] };
  return {
    messaging_product: 'whatsapp',
    metadata: metadataOf(input.number),
    contacts: [{ profile: { name: input.from.name }, wa_id: input.from.waId }],
    messages: [
      {
        ...(context === undefined ? {} : { context }),
        from: input.from.waId,
        id: input.id,
        timestamp: webhookTimestamp(input.timestamp),
        ...typed,
      },
    ],
  };
}

function statusObject(input: StatusInput) {
  return {
    id: input.id,
    status: input.status,
    timestamp: webhookTimestamp(input.timestamp),
    recipient_id: input.recipientId,
    ...(input.bizOpaqueCallbackData === undefined
      ? {}
      : { biz_opaque_callback_data: input.bizOpaqueCallbackData }),
    ...(input.pricing === undefined
      ? {}
      : {
          pricing: {
            billable: input.pricing.type === 'regular',
            pricing_model: 'PMP',
            type: input.pricing.type,
            category: input.pricing.category,
          },
        }),
    ...(input.errors === undefined || input.errors.length === 0
      ? {}
      : { errors: input.errors.map((error) => webhookError(error, true)) }),
  };
}

/** A `messages` value with the statuses of the business's own messages (contract 5.5). */
export function statusValue(number: NumberMetadata, statuses: readonly StatusInput[]): WebhookValue {
  return {
    messaging_product: 'whatsapp',
    metadata: metadataOf(number),
    statuses: statuses.map(statusObject),
  };
}

export type ReceiptLevel = 'sent' | 'delivered' | 'read';

/**
 * The statuses a receipt advance reports, and which one carries `pricing` (contract 5.5): pricing
 * goes on `sent` and on one of `delivered` or `read`; a message delivered and read at once reports
 * only `read`.
 */
export function statusesForAdvance(
  previous: ReceiptLevel,
  next: ReceiptLevel,
): { readonly status: ReceiptLevel; readonly priced: boolean }[] {
  if (previous === 'sent' && next === 'delivered') return [{ status: 'delivered', priced: true }];
  if (previous === 'sent' && next === 'read') return [{ status: 'read', priced: true }];
  if (previous === 'delivered' && next === 'read') return [{ status: 'read', priced: false }];
  return [];
}

export type TemplateEvent =
  | 'APPROVED'
  | 'REJECTED'
  | 'PENDING'
  | 'DISABLED'
  | 'PAUSED'
  | 'FLAGGED'
  | 'IN_APPEAL'
  | 'LIMIT_EXCEEDED'
  | 'LOCKED'
  | 'REINSTATED'
  | 'PENDING_DELETION'
  | 'DELETED'
  | 'ARCHIVED'
  | 'UNARCHIVED';

export interface TemplateStatusInput {
  readonly event: TemplateEvent;
  /** The Graph id; the webhook carries it as a JSON number (contract 4.4). */
  readonly templateId: string;
  readonly name: string;
  readonly language: string;
  readonly category?: string;
  /** Defaults to `NONE`, as on approvals. */
  readonly reason?: string;
  readonly rejectionInfo?: { readonly reason: string; readonly recommendation: string };
  readonly disableDate?: string;
  readonly otherInfo?: { readonly title: string; readonly description: string };
}

/** Graph ids fit a double (16 digits below 9007…); a larger one stays a string rather than lose digits. */
const asNumber = (id: string): number | string => (Number.isSafeInteger(Number(id)) ? Number(id) : id);

/** A `message_template_status_update` value (contract 4.4). */
export function templateStatusValue(input: TemplateStatusInput): WebhookValue {
  return {
    event: input.event,
    message_template_id: asNumber(input.templateId),
    message_template_name: input.name,
    message_template_language: input.language,
    reason: input.reason ?? 'NONE',
    ...(input.category === undefined ? {} : { message_template_category: input.category }),
    ...(input.rejectionInfo === undefined ? {} : { rejection_info: input.rejectionInfo }),
    ...(input.disableDate === undefined ? {} : { disable_info: { disable_date: input.disableDate } }),
    ...(input.otherInfo === undefined ? {} : { other_info: input.otherInfo }),
  };
}

export interface AccountUpdateInput {
  /** e.g. VERIFIED_ACCOUNT, DISABLED_UPDATE, ACCOUNT_RESTRICTION, VOLUME_BASED_PRICING_TIER_UPDATE. */
  readonly event: string;
  /** E.164 or digits, for number-level events. */
  readonly phoneNumber?: string;
  /** Event-specific objects in wire form, e.g. `restriction_info` or `volume_tier_info`. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** An `account_update` value (contract 5.7). */
export function accountUpdateValue(input: AccountUpdateInput): WebhookValue {
  return {
    ...(input.phoneNumber === undefined ? {} : { phone_number: digitsOf(input.phoneNumber) }),
    event: input.event,
    ...input.details,
  };
}

/** The change for a message a person sent to a platform number. */
export const inboundMessageChange = (wabaId: string, input: InboundMessageInput): WebhookChange => ({
  wabaId,
  phoneNumberId: input.number.phoneNumberId,
  field: 'messages',
  value: inboundMessageValue(input),
});

/** The change for statuses of one platform number's messages. */
export const statusChange = (
  wabaId: string,
  number: NumberMetadata,
  statuses: readonly StatusInput[],
): WebhookChange => ({
  wabaId,
  phoneNumberId: number.phoneNumberId,
  field: 'messages',
  value: statusValue(number, statuses),
});

export const templateStatusChange = (
  wabaId: string,
  input: TemplateStatusInput,
  at: number,
): WebhookChange => ({
  wabaId,
  field: 'message_template_status_update',
  value: templateStatusValue(input),
  time: at,
});

export const accountUpdateChange = (
  wabaId: string,
  input: AccountUpdateInput,
  at: number,
  phoneNumberId?: string,
): WebhookChange => ({
  wabaId,
  ...(phoneNumberId === undefined ? {} : { phoneNumberId }),
  field: 'account_update',
  value: accountUpdateValue(input),
  time: at,
});

/** Contract 5.7: a WABA disabled or reinstated, with the day (UTC) it took effect. */
export const banUpdateChange = (wabaId: string, disabled: boolean, at: number): WebhookChange =>
  accountUpdateChange(
    wabaId,
    {
      event: 'DISABLED_UPDATE',
      details: {
        ban_info: {
          waba_ban_state: disabled ? 'DISABLE' : 'REINSTATE',
          waba_ban_date: new Date(at).toISOString().slice(0, 10),
        },
      },
    },
    at,
  );
