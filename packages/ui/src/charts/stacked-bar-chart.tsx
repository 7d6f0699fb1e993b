import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { ChartFrame, plotArea } from './chart-frame.js';
import { barSummaries, usePatternedSeries } from './patterned-series.js';
import { bandScale, niceTicks, stack } from './scale.js';
import { useValueFormat, type ValueFormat } from './use-value-format.js';
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
  const patterned = usePatternedSeries('tk-stack', series);
  const stacks = stack(
    series.map((item) => item.values),
    categories.length,
  );
  const totals = stacks.map((segments) => segments.at(-1)?.[1] ?? 0);
  const plot = plotArea(MARGIN, niceTicks(0, Math.max(0, ...totals)));
  const { y } = plot;
  const bars = bandScale(categories.length, [plot.left, plot.right], 0.35);

  return (
    <ChartFrame
      title={title}
      description={description}
      summary={barSummaries(t, format, series, categories)}
      categories={categories}
      xLabel={xLabel}
      series={series}
      extraColumns={[{ key: 'total', header: t('total'), align: 'end', cell: (category) => format(totals[category]) }]}
      format={format}
      plot={plot}
      x={(index) => bars.start(index) + bars.bandwidth / 2}
      maxLabels={12}
      legend={patterned.legend}
      defs={patterned.defs}
      className={className}
    >
      {stacks.map((segments, category) => (
        <g key={category}>
          {segments.map(([from, to], index) => (
            <rect
              key={series[index].id}
              className={`tk-chart__bar ${patterned.styles[index].className}`}
              x={bars.start(category)}
              y={y(to)}
              width={bars.bandwidth}
              height={Math.max(0, y(from) - y(to))}
              style={patterned.fill(index)}
            />
          ))}
          <text className="tk-chart__direct-label" x={bars.start(category) + bars.bandwidth / 2} y={y(totals[category]) - 6} textAnchor="middle">
            {format(totals[category])}
          </text>
        </g>
      ))}
    </ChartFrame>
  );
}
