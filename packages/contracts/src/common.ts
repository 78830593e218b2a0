import { Type, type Static } from '@sinclair/typebox';

/** Ids are opaque URL-safe strings, chosen by the server or, for messages, by the client. */
export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });
export const Seq = Type.Integer({ minimum: 0, maximum: 2_000_000_000 });
export const Timestamp = Type.Integer({ minimum: 0, description: 'Epoch milliseconds' });

export const ErrorBody = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  }),
});
export type ErrorBody = Static<typeof ErrorBody>;
