import { fireEvent, render, screen, within } from '@testing-library/react';
import { DataTable, type DataTableColumn } from './data-table.js';

interface Case {
  name: string;
  week: number;
}

const rows: Case[] = [
  { name: 'Özlem', week: 12 },
  { name: 'anna', week: 3 },
  { name: 'Bram', week: 40 },
];

const columns: DataTableColumn<Case>[] = [
  { key: 'name', header: 'Naam', cell: (row) => row.name, sortValue: (row) => row.name, rowHeader: true },
  { key: 'week', header: 'Week', cell: (row) => row.week, sortValue: (row) => row.week, align: 'end' },
];

const firstColumn = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent);

describe('DataTable', () => {
  it('has a caption, column and row headers', () => {
    render(<DataTable caption="Dossiers" columns={columns} rows={rows} rowKey={(row) => row.name} />);
    expect(screen.getByRole('table', { name: 'Dossiers' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((th) => th.getAttribute('scope'))).toEqual(['col', 'col']);
    expect(firstColumn()).toEqual(['Özlem', 'anna', 'Bram']);
  });

  it('sorts by a column with its header button, toggling the direction', () => {
    render(<DataTable caption="Dossiers" columns={columns} rows={rows} rowKey={(row) => row.name} />);
    const [nameHeader, weekHeader] = screen.getAllByRole('columnheader');
    expect(weekHeader.getAttribute('aria-sort')).toBe('none');

    fireEvent.click(within(weekHeader).getByRole('button', { name: 'Week' }));
    expect(firstColumn()).toEqual(['anna', 'Özlem', 'Bram']);
    expect(weekHeader.getAttribute('aria-sort')).toBe('ascending');

    fireEvent.click(within(weekHeader).getByRole('button'));
    expect(firstColumn()).toEqual(['Bram', 'Özlem', 'anna']);
    expect(weekHeader.getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(within(nameHeader).getByRole('button'));
    expect(firstColumn()).toEqual(['anna', 'Bram', 'Özlem']);
    expect(weekHeader.getAttribute('aria-sort')).toBe('none');
  });

  it('starts from an initial sort', () => {
    render(<DataTable caption="Dossiers" columns={columns} rows={rows} rowKey={(row) => row.name} initialSort={{ key: 'week', direction: 'descending' }} />);
    expect(firstColumn()).toEqual(['Bram', 'Özlem', 'anna']);
  });
});

describe('DataTable on a phone', () => {
  it('names every value by its column for the card layout, outside the cell text, and keeps the table roles', () => {
    render(
      <DataTable
        caption="Dossiers"
        columns={[...columns, { key: 'who', header: <em>Wie</em>, label: 'Wie', cell: () => 'Eva' }]}
        rows={rows}
        rowKey={(row) => row.name}
      />,
    );
    const table = screen.getByRole('table', { name: 'Dossiers' });
    const [, firstRow] = within(table).getAllByRole('row');
    const cells = within(firstRow).getAllByRole('cell');
    expect(cells.map((cell) => cell.getAttribute('data-label'))).toEqual(['Week', 'Wie']);
    expect(cells.map((cell) => cell.textContent)).toEqual(['12', 'Eva']);
    expect(within(firstRow).getByRole('rowheader').getAttribute('data-label')).toBeNull();
  });
});
