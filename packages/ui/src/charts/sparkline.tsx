import { useId, type ComponentPropsWithRef } from 'react';
import { cx } from '../class-names.js';
import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { extent, linePath, linearScale } from './scale.js';
import { seriesStats } from './summary.js';
import { useValueFormat, type ValueFormat } from './use-value-format.js';

export interface SparklineProps extends Omit<ComponentPropsWithRef<'svg'>, 'values'> {
  /** What the values are, e.g. "Energie, laatste 14 dagen". */
  label: string;
  values: ReadonlyArray<number | null>;
  /** Fixed value range, e.g. [1, 10]; otherwise fitted to the data. */
  domain?: readonly [number, number];
  formatValue?: ValueFormat;
}

const WIDTH = 96;
const HEIGHT = 24;
const PAD = 3;

/**
 * A word-sized trend line for tables and cards. Too small for a table toggle: its
 * accessible description lists every value instead.
 */
export function Sparkline({ label, values, domain, formatValue, className, ...rest }: SparklineProps) {
  const t = useT(uiMessages);
  const format = useValueFormat(formatValue);
  const titleId = useId();
  const descId = useId();
  const stats = seriesStats(values);
  const [min, max] = domain ?? extent(values) ?? [0, 1];
  const x = linearScale([0, Math.max(1, values.length - 1)], [PAD, WIDTH - PAD]);
  const y = linearScale([min, max], [HEIGHT - PAD, PAD]);
  const lastIndex = values.findLastIndex((value) => value !== null);
  const last = values[lastIndex];

  const summary = stats
    ? `${t('sparklineSummary', {
        label,
        count: stats.count,
        first: format(stats.first),
        last: format(stats.last),
        min: format(stats.min),
        max: format(stats.max),
      })} ${values.map((value) => (value === null ? '–' : format(value))).join(', ')}`
    : t('noData');

  return (
    <svg
      {...rest}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      focusable="false"
      className={cx('tk-sparkline', className)}
    >
      <title id={titleId}>{label}</title>
      <desc id={descId}>{summary}</desc>
      <path className="tk-chart__line" d={linePath(values.map((value, i) => (value === null ? null : [x(i), y(value)])))} />
      {last !== null && last !== undefined && <circle className="tk-chart__point" cx={x(lastIndex)} cy={y(last)} r={2.5} />}
    </svg>
  );
}
