import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { ChartFrame, plotArea } from './chart-frame.js';
import type { LegendItem } from './chart-legend.js';
import { MarkerSymbol } from './marker-symbol.js';
import { extent, linePath, linearScale, niceTicks, polygonPath, regionsAbove, spreadLabels } from './scale.js';
import { seriesStyle } from './series-style.js';
import { seriesStats } from './summary.js';
import { useSvgId } from './use-svg-id.js';
import { useValueFormat, type ValueFormat } from './use-value-format.js';

export interface LineSeries {
  id: string;
  label: string;
  /** One value per label; `null` where nothing was measured. */
  values: ReadonlyArray<number | null>;
}

/** Shades where one series lies above another, e.g. demands above resources. */
export interface LineBand {
  above: string;
  below: string;
  label: string;
}

export interface LineChartProps {
  title: string;
  /** Opening sentence of the spoken summary; per-series figures are added to it. */
  description?: string;
  /** X positions in order, already formatted (e.g. dates). */
  labels: readonly string[];
  series: readonly LineSeries[];
  /** Fixed value range, e.g. [1, 10] for a check-in scale; otherwise fitted to the data. */
  yDomain?: readonly [number, number];
  band?: LineBand;
  /** Header of the first table column; defaults to "Periode" / "Period". */
  xLabel?: string;
  formatValue?: ValueFormat;
  className?: string;
}

const MARGIN = { top: 16, right: 112, bottom: 36, left: 44 };

export function LineChart({ title, description, labels, series, yDomain, band, xLabel, formatValue, className }: LineChartProps) {
  const t = useT(uiMessages);
  const format = useValueFormat(formatValue);
  const bandPatternId = useSvgId('tk-band');

  const [min, max] = yDomain ?? extent(series.flatMap((item) => item.values)) ?? [0, 1];
  const plot = plotArea(MARGIN, niceTicks(min, max));
  const { left, right, bottom, y } = plot;
  const xScale = linearScale([0, Math.max(1, labels.length - 1)], [left, right]);
  const x = labels.length === 1 ? () => (left + right) / 2 : xScale;

  const bandAbove = band && series.find((item) => item.id === band.above);
  const bandBelow = band && series.find((item) => item.id === band.below);
  const bandRegions = bandAbove && bandBelow ? regionsAbove(bandAbove.values, bandBelow.values) : [];
  const isInBand = (index: number) => {
    const a = bandAbove?.values[index];
    const b = bandBelow?.values[index];
    return a !== null && a !== undefined && b !== null && b !== undefined && a > b;
  };

  const ends = series.map((item) => {
    const index = item.values.findLastIndex((value) => value !== null);
    return index < 0 ? undefined : { index, value: item.values[index] as number };
  });
  const labelYs = spreadLabels(
    ends.map((end) => (end ? y(end.value) : bottom)),
    14,
    [MARGIN.top, bottom],
  );

  const summary = [
    ...series.map((item) => {
      const stats = seriesStats(item.values);
      return stats
        ? t('seriesSummary', { label: item.label, first: format(stats.first), last: format(stats.last), min: format(stats.min), max: format(stats.max) })
        : `${item.label}: ${t('noData')}`;
    }),
    band && bandAbove && bandBelow
      ? t('bandSummary', { label: band.label, count: labels.filter((_, index) => isInBand(index)).length, total: labels.length })
      : undefined,
  ];

  const legend: LegendItem[] = series.map((item, index) => ({ id: item.id, label: item.label, style: seriesStyle(index), kind: 'line' }));
  if (band && bandRegions.length) {
    legend.push({
      id: 'band',
      label: band.label,
      style: seriesStyle(0),
      kind: 'area',
      fill: { fill: `url(#${bandPatternId})` },
      swatchClassName: 'tk-chart__band-swatch',
    });
  }

  return (
    <ChartFrame
      title={title}
      description={description}
      summary={summary}
      categories={labels}
      xLabel={xLabel}
      series={series}
      extraColumns={band && bandAbove && bandBelow ? [{ key: 'band', header: band.label, cell: (index) => (isInBand(index) ? t('yes') : t('no')) }] : []}
      format={format}
      plot={plot}
      x={x}
      legend={legend}
      defs={
        bandRegions.length > 0 && (
          <pattern id={bandPatternId} patternUnits="userSpaceOnUse" width={8} height={8}>
            <rect className="tk-chart__band-bg" width={8} height={8} />
            <path className="tk-chart__band-ink" d="M-2,2L2,-2M0,8L8,0M6,10L10,6" />
          </pattern>
        )
      }
      className={className}
    >
      {bandRegions.map((region, index) => (
        <path key={index} d={polygonPath(region.map(([px, py]) => [xScale(px), y(py)] as const))} style={{ fill: `url(#${bandPatternId})` }} />
      ))}
      {series.map((item, index) => {
        const style = seriesStyle(index);
        const end = ends[index];
        return (
          <g key={item.id} className={style.className}>
            <path
              className="tk-chart__line"
              d={linePath(item.values.map((value, i) => (value === null ? null : [x(i), y(value)])))}
              strokeDasharray={style.dash}
            />
            {item.values.map((value, i) => (value === null ? null : <MarkerSymbol key={i} shape={style.marker} x={x(i)} y={y(value)} />))}
            {end && (
              <text className="tk-chart__direct-label" x={x(end.index) + 10} y={labelYs[index]} dominantBaseline="middle">
                {item.label}
              </text>
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
