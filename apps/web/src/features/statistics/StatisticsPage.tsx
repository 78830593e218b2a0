import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusinessToolPage } from '../business/tools/BusinessToolPage';
import { ActivityChart } from './ActivityChart';
import { BroadcastStatistics } from './BroadcastStatistics';
import { RangeChooser } from './RangeChooser';
import { useStatistics } from './statistics-queries';
import {
  browserTimeZone,
  lastDays,
  rangeProblem,
  todayIn,
  type DateRange,
  type RangePreset,
} from './statistics-range';
import './statistics.css';

/** Settings → Business tools → Statistics: messages per day in the reader's time zone, and each broadcast's reach. */
export function StatisticsPage() {
  const { t } = useTranslation('statistics');
  return (
    <BusinessToolPage title={t('title')}>
      <Statistics />
    </BusinessToolPage>
  );
}

function Statistics() {
  const { t } = useTranslation('statistics');
  // Fixed while the page is open: the days it shows do not shift under the reader at midnight.
  const [timeZone] = useState(browserTimeZone);
  const [today] = useState(() => todayIn(timeZone, Date.now()));
  const [preset, setPreset] = useState<RangePreset>('7');
  const [custom, setCustom] = useState<DateRange>(() => lastDays(30, today));
  const problem = preset === 'custom' ? rangeProblem(custom) : null;
  const range = preset === 'custom' ? (problem === null ? custom : null) : lastDays(Number(preset), today);
  const statistics = useStatistics(range, timeZone);

  return (
    <div className="statistics">
      <p className="settings__note">{t('intro', { timeZone })}</p>
      <RangeChooser
        preset={preset}
        custom={custom}
        problem={problem === null ? undefined : t(`range.problem.${problem}`)}
        onPreset={setPreset}
        onCustom={setCustom}
      />
      {range !== null && <ActivityChart query={statistics} />}
      <BroadcastStatistics />
    </div>
  );
}
