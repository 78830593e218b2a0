import type { Template, TemplateCategory, TemplateStatus } from './template.js';

export interface TemplateFilters {
  /** Exact name. */
  readonly name?: string;
  /** Part of the name or of the header, body or footer text, any case. */
  readonly nameOrContent?: string;
  readonly status?: readonly TemplateStatus[];
  readonly category?: readonly TemplateCategory[];
  readonly language?: readonly string[];
}

/** Templates page oldest first; a cursor is a template's `${createdAt}.${id}`. */
export const templateCursor = (template: Template): string => `${template.createdAt}.${template.id}`;

export interface TemplatePageRequest {
  readonly limit: number;
  /** Templates after this cursor. */
  readonly after?: string;
  /** Templates before this cursor (ignored when `after` is given). */
  readonly before?: string;
}

export interface TemplatePage {
  /** Oldest first. */
  readonly templates: Template[];
  /** Whether more templates lie beyond the page in the direction asked (after, or before). */
  readonly more: boolean;
}

export type TemplateDeletion = { readonly name: string } | { readonly id: string; readonly name: string };

/**
 * Storage of message templates. Every call names the WABA, so one WABA never reaches another's
 * templates; `getById` alone serves the Graph's `/{id}` lookup, whose caller checks the WABA.
 * Deleted templates are kept out of sight (for the name-reuse rule and the hourly quota).
 */
export interface TemplateRepository {
  /** Resolves false, storing nothing, when the WABA already has the name in that language. */
  create(wabaId: string, template: Template): Promise<boolean>;
  get(wabaId: string, id: string): Promise<Template | undefined>;
  getById(id: string): Promise<Template | undefined>;
  findByNameLanguage(wabaId: string, name: string, language: string): Promise<Template | undefined>;
  list(wabaId: string, filters: TemplateFilters, page: TemplatePageRequest): Promise<TemplatePage>;
  /** The same list over every WABA: the operator's review queue. */
  listAll(filters: TemplateFilters, page: TemplatePageRequest): Promise<TemplatePage>;
  /** Resolves whether the WABA had the template. */
  update(wabaId: string, template: Template): Promise<boolean>;
  /** Marks the matching templates deleted at `at` and resolves them as they were. */
  delete(wabaId: string, which: TemplateDeletion, at: number): Promise<Template[]>;
  /** Whether a template of that name, APPROVED or PAUSED when deleted, was deleted at or after `since`. */
  approvedDeletedSince(wabaId: string, name: string, since: number): Promise<boolean>;
  /** Templates created at or after `since`, deleted ones included (the hourly quota). */
  countCreatedSince(wabaId: string, since: number): Promise<number>;
  /** Templates the WABA has now. */
  count(wabaId: string): Promise<number>;
}
