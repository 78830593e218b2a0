import { DomainError } from '../shared/errors.js';
import { CATALOG_LIMITS } from './catalog-limits.js';
import type { CollectionFields } from './collection.js';

/**
 * Checks a collection as it will be stored and returns it trimmed. Its products must be the
 * business's own: `productIds` of the catalog are passed in so this stays pure.
 */
export function checkCollection(fields: CollectionFields, catalogIds: ReadonlySet<string>): CollectionFields {
  const name = fields.name.trim().replace(/\s+/gu, ' ');
  if (name === '' || [...name].length > CATALOG_LIMITS.collectionName) {
    throw new DomainError(
      'invalid_argument',
      `A collection name has 1 to ${CATALOG_LIMITS.collectionName} characters`,
      {
        field: 'name',
      },
    );
  }
  if (new Set(fields.productIds).size !== fields.productIds.length) {
    throw new DomainError('invalid_argument', 'A product appears twice in the collection', {
      field: 'productIds',
    });
  }
  const missing = fields.productIds.filter((id) => !catalogIds.has(id));
  if (missing.length > 0) {
    throw new DomainError('not_found', 'No such product in this catalog', { missing });
  }
  return { ...fields, name, productIds: [...fields.productIds] };
}
