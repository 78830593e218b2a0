import type { ReactNode } from 'react';
import type { IconName } from '../../../ui/Icon';
import { AwaySettings } from '../../auto-replies/AwaySettings';
import { BroadcastsPane } from '../../broadcasts/BroadcastsPane';
import { CatalogSettings } from '../../catalog/CatalogSettings';
import { GreetingSettings } from '../../auto-replies/GreetingSettings';
import { LabelsSettings } from '../../labels/LabelsSettings';
import { OrdersPage } from '../../orders/OrdersPage';
import { QuickRepliesSettings } from '../../quick-replies/QuickRepliesSettings';
import { ShortLinkSettings } from '../../short-links/ShortLinkSettings';
import { StatisticsPage } from '../../statistics/StatisticsPage';
import { BusinessHoursSettings } from '../hours/BusinessHoursSettings';
import { BusinessProfileSettings } from '../profile/BusinessProfileSettings';

/**
 * One entry of Settings → Business tools: where it opens (under /settings/business/), its icon,
 * its name and one-line hint as translation keys with their namespace, and what it shows.
 */
export interface BusinessTool {
  readonly path: string;
  readonly icon: IconName;
  readonly label: string;
  readonly hint: string;
  readonly element: ReactNode;
}

/** A tool whose hint is its label's key with `Hint` after it, e.g. `business:tools.hours(Hint)`. */
const tool = (path: string, icon: IconName, label: string, element: ReactNode): BusinessTool => ({
  path,
  icon,
  label,
  hint: `${label}Hint`,
  element,
});

/** The Business app's tools, in the order the list shows them; a new tool is one more line. */
export const BUSINESS_TOOLS: readonly BusinessTool[] = [
  tool('profile', 'store', 'business:tools.profile', <BusinessProfileSettings />),
  tool('hours', 'clock', 'business:tools.hours', <BusinessHoursSettings />),
  tool('catalog', 'bag', 'catalog:tool', <CatalogSettings />),
  tool('orders', 'cart', 'catalog:ordersTool', <OrdersPage />),
  tool('greeting', 'greeting', 'autoReplies:tools.greeting', <GreetingSettings />),
  tool('away', 'away', 'autoReplies:tools.away', <AwaySettings />),
  tool('labels', 'label', 'labels:tool', <LabelsSettings />),
  tool('quick-replies', 'quickReply', 'quickReplies:tool', <QuickRepliesSettings />),
  tool('broadcasts', 'broadcast', 'broadcasts:tool', <BroadcastsPane />),
  tool('short-link', 'qr', 'businessInfo:shortLink.title', <ShortLinkSettings />),
  tool('statistics', 'chart', 'statistics:tool', <StatisticsPage />),
];
