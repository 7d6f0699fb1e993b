export interface XAxisProps {
  labels: readonly string[];
  /** Centre of the category at `index`. */
  x: (index: number) => number;
  /** Baseline of the plot. */
  y: number;
  left: number;
  right: number;
  /** Most labels shown, however much room there is. */
  maxLabels?: number;
}

/** Font sizes of the tick labels in chart units (the SVG scales to its box): as drawn on wide screens, and on phones. */
const TICK_FONT = { wide: 12, narrow: 20 } as const;
/** Width of an average character relative to the font size, for the system sans-serif fonts. */
const CHARACTER_WIDTH = 0.6;
const GAP = 10;

/**
 * Every how many categories a label fits beside the next without overlapping, at `fontSize`.
 * Always a whole step, so the labels shown fall on the same categories whatever is skipped.
 */
export function labelStep(labels: readonly string[], plotWidth: number, fontSize: number, maxLabels = Infinity): number {
  if (labels.length <= 1) return 1;
  const slot = plotWidth / (labels.length - 1);
  const widest = Math.max(...labels.map((label) => label.length)) * fontSize * CHARACTER_WIDTH + GAP;
  return Math.max(1, Math.ceil(widest / slot), Math.ceil(labels.length / maxLabels));
}

/**
 * The category labels under the plot, thinned so none overlap: a step for wide screens and a
 * coarser one (a multiple of it) whose labels stay when a phone draws them larger (see the
 * `tk-chart__tick--minor` rule in the styles).
 */
export function XAxis({ labels, x, y, left, right, maxLabels = 12 }: XAxisProps) {
  const wide = labelStep(labels, right - left, TICK_FONT.wide, maxLabels);
  const narrow = Math.ceil(labelStep(labels, right - left, TICK_FONT.narrow, maxLabels) / wide) * wide;
  return (
    <g aria-hidden="true">
      <line className="tk-chart__axis" x1={left} x2={right} y1={y} y2={y} />
      {labels.map((label, index) =>
        index % wide === 0 ? (
          <text
            key={index}
            className={index % narrow === 0 ? 'tk-chart__tick' : 'tk-chart__tick tk-chart__tick--minor'}
            x={x(index)}
            y={y + 20}
            textAnchor="middle"
          >
            {label}
          </text>
        ) : null,
      )}
    </g>
  );
}
