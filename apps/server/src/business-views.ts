import type { BusinessProfileView, DayHours as DayHoursView } from '@parley/contracts';
import { WEEKDAYS, type DayHours, type OpeningHours, type PublicBusinessProfile } from '@parley/core';

const dayView = (day: DayHours): DayHoursView =>
  day.mode === 'hours' ? { mode: 'hours', ranges: day.ranges.map((r) => ({ ...r })) } : { mode: day.mode };

function hoursView(hours: OpeningHours): NonNullable<BusinessProfileView['hours']> {
  const days = Object.fromEntries(WEEKDAYS.map((d) => [d, dayView(hours.days[d])]));
  return { timeZone: hours.timeZone, days: days as Record<(typeof WEEKDAYS)[number], DayHoursView> };
}

export function businessProfileView(profile: PublicBusinessProfile): BusinessProfileView {
  return {
    category: profile.category,
    description: profile.description,
    address: profile.address,
    location: profile.location,
    email: profile.email,
    websites: [...profile.websites],
    hours: profile.hours === null ? null : hoursView(profile.hours),
    defaultLinkMessage: profile.defaultLinkMessage,
    openNow: profile.openNow,
    updatedAt: profile.updatedAt,
  };
}
