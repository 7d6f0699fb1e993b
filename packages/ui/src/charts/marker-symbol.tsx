import type { MarkerShape } from './series-style.js';

export interface MarkerSymbolProps {
  shape: MarkerShape;
  x: number;
  y: number;
  size?: number;
  className?: string;
}

/** A point drawn in the series' own shape, so lines can be told apart in greyscale. */
export function MarkerSymbol({ shape, x, y, size = 4, className = 'tk-chart__point' }: MarkerSymbolProps) {
  switch (shape) {
    case 'circle':
      return <circle className={className} cx={x} cy={y} r={size} />;
    case 'square':
      return <rect className={className} x={x - size} y={y - size} width={size * 2} height={size * 2} />;
    case 'triangle':
      return <path className={className} d={`M${x},${y - size * 1.2}L${x + size * 1.1},${y + size * 0.8}L${x - size * 1.1},${y + size * 0.8}Z`} />;
    case 'diamond':
      return <path className={className} d={`M${x},${y - size * 1.3}L${x + size * 1.3},${y}L${x},${y + size * 1.3}L${x - size * 1.3},${y}Z`} />;
  }
}
