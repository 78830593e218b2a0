import type { RecipientStatus } from '@parley/contracts';
import type { DeliveryStatus } from '../../ui/Ticks';

/**
 * How a recipient's status shows: ticks where a message went out (✓ sent, ✓✓ delivered, blue ✓✓
 * read), else the reason in words as a `broadcasts:` translation key.
 */
export type StatusDisplay =
  | { readonly kind: 'ticks'; readonly ticks: DeliveryStatus }
  | { readonly kind: 'refused'; readonly reasonKey: string };

export function statusDisplay(status: RecipientStatus): StatusDisplay {
  switch (status) {
    case 'sent':
    case 'delivered':
    case 'read':
      return { kind: 'ticks', ticks: status };
    case 'not_saved':
      return { kind: 'refused', reasonKey: 'status.notSaved' };
    case 'not_delivered':
      return { kind: 'refused', reasonKey: 'status.notDelivered' };
  }
}
