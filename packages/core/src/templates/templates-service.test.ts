import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { PlatformError } from '../platform/index.js';
import type { TemplateFilters, TemplatePage, TemplatePageRequest, TemplateRepository } from './ports.js';
import type { Template, TemplateCreateInput } from './template.js';
import type { TemplateStatusChange } from './template-lifecycle.js';
import { TEMPLATE_SUBCODES } from './template-rules.js';
import { createTemplatesService } from './templates-service.js';

const WABA = '2000000000000001';
const OTHER = '2000000000000002';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Enough of a repository for the service's rules; the SQL one has its own contract suite. */
function memoryRepository(): TemplateRepository {
  const rows: (Template & { deletedAt: number | null })[] = [];
  const live = (wabaId: string) => rows.filter((t) => t.wabaId === wabaId && t.deletedAt === null);
  const strip = ({ deletedAt: _, ...template }: Template & { deletedAt: number | null }): Template =>
    template;
  function paged(from: typeof rows, filters: TemplateFilters, page: TemplatePageRequest): TemplatePage {
    const all = from
      .map(strip)
      .filter((t) => filters.name === undefined || t.name === filters.name)
      .filter((t) => filters.status === undefined || filters.status.includes(t.status));
    const start =
      page.after === undefined ? 0 : all.findIndex((t) => `${t.createdAt}.${t.id}` === page.after) + 1;
    return { templates: all.slice(start, start + page.limit), more: all.length > start + page.limit };
  }
  return {
    async create(wabaId, template) {
      if (live(wabaId).some((t) => t.name === template.name && t.language === template.language))
        return false;
      rows.push({ ...template, wabaId, deletedAt: null });
      return true;
    },
    get: async (wabaId, id) =>
      live(wabaId)
        .map(strip)
        .find((t) => t.id === id),
    getById: async (id) =>
      rows
        .filter((t) => t.deletedAt === null)
        .map(strip)
        .find((t) => t.id === id),
    findByNameLanguage: async (wabaId, name, language) =>
      live(wabaId)
        .map(strip)
        .find((t) => t.name === name && t.language === language),
    list: async (wabaId, filters, page) => paged(live(wabaId), filters, page),
    listAll: async (filters, page) =>
      paged(
        rows.filter((t) => t.deletedAt === null),
        filters,
        page,
      ),
    async update(wabaId, template) {
      const i = rows.findIndex((t) => t.wabaId === wabaId && t.id === template.id && t.deletedAt === null);
      if (i < 0) return false;
      rows[i] = { ...template, deletedAt: null };
      return true;
    },
    async delete(wabaId, which, at) {
      const matched = live(wabaId).filter(
        (t) => t.name === which.name && (!('id' in which) || t.id === which.id),
      );
      for (const t of matched) t.deletedAt = at;
      return matched.map(strip);
    },
    approvedDeletedSince: async (wabaId, name, since) =>
      rows.some(
        (t) =>
          t.wabaId === wabaId &&
          t.name === name &&
          (t.deletedAt ?? -1) >= since &&
          ['APPROVED', 'PAUSED'].includes(t.status),
      ),
    countCreatedSince: async (wabaId, since) =>
      rows.filter((t) => t.wabaId === wabaId && t.createdAt >= since).length,
    count: async (wabaId) => live(wabaId).length,
  };
}

const utility = (name = 'order_update', over: Partial<TemplateCreateInput> = {}): TemplateCreateInput => ({
  name,
  language: 'en_US',
  category: 'UTILITY',
  components: [
    { type: 'BODY', text: 'Hi {{1}}, your order shipped.', example: { body_text: [['Ann']] } },
    { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Thanks' }] },
  ],
  ...over,
});
const authentication: TemplateCreateInput = {
  name: 'login_code',
  language: 'en',
  category: 'AUTHENTICATION',
  components: [{ type: 'BODY' }, { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE' }] }],
};

async function refusal(run: () => Promise<unknown>): Promise<[number, number | undefined]> {
  try {
    await run();
  } catch (error) {
    assert.ok(error instanceof PlatformError, String(error));
    return [error.graphCode, error.subcode];
  }
  assert.fail('accepted');
}

describe('templates service', () => {
  let now: number;
  let changes: TemplateStatusChange[];
  let service: ReturnType<typeof createTemplatesService>;
  beforeEach(() => {
    now = 100 * DAY;
    changes = [];
    let next = 0;
    service = createTemplatesService({
      templates: memoryRepository(),
      ids: { next: () => `6${String(++next).padStart(15, '0')}` },
      clock: { now: () => now },
      onStatusChange: (change) => void changes.push(change),
    });
  });

  test('create: reviewed at once; authentication is approved, utility waits, a refusal is told', async () => {
    const pending = await service.create(WABA, utility());
    assert.equal(pending.id, '6000000000000001');
    assert.equal(pending.status, 'PENDING');
    assert.equal(changes.length, 0);
    const auth = await service.create(WABA, authentication);
    assert.equal(auth.status, 'APPROVED');
    assert.deepEqual(
      changes.map((c) => [c.event, c.templateId, c.wabaId]),
      [['APPROVED', auth.id, WABA]],
    );
    const promo = await service.create(
      WABA,
      utility('promo', { components: [{ type: 'BODY', text: 'Big sale today' }] }),
    );
    assert.equal(promo.status, 'REJECTED');
    assert.equal(promo.rejectedReason, 'INCORRECT_CATEGORY');
    assert.equal(changes.at(-1)?.reason, 'INCORRECT_CATEGORY');
  });

  test('create: one template per name and language; quotas of 250 and 100 an hour', async () => {
    await service.create(WABA, utility());
    assert.deepEqual(await refusal(() => service.create(WABA, utility())), [
      100,
      TEMPLATE_SUBCODES.languageExists,
    ]);
    await service.create(WABA, utility('order_update', { language: 'fr' }));
    await service.create(OTHER, utility());

    const small = createTemplatesService({
      templates: memoryRepository(),
      ids: { next: () => `6${String(Math.random()).slice(2, 17).padEnd(15, '1')}` },
      clock: { now: () => now },
      quotas: { perWaba: 2, creationsPerHour: 3 },
    });
    await small.create(WABA, utility('a'));
    await small.create(WABA, utility('b'));
    assert.deepEqual(await refusal(() => small.create(WABA, utility('c'))), [
      100,
      TEMPLATE_SUBCODES.countLimit,
    ]);
    await small.delete(WABA, { name: 'a' });
    await small.create(WABA, utility('c'));
    await small.delete(WABA, { name: 'c' });
    // Deleted templates still count toward the hour.
    assert.deepEqual(await refusal(() => small.create(WABA, utility('d'))), [
      100,
      TEMPLATE_SUBCODES.countLimit,
    ]);
  });

  test('an approved name deleted less than 30 days ago cannot be reused', async () => {
    const auth = await service.create(WABA, authentication);
    await service.delete(WABA, { id: auth.id, name: auth.name });
    assert.equal(changes.at(-1)?.event, 'DELETED');
    now += 29 * DAY;
    assert.deepEqual(await refusal(() => service.create(WABA, authentication)), [
      100,
      TEMPLATE_SUBCODES.nameRecentlyDeleted,
    ]);
    now += 2 * DAY;
    assert.equal((await service.create(WABA, authentication)).status, 'APPROVED');
    // A name that was never approved is free at once.
    await service.create(WABA, utility('draft'));
    await service.delete(WABA, { name: 'draft' });
    await service.create(WABA, utility('draft'));
  });

  test('get, locate and list; a foreign or unknown id is 100/33', async () => {
    const mine = await service.create(WABA, utility('a'));
    await service.create(WABA, utility('b'));
    await service.create(WABA, utility('c'));
    assert.deepEqual(await service.get(WABA, mine.id), mine);
    assert.deepEqual(await service.locate(mine.id), mine);
    assert.deepEqual(await refusal(() => service.get(OTHER, mine.id)), [100, 33]);
    assert.deepEqual(await refusal(() => service.edit(OTHER, mine.id, {})), [100, 33]);
    assert.deepEqual(await refusal(() => service.decide(OTHER, mine.id, { action: 'approve' })), [100, 33]);
    assert.deepEqual(await refusal(() => service.delete(OTHER, { id: mine.id, name: 'a' })), [100, 33]);
    const first = await service.list(WABA, {}, { limit: 2 });
    assert.deepEqual(
      first.data.map((t) => t.name),
      ['a', 'b'],
    );
    assert.equal(first.hasNext, true);
    assert.equal(first.hasPrevious, false);
    const second = await service.list(WABA, {}, { limit: 2, after: first.after! });
    assert.deepEqual(
      second.data.map((t) => t.name),
      ['c'],
    );
    assert.equal(second.hasNext, false);
    assert.equal(second.hasPrevious, true);
  });

  test('listAll is the review queue across WABAs', async () => {
    const mine = await service.create(WABA, utility('mine'));
    const theirs = await service.create(OTHER, utility('theirs'));
    const first = await service.listAll({ status: ['PENDING'] }, { limit: 1 });
    assert.deepEqual(first.data, [mine]);
    assert.equal(first.hasNext, true);
    const second = await service.listAll({ status: ['PENDING'] }, { limit: 1, after: first.after! });
    assert.deepEqual(second.data, [theirs]);
    assert.equal(second.hasNext, false);
    await service.decide(OTHER, theirs.id, { action: 'approve' });
    assert.deepEqual((await service.listAll({ status: ['PENDING'] }, { limit: 10 })).data, [mine]);
  });

  test('deleting a name that has none is marked for the Graph edge’s 404', async () => {
    const error = await service.delete(WABA, { name: 'nothing_here' }).catch((e: unknown) => e);
    assert.ok(error instanceof PlatformError);
    assert.equal(error.graphCode, 100);
    assert.equal(error.details?.missingTemplateName, true);
  });

  test('operator decisions change the status and tell the webhooks', async () => {
    const template = await service.create(WABA, utility());
    const approved = await service.decide(WABA, template.id, { action: 'approve' });
    assert.equal(approved.status, 'APPROVED');
    assert.equal((await service.get(WABA, template.id)).status, 'APPROVED');
    await service.decide(WABA, template.id, { action: 'pause' });
    await service.decide(WABA, template.id, { action: 'disable' });
    assert.deepEqual(
      changes.map((c) => c.event),
      ['APPROVED', 'PAUSED', 'DISABLED'],
    );
    assert.deepEqual(await refusal(() => service.delete(WABA, { name: template.name })), [100, undefined]);
  });

  test('edits replace the components, go back through review and respect the limits', async () => {
    const template = await service.create(WABA, utility());
    assert.equal((await refusal(() => service.edit(WABA, template.id, {})))[0], 100);
    await service.decide(WABA, template.id, { action: 'approve' });
    const components = [
      { type: 'BODY', text: 'Hello {{1}}, your parcel is on its way.', example: { body_text: [['Ann']] } },
    ];
    assert.equal(
      (await refusal(() => service.edit(WABA, template.id, { category: 'MARKETING', components })))[0],
      100,
    );
    const edited = await service.edit(WABA, template.id, { components });
    assert.equal(edited.status, 'PENDING');
    assert.deepEqual(edited.components.buttons, []);
    assert.equal(edited.components.body.text, 'Hello {{1}}, your parcel is on its way.');
    assert.deepEqual(edited.approvedEdits, [now]);
    assert.equal(changes.at(-1)?.event, 'PENDING');
    await service.decide(WABA, template.id, { action: 'approve' });
    now += HOUR;
    assert.equal((await refusal(() => service.edit(WABA, template.id, { components })))[0], 100);
    now += DAY;
    await service.edit(WABA, template.id, { components });
    // Editing only the category of a rejected template revalidates the stored components.
    const rejected = await service.create(
      WABA,
      utility('promo', { components: [{ type: 'BODY', text: 'Big sale today' }] }),
    );
    const recategorised = await service.edit(WABA, rejected.id, { category: 'MARKETING' });
    assert.equal(recategorised.category, 'MARKETING');
    assert.equal(recategorised.status, 'PENDING');
  });

  test('delete by name takes every language; by id only that one, and only with its name', async () => {
    const english = await service.create(WABA, utility());
    const french = await service.create(WABA, utility('order_update', { language: 'fr' }));
    assert.deepEqual(await refusal(() => service.delete(WABA, { id: french.id, name: 'other' })), [100, 33]);
    assert.deepEqual(
      (await service.delete(WABA, { id: french.id, name: french.name })).map((t) => t.id),
      [french.id],
    );
    assert.deepEqual(
      (await service.delete(WABA, { name: english.name })).map((t) => t.id),
      [english.id],
    );
    assert.deepEqual(await refusal(() => service.delete(WABA, { name: english.name })), [100, undefined]);
  });

  test('prepareSend renders the WABA’s approved template and refuses the others', async () => {
    const template = await service.create(WABA, utility());
    const send = {
      name: 'order_update',
      language: { code: 'en_US' },
      components: [{ type: 'body', parameters: [{ type: 'text', text: 'Jessica' }] }],
    };
    const noMedia = async () => assert.fail('no media here');
    assert.equal((await refusal(() => service.prepareSend(WABA, send, noMedia)))[0], 132001);
    await service.decide(WABA, template.id, { action: 'approve' });
    assert.deepEqual(await service.prepareSend(WABA, send, noMedia), {
      templateId: template.id,
      name: 'order_update',
      language: 'en_US',
      category: 'UTILITY',
      body: 'Hi Jessica, your order shipped.',
      buttons: [{ type: 'quick_reply', text: 'Thanks' }],
    });
    assert.equal((await refusal(() => service.prepareSend(OTHER, send, noMedia)))[0], 132001);
    assert.equal(
      (await refusal(() => service.prepareSend(WABA, { ...send, language: { code: 'fr' } }, noMedia)))[0],
      132001,
    );
    await service.decide(WABA, template.id, { action: 'pause' });
    assert.equal((await refusal(() => service.prepareSend(WABA, send, noMedia)))[0], 132015);
  });
});
