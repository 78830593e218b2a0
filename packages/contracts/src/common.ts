import { Type, type StringOptions, type TSchema } from '@sinclair/typebox';

/**
 * Text people write that the server stores as text (names, subjects, reasons): anything but
 * U+0000, which nobody types and PostgreSQL cannot store.
 */
export const PlainText = (options: StringOptions = {}) =>
  Type.String({ ...options, pattern: '^[^\\u0000]*$' });

/** A Graph node id: digits, as the Cloud API writes them. */
export const GraphId = Type.String({ pattern: '^\\d{1,32}$' });

/** Ids are opaque URL-safe strings, chosen by the server or, for messages, by the client. */
export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });
/** The highest seq a chat reaches; seqs are 32-bit integers in storage. */
export const MAX_SEQ = 2_000_000_000;
export const Seq = Type.Integer({ minimum: 0, maximum: MAX_SEQ });
/** Bounded so that every timestamp is an exact number here and fits a 64-bit column in storage. */
export const Timestamp = Type.Integer({
  minimum: 0,
  maximum: Number.MAX_SAFE_INTEGER,
  description: 'Epoch milliseconds',
});

/** Bodies name every field they accept; anything else is refused. */
export const Strict = { additionalProperties: false } as const;

/** A value or null (the wire's "not set"). */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
