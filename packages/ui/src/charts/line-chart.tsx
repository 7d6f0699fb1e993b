import { DataTable, type DataTableColumn } from '../components/data-table.js';
import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { CHART_HEIGHT, CHART_WIDTH, ChartFrame } from './chart-frame.js';
import { ChartLegend, type LegendItem } from './chart-legend.js';
import { MarkerSymbol } from './marker-symbol.js';
import { extent, linePath, linearScale, niceTicks, polygonPath, regionsAbove, spreadLabels } from './scale.js';
import { seriesStyle } from './series-style.js';
import { seriesStats } from './summary.js';
import { useSvgId } from './use-svg-id.js';
import { useValueFormat, type ValueFormat } from './use-value-format.js';
import { XAxis } from './x-axis.js';
import { YAxis } from './y-axis.js';

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

interface Row {
  index: number;
  label: string;
}

export function LineChart({ title, description, labels, series, yDomain, band, xLabel, formatValue, className }: LineChartProps) {
  const t = useT(uiMessages);
  const format = useValueFormat(formatValue);
  const bandPatternId = useSvgId('tk-band');

  const left = MARGIN.left;
  const right = CHART_WIDTH - MARGIN.right;
  const bottom = CHART_HEIGHT - MARGIN.bottom;
  const [min, max] = yDomain ?? extent(series.flatMap((item) => item.values)) ?? [0, 1];
  const ticks = niceTicks(min, max);
  const y = linearScale([ticks[0], ticks[ticks.length - 1]], [bottom, MARGIN.top]);
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
    description,
    ...series.map((item) => {
      const stats = seriesStats(item.values);
      return stats
        ? t('seriesSummary', {
            label: item.label,
            first: format(stats.first),
            last: format(stats.last),
            min: format(stats.min),
            max: format(stats.max),
          })
        : `${item.label}: ${t('noData')}`;
    }),
    band && bandAbove && bandBelow
      ? t('bandSummary', {
          label: band.label,
          count: labels.filter((_, index) => isInBand(index)).length,
          total: labels.length,
        })
      : undefined,
  ]
    .filter(Boolean)
    .join(' ');

  const legendItems: LegendItem[] = series.map((item, index) => ({
    id: item.id,
    label: item.label,
    style: seriesStyle(index),
    kind: 'line',
  }));
  if (band && bandRegions.length) {
    legendItems.push({
      id: 'band',
      label: band.label,
      style: seriesStyle(0),
      kind: 'area',
      fill: { fill: `url(#${bandPatternId})` },
      swatchClassName: 'tk-chart__band-swatch',
    });
  }

  const columns: DataTableColumn<Row>[] = [
    { key: 'label', header: xLabel ?? t('period'), cell: (row) => row.label, rowHeader: true },
    ...series.map<DataTableColumn<Row>>((item) => ({
      key: item.id,
      header: item.label,
      align: 'end',
      cell: (row) => {
        const value = item.values[row.index];
        return value === null || value === undefined ? '–' : format(value);
      },
    })),
  ];
  if (band && bandAbove && bandBelow) {
    columns.push({ key: 'band', header: band.label, cell: (row) => (isInBand(row.index) ? t('yes') : t('no')) });
  }

  return (
    <ChartFrame
      title={title}
      summary={summary}
      className={className}
      legend={<ChartLegend items={legendItems} />}
      table={<DataTable caption={title} columns={columns} rows={labels.map((label, index) => ({ index, label }))} rowKey={(row) => String(row.index)} />}
    >
      {bandRegions.length > 0 && (
        <defs>
          <pattern id={bandPatternId} patternUnits="userSpaceOnUse" width={8} height={8}>
            <rect className="tk-chart__band-bg" width={8} height={8} />
            <path className="tk-chart__band-ink" d="M-2,2L2,-2M0,8L8,0M6,10L10,6" />
          </pattern>
        </defs>
      )}
      <YAxis ticks={ticks} y={y} left={left} right={right} format={format} />
      <XAxis labels={labels} x={x} y={bottom} left={left} right={right} />
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
