import type { CSSProperties } from 'react';
import { MarkerSymbol } from './marker-symbol.js';
import type { SeriesStyle } from './series-style.js';

export interface LegendItem {
  id: string;
  label: string;
  style: SeriesStyle;
  /** 'line' draws the dash and point shape, 'area' a filled swatch (with `fill`). */
  kind: 'line' | 'area';
  fill?: CSSProperties;
  /** Overrides the swatch's class, e.g. for the shaded band. */
  swatchClassName?: string;
}

export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="tk-chart__legend">
      {items.map((item) => (
        <li key={item.id} className={item.style.className}>
          <svg viewBox="0 0 32 16" aria-hidden="true" focusable="false">
            {item.kind === 'line' ? (
              <>
                <path className="tk-chart__line" d="M2,8L30,8" strokeDasharray={item.style.dash} />
                <MarkerSymbol shape={item.style.marker} x={16} y={8} size={3.5} />
              </>
            ) : (
              <rect className={item.swatchClassName ?? 'tk-chart__bar'} x={4} y={2} width={24} height={12} style={item.fill} />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
