import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { describe, test } from 'node:test';
import { templateCursor, type Template } from '@parley/core';
import type { Kysely } from 'kysely';
import { SqlPlatformRepository } from '../repositories/platform-repository.js';
import { SqlTemplateRepository } from '../repositories/template-repository.js';
import type { Database } from '../schema.js';

const graphId = (prefix: string) => `${prefix}${String(randomInt(1e7, 1e8))}${String(randomInt(1e7, 1e8))}`;

export function templatesContract(getDb: () => Kysely<Database>): void {
  describe('SqlTemplateRepository', () => {
    const repo = () => new SqlTemplateRepository(getDb());

    async function aWaba(): Promise<string> {
      const platform = new SqlPlatformRepository(getDb());
      const portfolio = { id: graphId('1'), name: `Portfolio ${graphId('1')}`, createdAt: 1_000 };
      await platform.createPortfolio(portfolio);
      const waba = {
        id: graphId('2'),
        portfolioId: portfolio.id,
        name: 'Main',
        timezoneId: 'UTC',
        namespace: 'ns',
        createdAt: 1,
        disabledAt: null,
      };
      await platform.createWaba(waba);
      return waba.id;
    }

    const aTemplate = (wabaId: string, overrides: Partial<Template> = {}): Template => ({
      id: graphId('6'),
      wabaId,
      name: 'order_update',
      language: 'en_US',
      category: 'UTILITY',
      subCategory: null,
      parameterFormat: 'positional',
      components: {
        header: { type: 'HEADER', format: 'TEXT', text: 'Order news' },
        body: { type: 'BODY', text: 'Your order {{1}} ships today', example: { body_text: [['A-1']] } },
        footer: { type: 'FOOTER', text: 'Reply STOP to opt out' },
        buttons: [{ type: 'QUICK_REPLY', text: 'Thanks' }],
      },
      status: 'PENDING',
      rejectedReason: null,
      qualityScore: 'UNKNOWN',
      messageSendTtlSeconds: null,
      pauseCount: 0,
      approvedEdits: [],
      createdAt: 10_000,
      updatedAt: 10_000,
      ...overrides,
    });

    test('creates, reads by id and by name and language, updates', async () => {
      const waba = await aWaba();
      const template = aTemplate(waba, { messageSendTtlSeconds: 600, subCategory: 'CUSTOM' });
      assert.equal(await repo().create(waba, template), true);
      assert.deepEqual(await repo().get(waba, template.id), template);
      assert.deepEqual(await repo().getById(template.id), template);
      assert.deepEqual(await repo().findByNameLanguage(waba, 'order_update', 'en_US'), template);
      assert.equal(await repo().findByNameLanguage(waba, 'order_update', 'fr'), undefined);
      const changed: Template = {
        ...template,
        status: 'REJECTED',
        rejectedReason: 'INVALID_FORMAT',
        pauseCount: 1,
        approvedEdits: [20_000],
        updatedAt: 20_000,
      };
      assert.equal(await repo().update(waba, changed), true);
      assert.deepEqual(await repo().get(waba, template.id), changed);
    });

    test('a name is one template per language, and taking it stores nothing', async () => {
      const waba = await aWaba();
      await repo().create(waba, aTemplate(waba));
      assert.equal(await repo().create(waba, aTemplate(waba)), false);
      assert.equal(await repo().create(waba, aTemplate(waba, { language: 'fr' })), true);
      assert.equal(await repo().count(waba), 2);
      // Another WABA has its own names.
      const other = await aWaba();
      assert.equal(await repo().create(other, aTemplate(other)), true);
    });

    test('one WABA never sees or changes another’s templates', async () => {
      const [owner, other] = [await aWaba(), await aWaba()];
      const template = aTemplate(owner);
      await repo().create(owner, template);
      assert.equal(await repo().get(other, template.id), undefined);
      assert.equal(await repo().findByNameLanguage(other, template.name, template.language), undefined);
      assert.equal(await repo().update(other, { ...template, status: 'APPROVED' }), false);
      assert.deepEqual(await repo().delete(other, { name: template.name }, 5), []);
      assert.deepEqual((await repo().list(other, {}, { limit: 10 })).templates, []);
      assert.deepEqual(await repo().get(owner, template.id), template);
    });

    test('lists with filters, oldest first, paging both ways by cursor', async () => {
      const waba = await aWaba();
      const made: Template[] = [];
      for (let i = 0; i < 5; i++) {
        const template = aTemplate(waba, {
          name: `promo_${i}`,
          category: i % 2 === 0 ? 'MARKETING' : 'UTILITY',
          status: i === 4 ? 'APPROVED' : 'PENDING',
          // Two share a time: the id breaks the tie.
          createdAt: 1_000 + Math.min(i, 3),
        });
        await repo().create(waba, template);
        made.push(template);
      }
      const sorted = [...made].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
      const first = await repo().list(waba, {}, { limit: 2 });
      assert.deepEqual(first.templates, sorted.slice(0, 2));
      assert.equal(first.more, true);
      const second = await repo().list(waba, {}, { limit: 2, after: templateCursor(sorted[1]!) });
      assert.deepEqual(second.templates, sorted.slice(2, 4));
      const last = await repo().list(waba, {}, { limit: 2, after: templateCursor(sorted[3]!) });
      assert.deepEqual(last, { templates: sorted.slice(4), more: false });
      const back = await repo().list(waba, {}, { limit: 2, before: templateCursor(sorted[3]!) });
      assert.deepEqual(back, { templates: sorted.slice(1, 3), more: true });
      assert.deepEqual((await repo().list(waba, {}, { limit: 2, after: 'nonsense' })).templates, []);

      const names = async (filters: Parameters<SqlTemplateRepository['list']>[1]) =>
        (await repo().list(waba, filters, { limit: 10 })).templates.map((t) => t.name).sort();
      assert.deepEqual(await names({ category: ['UTILITY'] }), ['promo_1', 'promo_3']);
      assert.deepEqual(await names({ status: ['APPROVED'] }), ['promo_4']);
      assert.deepEqual(await names({ name: 'promo_2' }), ['promo_2']);
      assert.deepEqual(await names({ language: ['fr'] }), []);
    });

    test('listAll pages through every WABA’s templates with the same filters and cursors', async () => {
      const [one, two] = [await aWaba(), await aWaba()];
      // A name no other test uses, so the shared database's other templates stay out of the page.
      const name = `review_${graphId('9')}`;
      const first = aTemplate(one, { name, createdAt: 70_000 });
      const second = aTemplate(two, { name, createdAt: 70_001 });
      const approved = aTemplate(two, { name, language: 'fr', status: 'APPROVED', createdAt: 70_002 });
      for (const t of [first, second, approved]) await repo().create(t.wabaId, t);

      const pending = await repo().listAll({ name, status: ['PENDING'] }, { limit: 1 });
      assert.deepEqual(pending, { templates: [first], more: true });
      const next = await repo().listAll(
        { name, status: ['PENDING'] },
        { limit: 1, after: templateCursor(first) },
      );
      assert.deepEqual(next, { templates: [second], more: false });
      assert.deepEqual((await repo().listAll({ name }, { limit: 10 })).templates, [first, second, approved]);
      await repo().delete(one, { name }, 80_000);
      assert.deepEqual((await repo().listAll({ name }, { limit: 10 })).templates, [second, approved]);
    });

    test('name_or_content matches part of the name or the text in any case, and `_` literally', async () => {
      const waba = await aWaba();
      await repo().create(waba, aTemplate(waba, { name: 'welcome_note' }));
      await repo().create(waba, aTemplate(waba, { name: 'welcomeXnote' }));
      const names = async (nameOrContent: string) =>
        (await repo().list(waba, { nameOrContent }, { limit: 10 })).templates.map((t) => t.name).sort();
      assert.deepEqual(await names('ME_N'), ['welcome_note']);
      assert.deepEqual(await names('SHIPS TODAY'), ['welcomeXnote', 'welcome_note']);
      assert.deepEqual(await names('100%'), []);
    });

    test('deletes by name (every language) or by id; deleted ones free the name but still count', async () => {
      const waba = await aWaba();
      const english = aTemplate(waba, { status: 'APPROVED', createdAt: 50_000 });
      const french = aTemplate(waba, { language: 'fr', createdAt: 50_000 });
      const other = aTemplate(waba, { name: 'other', createdAt: 40_000 });
      for (const t of [english, french, other]) await repo().create(waba, t);

      assert.deepEqual(await repo().delete(waba, { id: french.id, name: 'wrong' }, 60_000), []);
      assert.deepEqual(await repo().delete(waba, { id: french.id, name: french.name }, 60_000), [french]);
      assert.equal(await repo().get(waba, french.id), undefined);
      assert.equal(await repo().getById(french.id), undefined);
      assert.deepEqual(await repo().delete(waba, { name: english.name }, 61_000), [english]);
      assert.equal(await repo().count(waba), 1);
      assert.equal(await repo().countCreatedSince(waba, 50_000), 2);
      assert.equal(await repo().countCreatedSince(waba, 40_000), 3);

      // Only the approved one blocks its name, and only since its deletion.
      assert.equal(await repo().approvedDeletedSince(waba, english.name, 61_000), true);
      assert.equal(await repo().approvedDeletedSince(waba, english.name, 61_001), false);
      assert.equal(await repo().approvedDeletedSince(waba, 'other', 0), false);
      // The name and language can be taken again.
      assert.equal(await repo().create(waba, aTemplate(waba)), true);
      assert.equal(await repo().update(waba, { ...english, status: 'PAUSED' }), false);
    });
  });
}
