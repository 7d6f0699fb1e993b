import { useId, useMemo, useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import { cx } from '../class-names.js';
import { useLocale } from '../i18n/i18n-provider.js';
import { INTL_LOCALE } from '../i18n/locale.js';

export type SortDirection = 'ascending' | 'descending';

export interface DataTableColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Makes the column sortable by this value. */
  sortValue?: (row: Row) => string | number;
  /** 'end' for numbers, so digits line up. */
  align?: 'start' | 'end';
  /** Cells of this column name their row (`<th scope="row">`). */
  rowHeader?: boolean;
  /** The column's name as text, for a header that is not a plain string; phones show it beside each value. */
  label?: string;
}

export interface DataTableSort {
  key: string;
  direction: SortDirection;
}

export interface DataTableProps<Row> extends Omit<ComponentPropsWithRef<'table'>, 'children'> {
  /** Names the table for everyone; use `captionHidden` when a heading right above already says it. */
  caption: ReactNode;
  captionHidden?: boolean;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  initialSort?: DataTableSort;
}

const ARROW: Record<SortDirection | 'none', string> = { ascending: '▲', descending: '▼', none: '↕' };

export function DataTable<Row>({ caption, captionHidden = false, columns, rows, rowKey, initialSort, className, ...rest }: DataTableProps<Row>) {
  const { locale } = useLocale();
  const captionId = useId();
  const [sort, setSort] = useState<DataTableSort | undefined>(initialSort);

  const sortedRows = useMemo(() => {
    const column = sort && columns.find((candidate) => candidate.key === sort.key);
    if (!sort || !column?.sortValue) return rows;
    const value = column.sortValue;
    const collator = new Intl.Collator(INTL_LOCALE[locale], { numeric: true, sensitivity: 'base' });
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const left = value(a);
      const right = value(b);
      const order = typeof left === 'number' && typeof right === 'number' ? left - right : collator.compare(String(left), String(right));
      return order * sign;
    });
  }, [rows, columns, sort, locale]);

  const toggleSort = (key: string) =>
    setSort((current) => ({
      key,
      direction: current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    // Focusable so keyboard users can scroll a table wider than the screen.
    <div className="tk-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      {/* Explicit roles: on a phone the rows are laid out as cards, and CSS display would otherwise drop the table semantics. */}
      <table className={cx('tk-table', className)} role="table" {...rest}>
        <caption id={captionId} className={cx(captionHidden && 'tk-visually-hidden')}>
          {caption}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column) => {
              const direction = sort?.key === column.key ? sort.direction : undefined;
              return (
                <th
                  key={column.key}
                  scope="col"
                  role="columnheader"
                  aria-sort={column.sortValue ? (direction ?? 'none') : undefined}
                  className={cx(column.align === 'end' && 'tk-align-end')}
                >
                  {column.sortValue ? (
                    <button type="button" className="tk-sort-button" onClick={() => toggleSort(column.key)}>
                      {column.header}
                      <span aria-hidden="true">{ARROW[direction ?? 'none']}</span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {sortedRows.map((row, index) => (
            <tr key={rowKey(row, index)} role="row">
              {columns.map((column) => {
                const Cell = column.rowHeader ? 'th' : 'td';
                return (
                  <Cell
                    key={column.key}
                    scope={column.rowHeader ? 'row' : undefined}
                    role={column.rowHeader ? 'rowheader' : 'cell'}
                    // Shown before the value where a phone lays the row out as a card (CSS, so it is no part of the cell's text).
                    data-label={column.rowHeader ? undefined : (column.label ?? (typeof column.header === 'string' ? column.header : undefined))}
                    className={cx(column.align === 'end' && 'tk-align-end')}
                  >
                    {column.cell(row)}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
