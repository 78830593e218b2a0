import type {
  ParameterFormat,
  QualityScore,
  RejectionReason,
  Template,
  TemplateCategory,
  TemplateDeletion,
  TemplateFilters,
  TemplatePage,
  TemplatePageRequest,
  TemplateRepository,
  TemplateStatus,
} from '@parley/core';
import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import type { Database, TemplatesTable } from '../schema.js';
import { isUniqueViolation } from '../unique-violation.js';

type Row = Selectable<TemplatesTable>;

function searchText(template: Template): string {
  const { header, body, footer } = template.components;
  const parts = [template.name, header?.format === 'TEXT' ? header.text : '', body.text, footer?.text ?? ''];
  return parts.join('\n').toLowerCase();
}

function toRow(template: Template): Omit<Row, 'deleted_at'> {
  return {
    id: template.id,
    waba_id: template.wabaId,
    name: template.name,
    language: template.language,
    category: template.category,
    sub_category: template.subCategory,
    parameter_format: template.parameterFormat,
    components: JSON.stringify(template.components),
    search_text: searchText(template),
    status: template.status,
    rejected_reason: template.rejectedReason,
    quality_score: template.qualityScore,
    message_send_ttl_seconds: template.messageSendTtlSeconds,
    pause_count: template.pauseCount,
    approved_edits: JSON.stringify(template.approvedEdits),
    created_at: template.createdAt,
    updated_at: template.updatedAt,
  };
}

function fromRow(row: Row): Template {
  return {
    id: row.id,
    wabaId: row.waba_id,
    name: row.name,
    language: row.language,
    category: row.category as TemplateCategory,
    subCategory: row.sub_category,
    parameterFormat: row.parameter_format as ParameterFormat,
    components: JSON.parse(row.components),
    status: row.status as TemplateStatus,
    rejectedReason: row.rejected_reason as RejectionReason | null,
    qualityScore: row.quality_score as QualityScore,
    messageSendTtlSeconds: row.message_send_ttl_seconds,
    pauseCount: row.pause_count,
    approvedEdits: JSON.parse(row.approved_edits),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** `${createdAt}.${id}`; anything else matches nothing rather than failing. */
function parseCursor(cursor: string): { createdAt: number; id: string } | undefined {
  const dot = cursor.indexOf('.');
  const createdAt = Number(cursor.slice(0, dot));
  if (dot < 1 || !Number.isSafeInteger(createdAt)) return undefined;
  return { createdAt, id: cursor.slice(dot + 1) };
}

// LIKE with `!` as its escape, the same in SQLite and PostgreSQL: `_` is common in names.
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;

export class SqlTemplateRepository implements TemplateRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private live(wabaId: string) {
    return this.db
      .selectFrom('templates')
      .selectAll()
      .where('waba_id', '=', wabaId)
      .where('deleted_at', 'is', null);
  }

  async create(wabaId: string, template: Template): Promise<boolean> {
    try {
      await this.db
        .insertInto('templates')
        .values({ ...toRow(template), waba_id: wabaId, deleted_at: null })
        .execute();
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async get(wabaId: string, id: string): Promise<Template | undefined> {
    const row = await this.live(wabaId).where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : fromRow(row);
  }

  async getById(id: string): Promise<Template | undefined> {
    const row = await this.db
      .selectFrom('templates')
      .selectAll()
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return row === undefined ? undefined : fromRow(row);
  }

  async findByNameLanguage(wabaId: string, name: string, language: string): Promise<Template | undefined> {
    const row = await this.live(wabaId)
      .where('name', '=', name)
      .where('language', '=', language)
      .executeTakeFirst();
    return row === undefined ? undefined : fromRow(row);
  }

  list(wabaId: string, filters: TemplateFilters, page: TemplatePageRequest): Promise<TemplatePage> {
    return this.page(this.live(wabaId), filters, page);
  }

  listAll(filters: TemplateFilters, page: TemplatePageRequest): Promise<TemplatePage> {
    return this.page(
      this.db.selectFrom('templates').selectAll().where('deleted_at', 'is', null),
      filters,
      page,
    );
  }

  private async page(
    base: ReturnType<SqlTemplateRepository['live']>,
    filters: TemplateFilters,
    page: TemplatePageRequest,
  ): Promise<TemplatePage> {
    let query = base;
    if (filters.name !== undefined) query = query.where('name', '=', filters.name);
    if (filters.nameOrContent !== undefined && filters.nameOrContent !== '') {
      query = query.where(sql<boolean>`search_text like ${likePattern(filters.nameOrContent)} escape '!'`);
    }
    if (filters.status !== undefined && filters.status.length > 0)
      query = query.where('status', 'in', filters.status);
    if (filters.category !== undefined && filters.category.length > 0) {
      query = query.where('category', 'in', filters.category);
    }
    if (filters.language !== undefined && filters.language.length > 0) {
      query = query.where('language', 'in', filters.language);
    }
    const backwards = page.after === undefined && page.before !== undefined;
    const cursorText = page.after ?? page.before;
    if (cursorText !== undefined) {
      const cursor = parseCursor(cursorText);
      if (cursor === undefined) return { templates: [], more: false };
      const op = backwards ? '<' : '>';
      query = query.where((eb: ExpressionBuilder<Database, 'templates'>) =>
        eb.or([
          eb('created_at', op, cursor.createdAt),
          eb.and([eb('created_at', '=', cursor.createdAt), eb('id', op, cursor.id)]),
        ]),
      );
    }
    const order = backwards ? 'desc' : 'asc';
    const rows = await query
      .orderBy('created_at', order)
      .orderBy('id', order)
      .limit(page.limit + 1)
      .execute();
    const more = rows.length > page.limit;
    const templates = rows.slice(0, page.limit).map(fromRow);
    return { templates: backwards ? templates.reverse() : templates, more };
  }

  async update(wabaId: string, template: Template): Promise<boolean> {
    const { id, waba_id: _, created_at: __, ...change } = toRow(template);
    const result = await this.db
      .updateTable('templates')
      .set(change)
      .where('waba_id', '=', wabaId)
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async delete(wabaId: string, which: TemplateDeletion, at: number): Promise<Template[]> {
    let query = this.db
      .updateTable('templates')
      .set({ deleted_at: at })
      .where('waba_id', '=', wabaId)
      .where('name', '=', which.name)
      .where('deleted_at', 'is', null);
    if ('id' in which) query = query.where('id', '=', which.id);
    return (await query.returningAll().execute()).map(fromRow);
  }

  async approvedDeletedSince(wabaId: string, name: string, since: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('templates')
      .select('id')
      .where('waba_id', '=', wabaId)
      .where('name', '=', name)
      .where('deleted_at', '>=', since)
      .where('status', 'in', ['APPROVED', 'PAUSED'])
      .executeTakeFirst();
    return row !== undefined;
  }

  async countCreatedSince(wabaId: string, since: number): Promise<number> {
    const row = await this.db
      .selectFrom('templates')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('waba_id', '=', wabaId)
      .where('created_at', '>=', since)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async count(wabaId: string): Promise<number> {
    const row = await this.db
      .selectFrom('templates')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('waba_id', '=', wabaId)
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }
}
