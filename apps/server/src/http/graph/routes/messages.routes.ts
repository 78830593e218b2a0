import {
  GraphSendMessageBody,
  graphMessageTypeOf,
  type GraphContact,
  type GraphInteractive,
} from '@parley/contracts';
import {
  isDomainError,
  isPlatformError,
  PlatformError,
  unknownObject,
  type ContactCard,
  type InteractiveContent,
  type MediaReference,
  type MessageHeader,
  type OutboundContent,
  type PlatformNumber,
  type ResolveMedia,
  type SendMediaKind,
} from '@parley/core';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { graphPrincipalOf } from '../graph-auth.js';
import { createGraphTyping } from '../graph-typing.js';
import type { GraphContext } from '../graph-context.js';
import { waIdOf } from '../phone-number-view.js';
import { fromWamid, toWamid } from '../wamid.js';

type Body = GraphSendMessageBody;
type SendRequest = FastifyRequest<{ Params: { id: string }; Body: Body }>;

const missing = (field: string) => new PlatformError(131008, `The parameter ${field} is required.`);
const notValid = (field: string, why: string) =>
  new PlatformError(131009, `Param ${field} is not valid: ${why}.`);

/** Contract 2.1: a wamid the send refers to must be one Parley issued. */
function messageIdOf(wamid: string, field: string): string {
  const id = fromWamid(wamid);
  if (id === undefined) throw notValid(field, 'it is not a message id');
  return id;
}

/**
 * `POST /{PNID}/messages` (contract 2): every message type, read receipts and the typing
 * indicator. The Graph payload becomes stored content here; recipients, conversations and the
 * customer service window are the core's (`platformMessaging`), all cached after a first send.
 */
export function registerGraphMessageRoutes({ graph, parley }: GraphContext): void {
  const { platform, platformMessaging, graphMedia, templates } = parley;
  const typing = createGraphTyping(
    (accountId, chatId, state) => parley.presence.typingAs(accountId, chatId, state),
    (error) => graph.log.error({ err: error }, 'typing indicator failed'),
  );
  graph.addHook('onClose', async () => typing.close());

  const media = (number: PlatformNumber, source: MediaReference, kind: SendMediaKind, field: string) =>
    graphMedia.resolveGraphMedia(number, { id: source.id, link: source.link }, kind, field);

  async function header(
    number: PlatformNumber,
    given: NonNullable<GraphInteractive['header']>,
  ): Promise<MessageHeader> {
    if (given.type === 'text') {
      if (given.text === undefined) throw missing('interactive.header.text');
      return { type: 'text', text: given.text };
    }
    const source = given[given.type];
    if (source === undefined) throw missing(`interactive.header.${given.type}`);
    const mediaId = await media(number, source, given.type, `interactive.header.${given.type}`);
    const filename = given.type === 'document' ? given.document?.filename : undefined;
    return { type: given.type, mediaId, ...(filename === undefined ? {} : { filename }) };
  }

  /** Contract 2.4 to the stored `interactive` (people-side `InteractiveContent`). */
  async function interactive(number: PlatformNumber, given: GraphInteractive): Promise<InteractiveContent> {
    const { action } = given;
    const base = {
      kind: given.type,
      body: given.body.text,
      ...(given.header === undefined ? {} : { header: await header(number, given.header) }),
      ...(given.footer === undefined ? {} : { footer: given.footer.text }),
    };
    switch (given.type) {
      case 'button':
        if (action.buttons === undefined) throw missing('interactive.action.buttons');
        return {
          ...base,
          buttons: action.buttons.map(({ reply }) => ({ id: reply.id, title: reply.title })),
        };
      case 'list':
        if (action.button === undefined) throw missing('interactive.action.button');
        if (action.sections === undefined) throw missing('interactive.action.sections');
        return {
          ...base,
          list: {
            button: action.button,
            sections: action.sections.map((section) => ({
              ...(section.title === undefined ? {} : { title: section.title }),
              rows: section.rows.map((row) => ({
                id: row.id,
                title: row.title,
                ...(row.description === undefined ? {} : { description: row.description }),
              })),
            })),
          },
        };
      case 'cta_url':
        if (action.parameters === undefined) throw missing('interactive.action.parameters');
        return { ...base, cta: { displayText: action.parameters.display_text, url: action.parameters.url } };
    }
  }

  /** Parley's cards keep the name, phones and e-mails (what the messenger shows). */
  const card = (contact: GraphContact): ContactCard => ({
    name: contact.name as ContactCard['name'],
    ...(contact.phones === undefined ? {} : { phones: contact.phones }),
    ...(contact.emails === undefined ? {} : { emails: contact.emails }),
  });

  /** The Graph payload as stored content; media ids and links become internal media ids. */
  async function contentOf(number: PlatformNumber, body: Body): Promise<OutboundContent> {
    const type = graphMessageTypeOf(body);
    switch (type) {
      case 'text':
        // `preview_url` has nothing to switch: Parley's clients show no link previews.
        return { type, content: { body: body.text!.body } };
      case 'image':
      case 'video': {
        const given = body[type]!;
        const mediaId = await media(number, given, type, type);
        return { type, content: { mediaId, ...(given.caption ? { caption: given.caption } : {}) } };
      }
      case 'audio':
      case 'sticker':
        return { type, content: { mediaId: await media(number, body[type]!, type, type) } };
      case 'document': {
        const given = body.document!;
        const mediaId = await media(number, given, type, type);
        return {
          type,
          content: {
            mediaId,
            ...(given.caption ? { caption: given.caption } : {}),
            ...(given.filename === undefined ? {} : { filename: given.filename }),
          },
        };
      }
      case 'location': {
        const { latitude, longitude, name, address } = body.location!;
        return {
          type,
          content: { latitude, longitude, ...(name ? { name } : {}), ...(address ? { address } : {}) },
        };
      }
      case 'contacts':
        return { type, content: { contacts: body.contacts!.map(card) } };
      case 'reaction': {
        const { message_id: wamid, emoji } = body.reaction!;
        return { type, content: { targetId: messageIdOf(wamid, 'reaction.message_id'), emoji } };
      }
      case 'interactive':
        return { type, content: await interactive(number, body.interactive!) };
      case 'template': {
        const resolve: ResolveMedia = (kind, source) => media(number, source, kind, `template.${kind}`);
        return { type, content: await templates.prepareSend(number.wabaId, body.template!, resolve) };
      }
    }
  }

  async function markRead(number: PlatformNumber, body: Body) {
    const wamid = body.message_id!;
    const messageId = fromWamid(wamid);
    if (messageId === undefined) throw unknownObject(wamid);
    const { chatId } = await platformMessaging.markRead(number, messageId, wamid);
    if (body.typing_indicator !== undefined) await typing.show(number.accountId, chatId);
    return { success: true };
  }

  async function send(request: SendRequest) {
    const number = await platform.accessNumber(
      graphPrincipalOf(request),
      request.params.id,
      'whatsapp_business_messaging',
    );
    if (number.registeredAt === null) {
      throw new PlatformError(
        133010,
        'The phone number is not registered on the Cloud API. Register it first.',
      );
    }
    await platform.assertMaySend(number);
    const { body } = request;
    if (body.status !== undefined) return markRead(number, body);
    const to = body.to!;
    const recipient = platformMessaging.recipientOf(number, to);
    const content = await contentOf(number, body);
    const replyToId =
      body.context === undefined ? undefined : messageIdOf(body.context.message_id, 'context.message_id');
    let sent: { messageId: string; chatId: string | undefined };
    try {
      sent = await platformMessaging.send(number, recipient, content, {
        replyToId,
        callbackData: body.biz_opaque_callback_data,
      });
    } catch (error) {
      // The messenger's own content checks (button titles unique, header kinds…) are bad values.
      if (isDomainError(error) && !isPlatformError(error) && error.code === 'invalid_argument') {
        throw new PlatformError(131009, error.message);
      }
      throw error;
    }
    if (sent.chatId !== undefined) typing.replied(number.accountId, sent.chatId);
    return {
      messaging_product: 'whatsapp',
      contacts: [{ input: to, wa_id: waIdOf(recipient) }],
      messages: [{ id: toWamid(sent.messageId), message_status: 'accepted' }],
    };
  }

  const schema = {
    summary: 'Send a message, or mark one read (contract 2)',
    tags: ['Graph: messages'],
    params: Type.Object({ id: Type.String() }),
    body: GraphSendMessageBody,
  };
  graph.post('/:id/messages', { schema }, send);
  // The historic Postman collection marks messages read with PUT (contract 2.6).
  graph.put('/:id/messages', { schema: { ...schema, summary: 'Mark a message read (historic PUT)' } }, send);
}
