import { fireEvent, render, screen, within } from '@testing-library/react';
import { BarChart } from './bar-chart.js';
import { LineChart } from './line-chart.js';
import { Sparkline } from './sparkline.js';
import { StackedBarChart } from './stacked-bar-chart.js';

const describedText = (element: Element) => document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent;

describe('LineChart', () => {
  const chart = (
    <LineChart
      title="Belasting en energie"
      description="Laatste vier weken."
      labels={['wk 1', 'wk 2', 'wk 3', 'wk 4']}
      series={[
        { id: 'demands', label: 'Belasting', values: [5, 7, 6, 4] },
        { id: 'resources', label: 'Energie', values: [6, 5, 7, null] },
      ]}
      band={{ above: 'demands', below: 'resources', label: 'Belasting boven energie' }}
      yDomain={[1, 10]}
    />
  );

  it('is one image with a title and a summary of the data', () => {
    render(chart);
    const image = screen.getByRole('img', { name: 'Belasting en energie' });
    expect(describedText(image)).toBe(
      'Laatste vier weken. Belasting: van 5 naar 4, laagste 4, hoogste 7. ' +
        'Energie: van 6 naar 7, laagste 5, hoogste 7. Belasting boven energie: 1 van de 4 punten.',
    );
    expect(image.querySelectorAll('.tk-chart__line')).toHaveLength(2);
  });

  it('toggles to a table with the same data and back', () => {
    render(chart);
    fireEvent.click(screen.getByRole('button', { name: 'Toon als tabel' }));
    expect(screen.queryByRole('img')).toBeNull();
    const table = screen.getByRole('table', { name: 'Belasting en energie' });
    const cells = within(table)
      .getAllByRole('row')
      .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
    expect(cells).toEqual([
      ['Periode', 'Belasting', 'Energie', 'Belasting boven energie'],
      ['wk 1', '5', '6', 'nee'],
      ['wk 2', '7', '5', 'ja'],
      ['wk 3', '6', '7', 'nee'],
      ['wk 4', '4', '–', 'nee'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Toon als grafiek' }));
    expect(screen.getByRole('img')).toBeTruthy();
  });
});

describe('BarChart', () => {
  it('summarises series and alert markers, and tabulates them', () => {
    render(
      <BarChart
        title="Uren per week"
        categories={['wk 1', 'wk 2']}
        series={[
          { id: 'planned', label: 'Gepland', values: [8, 12] },
          { id: 'actual', label: 'Gewerkt', values: [8, 18.5] },
        ]}
        markers={[{ category: 1, series: 'actual', label: 'Ruim boven plan' }]}
        xLabel="Week"
      />,
    );
    expect(describedText(screen.getByRole('img'))).toBe(
      'Gepland: totaal 20, hoogste 12 (wk 2). Gewerkt: totaal 26,5, hoogste 18,5 (wk 2). Signalen (1): wk 2: Ruim boven plan.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Toon als tabel' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[0].textContent).toBe('WeekGeplandGewerktSignaal');
    expect(rows[2].textContent).toBe('wk 21218,5Ruim boven plan');
  });
});

describe('StackedBarChart', () => {
  it('adds a total column to its table', () => {
    render(
      <StackedBarChart
        title="Dossiers per fase"
        categories={['jan', 'feb']}
        series={[
          { id: 'intake', label: 'Intake', values: [3, 2] },
          { id: 'plan', label: 'Plan van aanpak', values: [4, 6] },
        ]}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Toon als tabel' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual(['PeriodeIntakePlan van aanpakTotaal', 'jan347', 'feb268']);
  });
});

describe('Sparkline', () => {
  it('describes every value', () => {
    render(<Sparkline label="Energie" values={[4, null, 6]} />);
    expect(describedText(screen.getByRole('img', { name: 'Energie' }))).toBe('Energie: 2 waarden, van 4 naar 6, laagste 4, hoogste 6. 4, –, 6');
  });
});
