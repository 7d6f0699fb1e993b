import { markdownReport, markdownTable } from './report.js';

describe('the benchmark report', () => {
  it('aligns a table and right-aligns its numeric columns', () => {
    const table = markdownTable({
      title: 'sizes',
      columns: ['query', 'median ms', 'ratio'],
      rows: [
        ['one case', 12.5, '1.00×'],
        ['a | b', 130, '10.40×'],
      ],
    });
    expect(table.split('\n')).toEqual([
      '| query    | median ms | ratio  |',
      '| -------- | --------: | -----: |',
      '| one case | 12.5      | 1.00×  |',
      '| a \\| b   | 130       | 10.40× |',
    ]);
  });

  it('names the command, the machine and the notes', () => {
    const text = markdownReport(
      {
        name: 'x',
        title: 'X',
        command: 'npm run bench -- x',
        measuredAt: '2026-12-05T00:00:00.000Z',
        durationSeconds: 12,
        machine: { cpus: 2, cpuModel: 'cpu', memoryGb: 8, node: '24.22.3', platform: 'linux x64' },
      },
      { tables: [], notes: ['goal met'], figures: {} },
    );
    expect(text).toContain('`npm run bench -- x`');
    expect(text).toContain('2 × cpu');
    expect(text).toContain('- goal met');
  });
});
