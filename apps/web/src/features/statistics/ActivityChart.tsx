import type { StatisticsView } from '@parley/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DailyChart, type DailySeries } from '../../ui/charts/DailyChart';
import { EmptyState } from '../../ui/EmptyState';
import { Spinner } from '../../ui/Spinner';
import { ACTIVITY } from './activity';
import { ActivityTotals } from './ActivityTotals';

/** The range's days as a chart of four lines with their sums; a sentence when nothing happened. */
export function ActivityChart({ query }: { query: UseQueryResult<StatisticsView> }) {
  const { t } = useTranslation('statistics');
  const { data, isError, isPending } = query;
  const days = useMemo(() => data?.days.map((day) => day.date) ?? [], [data]);
  const series = useMemo<DailySeries[]>(
    () =>
      ACTIVITY.map(({ key, colorVar }) => ({
        label: t(`series.${key}`),
        colorVar,
        values: data?.days.map((day) => day[key]) ?? [],
      })),
    [data, t],
  );

  if (isError) return <p className="settings__note">{t('loadFailed')}</p>;
  if (isPending) {
    return (
      <div className="settings__center">
        <Spinner />
      </div>
    );
  }
  const quiet = ACTIVITY.every(({ key }) => data.totals[key] === 0);
  return (
    <section className="statistics__activity" aria-labelledby="statistics-activity-title">
      <h3 id="statistics-activity-title" className="settings__section-title">
        {t('activity')}
      </h3>
      <ActivityTotals totals={data.totals} />
      {quiet ? (
        <EmptyState icon="chart" title={t('empty.title')}>
          <p>{t('empty.body')}</p>
        </EmptyState>
      ) : (
        <div className="statistics__chart">
          <DailyChart title={t('chartTitle')} days={days} series={series} />
        </div>
      )}
    </section>
  );
}
