import type { AutoRepliesView, AwayBody, AwayView, GreetingBody, GreetingView } from '@parley/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParley } from '../../data/parley-context';
import { queryKeys } from '../../data/query-keys';

/**
 * The business's greeting and away messages (`GET /v1/business/auto-replies`); asked only once
 * the account is known to be a business, as a person's account answers 404.
 */
export function useAutoReplies(enabled: boolean) {
  const { client } = useParley();
  return useQuery({
    queryKey: queryKeys.autoReplies,
    queryFn: () => client.request<AutoRepliesView>('GET', '/v1/business/auto-replies'),
    enabled,
  });
}

/** Stores what the server saved (numbers in E.164, text trimmed) in place of what was sent. */
function useKeepSaved() {
  const queryClient = useQueryClient();
  return (change: Partial<AutoRepliesView>) =>
    queryClient.setQueryData<AutoRepliesView>(queryKeys.autoReplies, (current) =>
      current === undefined ? undefined : { ...current, ...change },
    );
}

/** `PUT /v1/business/auto-replies/greeting`. */
export function useSaveGreeting() {
  const { client } = useParley();
  const keepSaved = useKeepSaved();
  return useMutation({
    mutationFn: (body: GreetingBody) =>
      client.request<GreetingView>('PUT', '/v1/business/auto-replies/greeting', body),
    onSuccess: (greeting) => keepSaved({ greeting }),
  });
}

/** `PUT /v1/business/auto-replies/away`. */
export function useSaveAway() {
  const { client } = useParley();
  const keepSaved = useKeepSaved();
  return useMutation({
    mutationFn: (body: AwayBody) => client.request<AwayView>('PUT', '/v1/business/auto-replies/away', body),
    onSuccess: (away) => keepSaved({ away }),
  });
}
