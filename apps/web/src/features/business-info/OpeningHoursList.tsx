import type { OpeningHours } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/setup';
import { summarizeDay, timeZoneLabel, WEEKDAYS, weekdayIn, weekdayName, type Weekday } from './opening-hours';

/**
 * The week's hours in the reader's language, today (where the business is) marked, and the
 * business's time zone named: the times are its wall clock, not the reader's.
 */
export function OpeningHoursList({ hours, now }: { hours: OpeningHours; now: number }) {
  const { t } = useTranslation('businessInfo');
  const language = currentLanguage();
  const today = weekdayIn(hours.timeZone, now);
  return (
    <>
      <dl className="opening-hours">
        {WEEKDAYS.map((day) => (
          <div
            key={day}
            className={day === today ? 'opening-hours__day opening-hours__day--today' : 'opening-hours__day'}
            aria-current={day === today ? 'date' : undefined}
          >
            <dt>{weekdayName(day, language)}</dt>
            <DayHoursText hours={hours} day={day} />
          </div>
        ))}
      </dl>
      <p className="opening-hours__zone">
        {t('info.timeZone', { zone: timeZoneLabel(hours.timeZone, language, now) })}
      </p>
    </>
  );
}

const STATE_LABELS = {
  closed: 'info.closed',
  open_24h: 'info.open24h',
  appointment_only: 'info.appointmentOnly',
} as const;

function DayHoursText({ hours, day }: { hours: OpeningHours; day: Weekday }) {
  const { t } = useTranslation('businessInfo');
  const summary = summarizeDay(hours.days[day], currentLanguage());
  if (summary.mode !== 'hours') return <dd>{t(STATE_LABELS[summary.mode])}</dd>;
  return (
    <dd>
      {summary.ranges.map((range) => (
        <span key={`${range.open}-${range.close}`} className="opening-hours__range">
          {t('info.range', range)}
        </span>
      ))}
    </dd>
  );
}
