import { useState } from 'react';
import type { ListItem } from './list-items';

/** Virtuoso counts prepended rows through a falling first index; it must stay positive. */
const START_INDEX = 1_000_000;

const firstMessageKey = (items: readonly ListItem[]) => items.find((item) => item.kind === 'message')?.key;

/**
 * The list's `firstItemIndex`: when older history is prepended it falls by the number of new rows
 * before the previously first message, so the rows in view do not move.
 */
export function useFirstItemIndex(items: readonly ListItem[]): number {
  const [state, setState] = useState({ items, index: START_INDEX });
  if (state.items === items) return state.index;
  // Adjusting state during render (not in an effect) keeps the index and the rows in one frame.
  const anchor = firstMessageKey(state.items);
  const before = state.items.findIndex((item) => item.key === anchor);
  const after = items.findIndex((item) => item.key === anchor);
  const index = anchor === undefined || after < 0 ? state.index : state.index - (after - before);
  setState({ items, index });
  return index;
}
