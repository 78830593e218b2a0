import { peerOf, type ChatRepository } from '../chats/index.js';
import type { CatalogClientContent, CatalogContent } from '../messages/index.js';
import { DomainError } from '../shared/errors.js';
import { priceOrder } from './order-policy.js';
import type { ProductRepository } from './ports.js';

export interface CatalogMessageDeps {
  readonly chats: ChatRepository;
  readonly products: ProductRepository;
  /** Refuses accounts that are not businesses with not_found. */
  readonly assertBusiness: (accountId: string) => Promise<void>;
}

/**
 * The messaging service's catalog step: a shared product must exist and be visible; an order goes
 * to the business in a direct chat and is priced from that business's catalog.
 */
export function createCatalogMessages(deps: CatalogMessageDeps) {
  return async function resolveCatalogContent(
    senderId: string,
    chatId: string,
    message: CatalogClientContent,
  ): Promise<CatalogContent> {
    if (message.type === 'product') {
      const { businessId, productId } = message.content;
      await deps.assertBusiness(businessId);
      if (productId !== undefined) {
        const product = await deps.products.get(businessId, productId);
        if (product === undefined || product.hidden) {
          throw new DomainError('not_found', "No such product in this business's catalog", { productId });
        }
      }
      return {
        type: 'product',
        content: productId === undefined ? { businessId } : { businessId, productId },
      };
    }
    const chat = await deps.chats.get(chatId);
    const businessId = chat === undefined ? null : peerOf(chat, senderId);
    if (chat?.kind !== 'direct' || businessId === null) {
      throw new DomainError('invalid_argument', 'An order is sent in the direct chat with the business');
    }
    const named = message.content.businessId;
    if (named !== undefined && named !== businessId) {
      throw new DomainError('invalid_argument', 'This chat is not with that business: send the order to it');
    }
    await deps.assertBusiness(businessId);
    const ids = message.content.items.map((item) => item.productId);
    const products = await deps.products.getMany(businessId, ids);
    return {
      type: 'order',
      content: priceOrder(message.content, businessId, new Map(products.map((p) => [p.id, p]))),
    };
  };
}
