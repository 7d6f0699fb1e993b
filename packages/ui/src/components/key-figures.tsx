import type { ReactNode } from 'react';
import { cx } from '../class-names.js';

export interface KeyFigure {
  id: string;
  label: string;
  value: ReactNode;
  /** How the figure is made, e.g. "ziekmeldingen per medewerker per jaar". */
  hint?: string;
}

export interface KeyFiguresProps {
  figures: readonly KeyFigure[];
  className?: string;
}

/** A row of headline figures as a description list: label, value, and what it means. */
export function KeyFigures({ figures, className }: KeyFiguresProps) {
  return (
    <dl className={cx('tk-key-figures', className)}>
      {figures.map((figure) => (
        <div key={figure.id} className="tk-key-figure" data-testid={`figure-${figure.id}`}>
          <dt>{figure.label}</dt>
          <dd className="tk-key-figure-value">{figure.value}</dd>
          {figure.hint && <dd className="tk-key-figure-hint">{figure.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}
