export interface XAxisProps {
  labels: readonly string[];
  /** Centre of the category at `index`. */
  x: (index: number) => number;
  /** Baseline of the plot. */
  y: number;
  left: number;
  right: number;
  /** Most labels that fit; the rest are skipped evenly so none overlap. */
  maxLabels?: number;
}

export function XAxis({ labels, x, y, left, right, maxLabels = 8 }: XAxisProps) {
  const every = Math.max(1, Math.ceil(labels.length / maxLabels));
  return (
    <g aria-hidden="true">
      <line className="tk-chart__axis" x1={left} x2={right} y1={y} y2={y} />
      {labels.map((label, index) =>
        index % every === 0 ? (
          <text key={index} x={x(index)} y={y + 20} textAnchor="middle">
            {label}
          </text>
        ) : null,
      )}
    </g>
  );
}
