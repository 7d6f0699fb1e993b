import { useId, useState, type ReactNode } from 'react';
import { cx } from '../class-names.js';
import { Button } from '../components/button.js';
import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 280;

export interface ChartFrameProps {
  title: string;
  /** Spoken summary of the data: what a sighted reader takes from the picture. */
  summary: string;
  legend?: ReactNode;
  /** The same data as a `DataTable`, shown instead of the picture on request. */
  table: ReactNode;
  className?: string;
  children: ReactNode;
}

/**
 * What every chart shares: a caption, the SVG as one image with a title and a summary,
 * and a toggle to the same data as a table for keyboard and screen-reader users.
 */
export function ChartFrame({ title, summary, legend, table, className, children }: ChartFrameProps) {
  const t = useT(uiMessages);
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const descId = useId();
  return (
    <figure className={cx('tk-chart', className)}>
      <div className="tk-chart__header">
        <figcaption className="tk-chart__title">{title}</figcaption>
        <Button variant="secondary" size="small" onClick={() => setAsTable((current) => !current)}>
          {asTable ? t('showChart') : t('showTable')}
        </Button>
      </div>
      {asTable ? (
        table
      ) : (
        <>
          <svg viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} role="img" aria-labelledby={titleId} aria-describedby={descId} focusable="false">
            <title id={titleId}>{title}</title>
            <desc id={descId}>{summary}</desc>
            {children}
          </svg>
          {legend}
        </>
      )}
    </figure>
  );
}
