import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { ChartFrame, plotArea } from './chart-frame.js';
import { barSummaries, usePatternedSeries } from './patterned-series.js';
import { bandScale, niceTicks } from './scale.js';
import { useValueFormat, type ValueFormat } from './use-value-format.js';

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
  const patterned = usePatternedSeries('tk-bar', series);
  const plot = plotArea(MARGIN, niceTicks(0, Math.max(0, ...series.flatMap((item) => item.values)), 5, wholeNumbers ? 1 : 0));
  const { y } = plot;
  const groups = bandScale(categories.length, [plot.left, plot.right], 0.25);
  const markersAt = (category: number) => markers.filter((marker) => marker.category === category);

  return (
    <ChartFrame
      title={title}
      description={description}
      summary={[
        ...barSummaries(t, format, series, categories),
        markers.length
          ? t('markerSummary', {
              count: markers.length,
              labels: markers.map((marker) => `${categories[marker.category]}: ${marker.label}`).join('; '),
            })
          : undefined,
      ]}
      categories={categories}
      xLabel={xLabel}
      series={series}
      extraColumns={
        markers.length
          ? [
              {
                key: 'markers',
                header: t('alert'),
                cell: (category) =>
                  markersAt(category)
                    .map((marker) => marker.label)
                    .join('; '),
              },
            ]
          : []
      }
      format={format}
      plot={plot}
      x={(index) => groups.start(index) + groups.bandwidth / 2}
      maxLabels={12}
      legend={patterned.legend}
      defs={patterned.defs}
      className={className}
    >
      {categories.map((_, category) => {
        const bars = bandScale(series.length, [groups.start(category), groups.start(category) + groups.bandwidth], 0.1);
        return (
          <g key={category}>
            {series.map((item, index) => {
              const value = item.values[category] ?? 0;
              const barX = bars.start(index);
              const marker = markers.find((candidate) => candidate.category === category && candidate.series === item.id);
              return (
                <g key={item.id} className={patterned.styles[index].className}>
                  <rect
                    className="tk-chart__bar"
                    x={barX}
                    y={y(value)}
                    width={bars.bandwidth}
                    height={Math.max(0, y(0) - y(value))}
                    style={patterned.fill(index)}
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
    </ChartFrame>
  );
}
