import { DataTable, type DataTableColumn } from '../components/data-table.js';
import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { CHART_HEIGHT, CHART_WIDTH, ChartFrame } from './chart-frame.js';
import { ChartLegend } from './chart-legend.js';
import { FillPatternDef, patternFill } from './fill-pattern.js';
import { bandScale, linearScale, niceTicks } from './scale.js';
import { seriesStyle } from './series-style.js';
import { seriesStats } from './summary.js';
import { useSvgId } from './use-svg-id.js';
import { useValueFormat, type ValueFormat } from './use-value-format.js';
import { XAxis } from './x-axis.js';
import { YAxis } from './y-axis.js';

export interface BarSeries {
  id: string;
  label: string;
  /** One value per category. */
  values: readonly number[];
}

/** Flags one bar, e.g. "actual hours far above plan". */
export interface BarMarker {
  /** Index into `categories`. */
  category: number;
  series: string;
  label: string;
}

export interface BarChartProps {
  title: string;
  /** Opening sentence of the spoken summary; per-series figures are added to it. */
  description?: string;
  categories: readonly string[];
  /** Drawn side by side within each category, e.g. planned and actual hours. */
  series: readonly BarSeries[];
  markers?: readonly BarMarker[];
  /** Header of the first table column; defaults to "Periode" / "Period". */
  xLabel?: string;
  formatValue?: ValueFormat;
  /** Counts of people or cases: the axis never shows a fraction. */
  wholeNumbers?: boolean;
  className?: string;
}

const MARGIN = { top: 28, right: 16, bottom: 36, left: 44 };

export function BarChart({ title, description, categories, series, markers = [], xLabel, formatValue, wholeNumbers = false, className }: BarChartProps) {
  const t = useT(uiMessages);
  const format = useValueFormat(formatValue);
  const patternId = useSvgId('tk-bar');

  const left = MARGIN.left;
  const right = CHART_WIDTH - MARGIN.right;
  const bottom = CHART_HEIGHT - MARGIN.bottom;
  const ticks = niceTicks(0, Math.max(0, ...series.flatMap((item) => item.values)), 5, wholeNumbers ? 1 : 0);
  const y = linearScale([ticks[0], ticks[ticks.length - 1]], [bottom, MARGIN.top]);
  const groups = bandScale(categories.length, [left, right], 0.25);
  const styles = series.map((_, index) => seriesStyle(index));
  const markersAt = (category: number) => markers.filter((marker) => marker.category === category);

  const summary = [
    description,
    ...series.map((item) => {
      const stats = seriesStats(item.values);
      return stats
        ? t('barSummary', {
            label: item.label,
            total: format(stats.total),
            max: format(stats.max),
            category: categories[stats.maxIndex],
          })
        : `${item.label}: ${t('noData')}`;
    }),
    markers.length
      ? t('markerSummary', {
          count: markers.length,
          labels: markers.map((marker) => `${categories[marker.category]}: ${marker.label}`).join('; '),
        })
      : undefined,
  ]
    .filter(Boolean)
    .join(' ');

  const columns: DataTableColumn<number>[] = [
    { key: 'category', header: xLabel ?? t('period'), cell: (category) => categories[category], rowHeader: true },
    ...series.map<DataTableColumn<number>>((item) => ({
      key: item.id,
      header: item.label,
      align: 'end',
      cell: (category) => format(item.values[category] ?? 0),
    })),
  ];
  if (markers.length) {
    columns.push({
      key: 'markers',
      header: t('alert'),
      cell: (category) =>
        markersAt(category)
          .map((marker) => marker.label)
          .join('; '),
    });
  }

  return (
    <ChartFrame
      title={title}
      summary={summary}
      className={className}
      legend={
        <ChartLegend
          items={series.map((item, index) => ({
            id: item.id,
            label: item.label,
            style: styles[index],
            kind: 'area',
            fill: patternFill(`${patternId}-${index}`, styles[index].pattern),
          }))}
        />
      }
      table={<DataTable caption={title} columns={columns} rows={categories.map((_, index) => index)} rowKey={String} />}
    >
      <defs>
        {styles.map((style, index) => (
          <FillPatternDef key={index} id={`${patternId}-${index}`} pattern={style.pattern} className={style.className} />
        ))}
      </defs>
      <YAxis ticks={ticks} y={y} left={left} right={right} format={format} />
      {categories.map((_, category) => {
        const bars = bandScale(series.length, [groups.start(category), groups.start(category) + groups.bandwidth], 0.1);
        return (
          <g key={category}>
            {series.map((item, index) => {
              const value = item.values[category] ?? 0;
              const barX = bars.start(index);
              const marker = markers.find((candidate) => candidate.category === category && candidate.series === item.id);
              return (
                <g key={item.id} className={styles[index].className}>
                  <rect
                    className="tk-chart__bar"
                    x={barX}
                    y={y(value)}
                    width={bars.bandwidth}
                    height={Math.max(0, y(0) - y(value))}
                    style={patternFill(`${patternId}-${index}`, styles[index].pattern)}
                  />
                  {marker && (
                    <g transform={`translate(${barX + bars.bandwidth / 2},${y(value) - 14})`}>
                      <title>{marker.label}</title>
                      <path className="tk-chart__marker" d="M0,-10L10,8L-10,8Z" />
                      <text className="tk-chart__marker-text" y={6} textAnchor="middle">
                        !
                      </text>
                    </g>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
      <XAxis labels={categories} x={(index) => groups.start(index) + groups.bandwidth / 2} y={bottom} left={left} right={right} maxLabels={12} />
    </ChartFrame>
  );
}
