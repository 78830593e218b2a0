import type { ParleyClient } from '@parley/sdk';
import { useSyncExternalStore } from 'react';
import { useParley } from '../../../data/parley-context';
import { TimelineRegistry } from './timeline-registry';

/** One registry per client: a client lives as long as its session, and so do the timelines. */
const registries = new WeakMap<ParleyClient, TimelineRegistry>();

export function useTimelines(): TimelineRegistry {
  const { client, session } = useParley();
  let registry = registries.get(client);
  if (registry === undefined) {
    registry = new TimelineRegistry(client, client.realtime, session);
    registries.set(client, registry);
  }
  return registry;
}

/** A chat's rows, live. */
export function useChatTimeline(chatId: string) {
  const timeline = useTimelines().timeline(chatId);
  return useSyncExternalStore(timeline.subscribe, timeline.getSnapshot);
}
