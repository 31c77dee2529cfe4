import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  OrderDetail,
  OrderPage,
  OrderTransition,
  orderListQuerySchema,
} from '@zamena/shared/orders/orders.schemas';
import type {
  AcceptDelivery,
  RateOrder,
  RecordDelivery,
} from '@zamena/shared/orders/order-deliveries.schemas';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';

const PAGE_SIZE = 20;

/** The list's filters as the API reads them; the hook adds `limit` and `cursor`. */
export type OrderListParams = Omit<z.input<typeof orderListQuerySchema>, 'limit' | 'cursor'>;

/** Every orders query starts with 'orders': live events and acceptances refresh them together. */
export const orderKeys = {
  all: ['orders'] as const,
  list: (params: OrderListParams) => ['orders', 'list', params] as const,
  detail: (id: string) => ['orders', 'detail', id] as const,
};

export function useOrders(params: OrderListParams) {
  return useInfiniteQuery({
    queryKey: orderKeys.list(params),
    queryFn: ({ pageParam, signal }) =>
      api.get<OrderPage>('/orders', { query: { ...params, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 15_000,
  });
}

export function useOrder(id: string) {
  return useQuery({
    queryKey: orderKeys.detail(id),
    queryFn: ({ signal }) => api.get<OrderDetail>(`/orders/${id}`, { signal }),
    staleTime: 0,
  });
}

/** A write that answers with the whole order: the page shows it at once, the lists refresh. */
function useOrderWrite<Input>(id: string, write: (input: Input) => Promise<OrderDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (order) => {
      queryClient.setQueryData(orderKeys.detail(id), order);
      void queryClient.invalidateQueries({ queryKey: ['orders', 'list'] });
    },
  });
}

export const useRecordDelivery = (id: string) =>
  useOrderWrite(id, (input: RecordDelivery) => api.post<OrderDetail>(`/orders/${id}/deliveries`, input));

export const useAcceptDelivery = (id: string) =>
  useOrderWrite(id, ({ deliveryId, ...input }: AcceptDelivery & { deliveryId: string }) =>
    api.post<OrderDetail>(`/orders/${id}/deliveries/${deliveryId}/accept`, input),
  );

export const useRateOrder = (id: string) =>
  useOrderWrite(id, (input: RateOrder) => api.post<OrderDetail>(`/orders/${id}/rating`, input));

export const useOrderTransition = (id: string) =>
  useOrderWrite(id, (input: OrderTransition) => api.post<OrderDetail>(`/orders/${id}/transitions`, input));
