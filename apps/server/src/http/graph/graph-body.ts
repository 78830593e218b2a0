import type { FastifyRequest } from 'fastify';

/**
 * For routes whose body Graph lets callers leave out: an absent body is validated as `{}`, so its
 * schema still refuses unknown keys and bad values when there is one.
 */
export const emptyBodyAllowed = {
  preValidation: async (request: FastifyRequest): Promise<void> => {
    request.body ??= {};
  },
};
