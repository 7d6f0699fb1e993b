import type { CSSProperties, ReactElement } from 'react';
import type { Translate } from '../i18n/messages.js';
import type { uiMessages } from '../ui-messages.js';
import type { LegendItem } from './chart-legend.js';
import { FillPatternDef, patternFill } from './fill-pattern.js';
import { seriesStyle, type SeriesStyle } from './series-style.js';
import { seriesStats } from './summary.js';
import { useSvgId } from './use-svg-id.js';

export interface PatternedSeries {
  styles: SeriesStyle[];
  /** The fill of the series at `index`: its pattern, or the series colour. */
  fill: (index: number) => CSSProperties | undefined;
  legend: LegendItem[];
  /** The pattern definitions, for the chart's `<defs>`. */
  defs: ReactElement[];
}

/** Series drawn as filled bars: each told apart by colour and a fill pattern, in the drawing and the legend alike. */
export function usePatternedSeries(prefix: string, series: ReadonlyArray<{ id: string; label: string }>): PatternedSeries {
  const patternId = useSvgId(prefix);
  const styles = series.map((_, index) => seriesStyle(index));
  const fill = (index: number) => patternFill(`${patternId}-${index}`, styles[index].pattern);
  return {
    styles,
    fill,
    legend: series.map((item, index) => ({ id: item.id, label: item.label, style: styles[index], kind: 'area', fill: fill(index) })),
    defs: styles.map((style, index) => <FillPatternDef key={index} id={`${patternId}-${index}`} pattern={style.pattern} className={style.className} />),
  };
}

/** Per series, its total and its highest category, spoken. */
export function barSummaries(
  t: Translate<typeof uiMessages>,
  format: (value: number) => string,
  series: ReadonlyArray<{ label: string; values: readonly number[] }>,
  categories: readonly string[],
): string[] {
  return series.map((item) => {
    const stats = seriesStats(item.values);
    return stats
      ? t('barSummary', { label: item.label, total: format(stats.total), max: format(stats.max), category: categories[stats.maxIndex] })
      : `${item.label}: ${t('noData')}`;
  });
}
