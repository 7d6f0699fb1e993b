import { DataTable, type DataTableColumn } from '../components/data-table.js';
import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { CHART_HEIGHT, CHART_WIDTH, ChartFrame } from './chart-frame.js';
import { ChartLegend } from './chart-legend.js';
import { FillPatternDef, patternFill } from './fill-pattern.js';
import { bandScale, linearScale, niceTicks, stack } from './scale.js';
import { seriesStyle } from './series-style.js';
import { seriesStats } from './summary.js';
import { useSvgId } from './use-svg-id.js';
import { useValueFormat, type ValueFormat } from './use-value-format.js';
import { XAxis } from './x-axis.js';
import { YAxis } from './y-axis.js';
import type { BarSeries } from './bar-chart.js';

export interface StackedBarChartProps {
  title: string;
  /** Opening sentence of the spoken summary; per-series figures are added to it. */
  description?: string;
  categories: readonly string[];
  /** Stacked bottom to top in this order, e.g. cases per phase. */
  series: readonly BarSeries[];
  /** Header of the first table column; defaults to "Periode" / "Period". */
  xLabel?: string;
  formatValue?: ValueFormat;
  className?: string;
}

const MARGIN = { top: 24, right: 16, bottom: 36, left: 44 };

export function StackedBarChart({ title, description, categories, series, xLabel, formatValue, className }: StackedBarChartProps) {
  const t = useT(uiMessages);
  const format = useValueFormat(formatValue);
  const patternId = useSvgId('tk-stack');

  const left = MARGIN.left;
  const right = CHART_WIDTH - MARGIN.right;
  const bottom = CHART_HEIGHT - MARGIN.bottom;
  const stacks = stack(
    series.map((item) => item.values),
    categories.length,
  );
  const totals = stacks.map((segments) => segments.at(-1)?.[1] ?? 0);
  const ticks = niceTicks(0, Math.max(0, ...totals));
  const y = linearScale([ticks[0], ticks[ticks.length - 1]], [bottom, MARGIN.top]);
  const bars = bandScale(categories.length, [left, right], 0.35);
  const styles = series.map((_, index) => seriesStyle(index));

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
    { key: 'total', header: t('total'), align: 'end', cell: (category) => format(totals[category]) },
  ];

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
      {stacks.map((segments, category) => (
        <g key={category}>
          {segments.map(([from, to], index) => (
            <rect
              key={series[index].id}
              className={`tk-chart__bar ${styles[index].className}`}
              x={bars.start(category)}
              y={y(to)}
              width={bars.bandwidth}
              height={Math.max(0, y(from) - y(to))}
              style={patternFill(`${patternId}-${index}`, styles[index].pattern)}
            />
          ))}
          <text className="tk-chart__direct-label" x={bars.start(category) + bars.bandwidth / 2} y={y(totals[category]) - 6} textAnchor="middle">
            {format(totals[category])}
          </text>
        </g>
      ))}
      <XAxis labels={categories} x={(index) => bars.start(index) + bars.bandwidth / 2} y={bottom} left={left} right={right} maxLabels={12} />
    </ChartFrame>
  );
}
