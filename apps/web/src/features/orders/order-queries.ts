import type { OrderListView, OrderStatus, OrderView } from '@parley/contracts';
import { ParleyApiError } from '@parley/sdk';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParley } from '../../data/parley-context';
import { queryKeys } from '../../data/query-keys';
import { isOpen } from './order-status';

const PAGE_SIZE = 30;
/** How often an open order's bubble asks whether its status moved; orders have no live event. */
const OPEN_ORDER_REFRESH_MS = 4000;

/** The business's orders, newest first, page by page; `status` filters them. */
export function useOrders(status: OrderStatus | undefined) {
  const { client } = useParley();
  return useInfiniteQuery({
    queryKey: queryKeys.ordersByStatus(status ?? 'all'),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (status !== undefined) query.set('status', status);
      if (pageParam !== undefined) query.set('cursor', pageParam);
      return client.request<OrderListView>('GET', `/v1/business/orders?${query.toString()}`);
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/**
 * One order, for its customer or its business. The record is written a moment after the message,
 * so a 404 right after sending is retried; an open order is asked again now and then.
 */
export function useOrder(orderId: string) {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.order(orderId),
    queryFn: () => client.request<OrderView>('GET', `/v1/orders/${orderId}`),
    retry: (failures, error) => failures < (error instanceof ParleyApiError && error.status === 404 ? 8 : 2),
    retryDelay: (attempt) => Math.min(250 * 2 ** attempt, 4000),
    refetchInterval: (query) =>
      query.state.data === undefined || isOpen(query.state.data.status) ? OPEN_ORDER_REFRESH_MS : false,
  });
}

export function useSetOrderStatus() {
  const { client } = useParley();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ orderId, status }: { orderId: string; status: OrderStatus }) =>
      client.request<OrderView>('PATCH', `/v1/business/orders/${orderId}`, { status }),
    onSuccess: (order) => queryClient.setQueryData(queryKeys.order(order.id), order),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.orders }),
  });
}
