import type {
  CatalogView,
  CollectionView,
  CreateProductBody,
  ProductView,
  UpdateProductBody,
} from '@parley/contracts';
import { ParleyApiError } from '@parley/sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParley } from '../../data/parley-context';
import { useIsBusiness } from '../../data/queries';
import { queryKeys } from '../../data/query-keys';

/** The business's own items, hidden ones too; a person's account has none (the server answers 404). */
export function useOwnProducts() {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.ownProducts,
    queryFn: async () =>
      (await client.request<{ products: ProductView[] }>('GET', '/v1/business/products')).products,
    enabled: useIsBusiness(),
  });
}

export function useOwnCollections() {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.ownCollections,
    queryFn: async () =>
      (await client.request<{ collections: CollectionView[] }>('GET', '/v1/business/collections'))
        .collections,
    enabled: useIsBusiness(),
  });
}

/** A business's catalog as its customers browse it. */
export function useCatalog(businessId: string | undefined) {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.catalog(businessId ?? ''),
    queryFn: () => client.request<CatalogView>('GET', `/v1/accounts/${businessId}/catalog`),
    enabled: businessId !== undefined,
    staleTime: 30_000,
  });
}

/** One item; a hidden or deleted one is a 404, which is not worth retrying. */
export function useProduct(businessId: string, productId: string | undefined) {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.product(businessId, productId ?? ''),
    queryFn: () => client.request<ProductView>('GET', `/v1/accounts/${businessId}/products/${productId}`),
    enabled: productId !== undefined,
    staleTime: 30_000,
    retry: (failures, error) => !(error instanceof ParleyApiError && error.status === 404) && failures < 2,
  });
}

/** Every change to the catalog refreshes the owner's lists and what customers on this browser see. */
function useCatalogMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  const { session } = useParley();
  return useMutation({
    mutationFn: run,
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.ownProducts }),
        queryClient.invalidateQueries({ queryKey: queryKeys.ownCollections }),
        queryClient.invalidateQueries({ queryKey: queryKeys.catalog(session.accountId) }),
      ]);
    },
  });
}

export function useSaveProduct() {
  const { client } = useParley();
  return useCatalogMutation(({ id, body }: { id: string | undefined; body: CreateProductBody }) =>
    id === undefined
      ? client.request<ProductView>('POST', '/v1/business/products', body)
      : client.request<ProductView>('PATCH', `/v1/business/products/${id}`, body satisfies UpdateProductBody),
  );
}

export function useDeleteProduct() {
  const { client } = useParley();
  return useCatalogMutation((id: string) => client.request('DELETE', `/v1/business/products/${id}`));
}

export interface CollectionFields {
  readonly name: string;
  readonly productIds: readonly string[];
  readonly hidden: boolean;
}

export function useSaveCollection() {
  const { client } = useParley();
  return useCatalogMutation(({ id, fields }: { id: string | undefined; fields: CollectionFields }) =>
    id === undefined
      ? client.request<CollectionView>('POST', '/v1/business/collections', fields)
      : client.request<CollectionView>('PATCH', `/v1/business/collections/${id}`, fields),
  );
}

export function useDeleteCollection() {
  const { client } = useParley();
  return useCatalogMutation((id: string) => client.request('DELETE', `/v1/business/collections/${id}`));
}
