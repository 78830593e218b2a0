import type { DeviceView } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useParley } from '../../data/parley-context';
import { queryKeys } from '../../data/query-keys';

/** A newly linked device shows up without a reload: the phone approved it moments before it claims. */
const DEVICES_REFRESH_MS = 5000;

export function useDevices() {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.devices,
    queryFn: async () => (await client.request<{ devices: DeviceView[] }>('GET', '/v1/devices')).devices,
    refetchInterval: DEVICES_REFRESH_MS,
  });
}

export function useBlocks() {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.blocks,
    queryFn: async () => (await client.request<{ accountIds: string[] }>('GET', '/v1/blocks')).accountIds,
  });
}
