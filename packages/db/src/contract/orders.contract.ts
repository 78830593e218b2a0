import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Order } from '@parley/core';
import type { Kysely } from 'kysely';
import { SqlAccountRepository } from '../repositories/account-repository.js';
import { SqlOrderRepository } from '../repositories/order-repository.js';
import type { Database } from '../schema.js';
import { anAccount, uniqueId } from './fixtures.js';
import { aBusiness } from './products.contract.js';

const anOrder = (businessId: string, customerId: string, overrides: Partial<Order> = {}): Order => ({
  id: uniqueId(),
  businessId,
  customerId,
  chatId: uniqueId(),
  items: [
    { productId: 'p1', name: 'Bagel', quantity: 3, unitPrice: 150 },
    { productId: 'p2', name: 'Coffee', quantity: 1, unitPrice: 300 },
  ],
  currency: 'EUR',
  total: 750,
  note: 'No sesame',
  status: 'pending',
  createdAt: 1_000,
  updatedAt: 1_000,
  ...overrides,
});

export function ordersContract(getDb: () => Kysely<Database>): void {
  describe('orders', () => {
    const repo = () => new SqlOrderRepository(getDb());
    async function parties() {
      const business = await aBusiness(getDb());
      const customer = anAccount();
      await new SqlAccountRepository(getDb()).create(customer);
      return { business, customer: customer.id };
    }

    test('records an order once, and shows it to its two parties only', async () => {
      const { business, customer } = await parties();
      const order = anOrder(business, customer, { note: null });
      await repo().record(order);
      await repo().record({ ...order, total: 1, status: 'paid' });
      assert.deepEqual(await repo().get(business, order.id), order);
      assert.equal(await repo().get(customer, order.id), undefined);
      assert.deepEqual(await repo().getForParty(customer, order.id), order);
      assert.deepEqual(await repo().getForParty(business, order.id), order);
      assert.equal(await repo().getForParty(await aBusiness(getDb()), order.id), undefined);
    });

    test('lists newest first in pages, optionally of one status', async () => {
      const { business, customer } = await parties();
      const orders = [
        anOrder(business, customer, { createdAt: 1_000 }),
        anOrder(business, customer, { createdAt: 2_000, status: 'paid' }),
        anOrder(business, customer, { createdAt: 2_000 }),
        anOrder(business, customer, { createdAt: 3_000 }),
      ];
      for (const order of orders) await repo().record(order);
      const seen: string[] = [];
      let page = await repo().list(business, { limit: 3 });
      seen.push(...page.orders.map((o) => o.id));
      assert.notEqual(page.next, null);
      page = await repo().list(business, { limit: 3, after: page.next! });
      seen.push(...page.orders.map((o) => o.id));
      assert.equal(page.next, null);
      const expected = [...orders]
        .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))
        .map((o) => o.id);
      assert.equal(seen.length, 4);
      assert.deepEqual(new Set(seen), new Set(expected));
      assert.equal(seen[0], orders[3]!.id);
      assert.equal(seen[3], orders[0]!.id);

      const paid = await repo().list(business, { status: 'paid', limit: 10 });
      assert.deepEqual(
        paid.orders.map((o) => o.id),
        [orders[1]!.id],
      );
      assert.deepEqual((await repo().list(await aBusiness(getDb()), { limit: 10 })).orders, []);
    });

    test('a status moves only from the status it still has', async () => {
      const { business, customer } = await parties();
      const order = anOrder(business, customer);
      await repo().record(order);
      assert.equal(await repo().setStatus(customer, order.id, 'pending', 'paid', 2_000), undefined);
      const paid = await repo().setStatus(business, order.id, 'pending', 'paid', 2_000);
      assert.deepEqual(paid, { ...order, status: 'paid', updatedAt: 2_000 });
      assert.equal(await repo().setStatus(business, order.id, 'pending', 'cancelled', 3_000), undefined);
      assert.equal((await repo().get(business, order.id))?.status, 'paid');
    });
  });
}
