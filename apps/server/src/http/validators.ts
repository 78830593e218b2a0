import { Ajv, type Options } from 'ajv';
import type { FastifySchemaCompiler } from 'fastify';

const shared: Options = { allErrors: false, strict: false, removeAdditional: false, useDefaults: true };
// Paths and query strings are text by nature, so "20" may become 20 there; in a JSON body a
// string where a number belongs is the client's mistake and is refused.
const forText = new Ajv({ ...shared, coerceTypes: 'array' });
const forBodies = new Ajv({ ...shared, coerceTypes: false });

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? forBodies : forText).compile(schema);
