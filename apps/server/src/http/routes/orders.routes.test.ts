import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertRefused, call, ManualClock, type Reply } from '../../test-support/accounts-api.js';
import { addProduct, signIn, type Session } from '../../test-support/catalog-api.js';
import { eventually } from '../../test-support/clients.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

describe('orders', () => {
  let server: TestServer;
  let url: string;
  let shop: Session;
  let rival: Session;
  let customer: Session;
  let stranger: Session;
  let chatId: string;
  const clock = new ManualClock();
  const products: Record<string, string> = {};

  const as = (session: Session) => ({
    get: (path: string) => call(url, 'GET', path, { token: session.token }),
    post: (path: string, body: unknown) => call(url, 'POST', path, { token: session.token, body }),
    patch: (path: string, body: unknown) => call(url, 'PATCH', path, { token: session.token, body }),
  });
  const directChat = async (from: Session, to: Session): Promise<string> =>
    (await as(from).post('/v1/chats/direct', { accountId: to.account.id })).body.id;
  const send = (content: unknown, type = 'order', chat = chatId, from = customer) =>
    as(from).post(`/v1/chats/${chat}/messages`, { type, content });
  /** Order records follow their message through the outbox; they appear right after the send. */
  async function recorded(orderId: string, session = shop): Promise<Reply> {
    let reply: Reply | undefined;
    await eventually(async () => (reply = await as(session).get(`/v1/orders/${orderId}`)).status === 200);
    return reply!;
  }

  before(async () => {
    server = await startTestServer({ clock });
    url = server.url;
    shop = await signIn(url, 801, 'business');
    rival = await signIn(url, 802, 'business');
    customer = await signIn(url, 803);
    stranger = await signIn(url, 804);
    products.cake = await addProduct(url, shop.token, { name: 'Carrot cake', price: 1250, salePrice: 999 });
    products.coffee = await addProduct(url, shop.token, { name: 'Flat white', price: 350 });
    products.hidden = await addProduct(url, shop.token, { name: 'Staff meal', hidden: true });
    products.soldOut = await addProduct(url, shop.token, { name: 'Stollen', availability: 'out_of_stock' });
    products.dollars = await addProduct(url, shop.token, { name: 'Bagel', currency: 'USD' });
    products.theirs = await addProduct(url, rival.token, { name: 'Rival cake' });
    chatId = await directChat(customer, shop);
  });
  after(() => server.close());

  test('a cart becomes an order message priced from the catalog, and an order record', async () => {
    const sent = await send({
      businessId: shop.account.id,
      items: [
        { productId: products.cake, quantity: 2 },
        { productId: products.coffee, quantity: 1 },
      ],
      note: ' Candles please ',
    });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    assert.equal(sent.body.type, 'order');
    assert.deepEqual(sent.body.content, {
      businessId: shop.account.id,
      items: [
        { productId: products.cake, name: 'Carrot cake', quantity: 2, unitPrice: 999 },
        { productId: products.coffee, name: 'Flat white', quantity: 1, unitPrice: 350 },
      ],
      currency: 'EUR',
      total: 2348,
      note: 'Candles please',
    });

    const order = await recorded(sent.body.id, customer);
    assert.equal(order.body.status, 'pending');
    assert.equal(order.body.customerId, customer.account.id);
    assert.equal(order.body.businessId, shop.account.id);
    assert.equal(order.body.chatId, chatId);
    assert.equal(order.body.total, 2348);
    assert.equal(order.body.currencyDigits, 2);
    assert.equal(order.body.note, 'Candles please');
    assert.deepEqual(order.body.items, sent.body.content.items);
    assert.deepEqual((await as(shop).get(`/v1/business/orders/${sent.body.id}`)).body, order.body);

    const history = await as(shop).get(`/v1/chats/${chatId}/messages`);
    assert.ok(
      history.body.messages.some(
        (m: { id: string; type: string }) => m.id === sent.body.id && m.type === 'order',
      ),
    );
  });

  test('the client cannot set prices, names or totals', async () => {
    const priced = await send({ items: [{ productId: products.coffee, quantity: 1, unitPrice: 1 }] });
    assertRefused(priced, 400, 'invalid_argument');
    assertRefused(
      await send({ items: [{ productId: products.coffee, quantity: 1 }], total: 1 }),
      400,
      'invalid_argument',
    );
  });

  test('orders name visible, in-stock products of the chat’s business, in one currency', async () => {
    const one = (productId: string, quantity = 1) => send({ items: [{ productId, quantity }] });
    assertRefused(await one(products.hidden!), 404, 'not_found');
    assertRefused(await one(products.theirs!), 404, 'not_found');
    assertRefused(await one('no-such-product'), 404, 'not_found');
    assertRefused(await one(products.soldOut!), 409, 'conflict');
    assertRefused(await one(products.coffee!, 0), 400, 'invalid_argument');
    assertRefused(await one(products.coffee!, 1000), 400, 'invalid_argument');
    assertRefused(await send({ items: [] }), 400, 'invalid_argument');
    const mixed = await send({
      items: [
        { productId: products.coffee, quantity: 1 },
        { productId: products.dollars, quantity: 1 },
      ],
    });
    assertRefused(mixed, 400, 'invalid_argument');
    assert.deepEqual(mixed.body.error.details.currencies, ['EUR', 'USD']);
    const twice = await send({
      items: [
        { productId: products.coffee, quantity: 1 },
        { productId: products.coffee, quantity: 2 },
      ],
    });
    assertRefused(twice, 400, 'invalid_argument');
    const wrongBusiness = await send({
      businessId: rival.account.id,
      items: [{ productId: products.theirs, quantity: 1 }],
    });
    assertRefused(wrongBusiness, 400, 'invalid_argument');
  });

  test('orders go to a business in a direct chat only', async () => {
    const toPerson = await directChat(customer, stranger);
    assertRefused(
      await send({ items: [{ productId: products.coffee, quantity: 1 }] }, 'order', toPerson),
      404,
      'not_found',
    );
    const group = await as(customer).post('/v1/groups', {
      subject: 'Office lunch',
      memberIds: [shop.account.id, stranger.account.id],
    });
    assert.equal(group.status, 201, JSON.stringify(group.body));
    assertRefused(
      await send({ items: [{ productId: products.coffee, quantity: 1 }] }, 'order', group.body.id),
      400,
      'invalid_argument',
    );
    assertRefused(
      await send(
        { items: [{ productId: products.coffee, quantity: 1 }] },
        'order',
        await directChat(stranger, shop),
      ),
      404,
      'not_found',
    );
  });

  test('the business moves an order through its life cycle; other moves are conflicts', async () => {
    const sent = await send({ items: [{ productId: products.coffee, quantity: 3 }] });
    const path = `/v1/business/orders/${sent.body.id}`;
    await recorded(sent.body.id);
    assertRefused(await as(shop).patch(path, { status: 'shipped' }), 409, 'conflict');
    assertRefused(await as(shop).patch(path, { status: 'pending' }), 409, 'conflict');
    assertRefused(await as(shop).patch(path, { status: 'lost' }), 400, 'invalid_argument');
    for (const status of ['paid', 'shipped', 'completed']) {
      const moved = await as(shop).patch(path, { status });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      assert.equal(moved.body.status, status);
    }
    const refused = await as(shop).patch(path, { status: 'cancelled' });
    assertRefused(refused, 409, 'conflict');
    assert.deepEqual(refused.body.error.details, { status: 'completed', allowed: [] });
    assert.equal((await as(customer).get(`/v1/orders/${sent.body.id}`)).body.status, 'completed');

    const cancelled = await send({ items: [{ productId: products.coffee, quantity: 1 }] });
    await recorded(cancelled.body.id);
    await as(shop).patch(`/v1/business/orders/${cancelled.body.id}`, { status: 'paid' });
    const moved = await as(shop).patch(`/v1/business/orders/${cancelled.body.id}`, { status: 'cancelled' });
    assert.equal(moved.body.status, 'cancelled');
  });

  test('only the two parties see an order, and only the business changes it', async () => {
    const sent = await send({ items: [{ productId: products.cake, quantity: 1 }] });
    await recorded(sent.body.id);
    assertRefused(await as(stranger).get(`/v1/orders/${sent.body.id}`), 404, 'not_found');
    assertRefused(await as(rival).get(`/v1/orders/${sent.body.id}`), 404, 'not_found');
    assertRefused(await as(rival).get(`/v1/business/orders/${sent.body.id}`), 404, 'not_found');
    assertRefused(
      await as(rival).patch(`/v1/business/orders/${sent.body.id}`, { status: 'paid' }),
      404,
      'not_found',
    );
    assertRefused(
      await as(customer).patch(`/v1/business/orders/${sent.body.id}`, { status: 'paid' }),
      404,
      'not_found',
    );
    assertRefused(await as(customer).get('/v1/business/orders'), 404, 'not_found');
    assertRefused(await as(shop).get('/v1/business/orders/no-such-order'), 404, 'not_found');
    assertRefused(await call(url, 'GET', `/v1/orders/${sent.body.id}`), 401, 'unauthenticated');
  });

  test('the orders list pages newest first and filters by status', async () => {
    const seller = await signIn(url, 805, 'business');
    const tea = await addProduct(url, seller.token, { name: 'Tea', price: 200 });
    const chat = await directChat(customer, seller);
    const ids: string[] = [];
    for (let i = 1; i <= 5; i += 1) {
      const sent = await send({ items: [{ productId: tea, quantity: i }] }, 'order', chat);
      ids.push(sent.body.id);
      await recorded(sent.body.id, seller);
      clock.advance(1000);
    }
    await as(seller).patch(`/v1/business/orders/${ids[1]}`, { status: 'paid' });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '?limit=2' : `?limit=2&cursor=${cursor}`;
      const page = await as(seller).get(`/v1/business/orders${query}`);
      assert.equal(page.status, 200, JSON.stringify(page.body));
      assert.ok(page.body.orders.length <= 2);
      seen.push(...page.body.orders.map((o: { id: string }) => o.id));
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    assert.deepEqual(seen, [...ids].reverse());

    const paid = await as(seller).get('/v1/business/orders?status=paid');
    assert.deepEqual(
      paid.body.orders.map((o: { id: string }) => o.id),
      [ids[1]],
    );
    assertRefused(await as(seller).get('/v1/business/orders?cursor=garbage'), 400, 'invalid_argument');
    assertRefused(await as(seller).get('/v1/business/orders?status=lost'), 400, 'invalid_argument');
    assertRefused(await as(seller).get('/v1/business/orders?limit=101'), 400, 'invalid_argument');
  });

  test('a product or a whole catalog is shared as a product message', async () => {
    const group = await as(stranger).post('/v1/groups', {
      subject: 'Cake fans',
      memberIds: [customer.account.id],
    });
    const shared = await send(
      { businessId: shop.account.id, productId: products.cake },
      'product',
      group.body.id,
      stranger,
    );
    assert.equal(shared.status, 201, JSON.stringify(shared.body));
    assert.deepEqual(shared.body.content, { businessId: shop.account.id, productId: products.cake });
    const whole = await send({ businessId: shop.account.id }, 'product', group.body.id, stranger);
    assert.equal(whole.status, 201);
    assert.deepEqual(whole.body.content, { businessId: shop.account.id });
    assertRefused(
      await send({ businessId: shop.account.id, productId: products.hidden }, 'product'),
      404,
      'not_found',
    );
    assertRefused(
      await send({ businessId: rival.account.id, productId: products.cake }, 'product'),
      404,
      'not_found',
    );
    assertRefused(await send({ businessId: stranger.account.id }, 'product'), 404, 'not_found');
    assertRefused(await send({ businessId: shop.account.id, price: 1 }, 'product'), 400, 'invalid_argument');
  });
});
