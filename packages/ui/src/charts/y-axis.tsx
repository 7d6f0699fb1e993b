import type { LinearScale } from './scale.js';

export interface YAxisProps {
  ticks: readonly number[];
  y: LinearScale;
  left: number;
  right: number;
  format: (value: number) => string;
}

/** Horizontal grid lines with their values at the left. */
export function YAxis({ ticks, y, left, right, format }: YAxisProps) {
  return (
    <g aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="tk-chart__grid" x1={left} x2={right} y1={y(tick)} y2={y(tick)} />
          <text x={left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle">
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}
