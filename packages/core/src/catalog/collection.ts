/** A named, ordered group of a business's products ("Cakes", "Haircuts"), shown as a catalog section. */
export interface Collection {
  readonly id: string;
  readonly businessId: string;
  readonly name: string;
  /** In display order; ids of products since deleted are dropped when the product is. */
  readonly productIds: readonly string[];
  /** Hidden collections are kept for the business and shown to nobody else. */
  readonly hidden: boolean;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export type CollectionFields = Pick<Collection, 'name' | 'productIds' | 'hidden'>;
export type NewCollection = Pick<CollectionFields, 'name'> & Partial<CollectionFields>;
export type CollectionChange = Partial<CollectionFields>;
