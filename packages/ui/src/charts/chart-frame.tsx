import { useId, useState, type ReactNode } from 'react';
import { cx } from '../class-names.js';
import { Button } from '../components/button.js';
import { DataTable, type DataTableColumn } from '../components/data-table.js';
import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { ChartLegend, type LegendItem } from './chart-legend.js';
import { linearScale, type LinearScale } from './scale.js';
import { XAxis } from './x-axis.js';
import { YAxis } from './y-axis.js';

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 280;

/** Where the data is drawn inside the chart, and the vertical scale over the ticks. */
export interface Plot {
  left: number;
  right: number;
  bottom: number;
  ticks: readonly number[];
  y: LinearScale;
}

/** The plot area inside the margins, its value axis running over the first to the last tick. */
export function plotArea(margin: { top: number; right: number; bottom: number; left: number }, ticks: readonly number[]): Plot {
  const bottom = CHART_HEIGHT - margin.bottom;
  return {
    left: margin.left,
    right: CHART_WIDTH - margin.right,
    bottom,
    ticks,
    y: linearScale([ticks[0], ticks[ticks.length - 1]], [bottom, margin.top]),
  };
}

/** One series as the table shows it: a column of values, one per category. */
export interface TableSeries {
  id: string;
  label: string;
  values: ReadonlyArray<number | null>;
}

export interface ChartFrameProps {
  title: string;
  /** Opening sentence of the spoken summary; the chart's own sentences follow it. */
  description?: string;
  /** What a sighted reader takes from the picture, sentence by sentence; empty ones are left out. */
  summary: ReadonlyArray<string | undefined>;
  /** The categories along the x axis, already formatted (e.g. dates). */
  categories: readonly string[];
  /** Header of the table's first column; defaults to "Periode" / "Period". */
  xLabel?: string;
  series: readonly TableSeries[];
  /** Columns after the series' columns, e.g. a total or an alert. */
  extraColumns?: ReadonlyArray<DataTableColumn<number>>;
  format: (value: number) => string;
  plot: Plot;
  /** Centre of the category at `index`. */
  x: (index: number) => number;
  /** Most x labels that fit. */
  maxLabels?: number;
  legend: readonly LegendItem[];
  /** Patterns and other SVG definitions the drawing refers to. */
  defs?: ReactNode;
  className?: string;
  /** The data, drawn between the value grid and the x axis. */
  children: ReactNode;
}

/**
 * What every chart shares: a caption, the SVG as one image with a title and a summary,
 * value grid and x axis, the legend, and a toggle to the same data as a table for
 * keyboard and screen-reader users.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { title, description, summary, categories, xLabel, series, extraColumns = [], format, plot, x, maxLabels, legend, defs, className, children } = props;
  const t = useT(uiMessages);
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const descId = useId();
  const columns: DataTableColumn<number>[] = [
    { key: 'category', header: xLabel ?? t('period'), cell: (category) => categories[category], rowHeader: true },
    ...series.map<DataTableColumn<number>>((item) => ({
      key: item.id,
      header: item.label,
      align: 'end',
      cell: (category) => {
        const value = item.values[category];
        return value === null || value === undefined ? '–' : format(value);
      },
    })),
    ...extraColumns,
  ];
  return (
    <figure className={cx('tk-chart', className)}>
      <div className="tk-chart__header">
        <figcaption className="tk-chart__title">{title}</figcaption>
        <Button variant="secondary" size="small" onClick={() => setAsTable((current) => !current)}>
          {asTable ? t('showChart') : t('showTable')}
        </Button>
      </div>
      {asTable ? (
        <DataTable caption={title} columns={columns} rows={categories.map((_, index) => index)} rowKey={String} />
      ) : (
        <>
          <svg viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} role="img" aria-labelledby={titleId} aria-describedby={descId} focusable="false">
            <title id={titleId}>{title}</title>
            <desc id={descId}>{[description, ...summary].filter(Boolean).join(' ')}</desc>
            {defs && <defs>{defs}</defs>}
            <YAxis ticks={plot.ticks} y={plot.y} left={plot.left} right={plot.right} format={format} />
            {children}
            <XAxis labels={categories} x={x} y={plot.bottom} left={plot.left} right={plot.right} maxLabels={maxLabels} />
          </svg>
          <ChartLegend items={legend} />
        </>
      )}
    </figure>
  );
}
