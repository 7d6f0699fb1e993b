import type { CSSProperties, ReactNode } from 'react';
import type { FillPattern } from './series-style.js';

export interface FillPatternDefProps {
  id: string;
  pattern: FillPattern;
  /** `tk-series-N`, which the pattern's ink takes its colour from. */
  className: string;
}

const INK: Record<Exclude<FillPattern, 'solid'>, ReactNode> = {
  diagonal: <path className="tk-pattern-ink" d="M-2,2L2,-2M0,8L8,0M6,10L10,6" />,
  dots: <circle className="tk-pattern-ink" cx={4} cy={4} r={1.8} />,
  cross: <path className="tk-pattern-ink" d="M0,0L8,8M8,0L0,8" />,
};

/** Defines a hatch for bars; a solid series needs none. Place inside the chart's `<defs>`. */
export function FillPatternDef({ id, pattern, className }: FillPatternDefProps) {
  if (pattern === 'solid') return null;
  return (
    <pattern id={id} className={className} patternUnits="userSpaceOnUse" width={8} height={8}>
      <rect className="tk-pattern-bg" width={8} height={8} />
      {INK[pattern]}
    </pattern>
  );
}

/** The fill for a bar: its pattern, or nothing so the series colour from CSS shows. */
export function patternFill(id: string, pattern: FillPattern): CSSProperties | undefined {
  return pattern === 'solid' ? undefined : { fill: `url(#${id})` };
}
