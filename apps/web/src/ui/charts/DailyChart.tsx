import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { currentLanguage } from '../../i18n/setup';
import { formatNumber } from '../../i18n/format';
import './daily-chart.css';

export interface DailySeries {
  readonly label: string;
  readonly values: readonly number[];
  /** A CSS custom property of the theme, e.g. `--color-brand`, so the chart follows light and dark. */
  readonly colorVar: string;
}

interface DailyChartProps {
  /** The accessible name of the chart and of its table. */
  readonly title: string;
  /** Calendar days as `YYYY-MM-DD`, oldest first. */
  readonly days: readonly string[];
  readonly series: readonly DailySeries[];
  readonly height?: number;
}

const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;

/**
 * Counts per day as lines, drawn by uPlot on a canvas. Screen readers get the same numbers as a
 * table, which the canvas cannot offer.
 */
export function DailyChart({ title, days, series, height = 240 }: DailyChartProps) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const style = getComputedStyle(element);
    const color = (name: string) => style.getPropertyValue(name).trim() || 'currentColor';
    const language = currentLanguage();
    const dayLabel = new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const axis = {
      stroke: color('--color-text-muted'),
      grid: { stroke: color('--color-border'), width: 1 },
      ticks: { stroke: color('--color-border'), width: 1 },
    };
    const chart = new uPlot(
      {
        width: Math.max(element.clientWidth, 200),
        height,
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] } },
        // A key of the series' colours; the numbers are in the page and in the table.
        legend: { live: false },
        axes: [
          { ...axis, values: (_u, ticks) => ticks.map((tick) => dayLabel.format(tick * 1000)) },
          {
            ...axis,
            values: (_u, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? formatNumber(tick) : '')),
          },
        ],
        series: [
          { label: '' },
          ...series.map((s) => ({
            label: s.label,
            stroke: color(s.colorVar),
            width: 2,
            points: { size: 5 },
            value: (_u: uPlot, value: number | null) => (value == null ? '' : formatNumber(value)),
          })),
        ],
      },
      [days.map(dayStart), ...series.map((s) => [...s.values])],
      element,
    );
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: Math.max(element.clientWidth, 200), height }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [days, series, height]);

  const dayLabel = new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <figure className="daily-chart">
      {/* Time runs left to right in every language, as on a calendar axis. */}
      <div ref={container} className="daily-chart__canvas" dir="ltr" aria-hidden="true" />
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <td />
            {series.map((s) => (
              <th key={s.label} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((day, index) => (
            <tr key={day}>
              <th scope="row">{dayLabel.format(dayStart(day) * 1000)}</th>
              {series.map((s) => (
                <td key={s.label}>{formatNumber(s.values[index] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
