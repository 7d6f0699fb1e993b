import { readAbsences, readEmployees, type CsvRecord, type ImportProblem } from './import-rows';

const rows = (records: Record<string, string>[]): CsvRecord[] => records.map((values, i) => ({ line: i + 2, values }));
const employee = (overrides: Record<string, string> = {}) => ({
  employee_number: 'E1',
  name: 'A',
  email: '',
  department: 'X',
  start_date: '2020-01-01',
  end_date: '',
  hours_per_week: '36',
  ...overrides,
});
const absence = (overrides: Record<string, string> = {}) => ({
  employee_number: 'E1',
  report_number: 'R1',
  start_date: '2026-01-05',
  end_date: '',
  absence_percentage: '100',
  therapeutic: 'false',
  ...overrides,
});

describe('reading employees', () => {
  it('joins contract periods of one employee, in order', () => {
    const problems: ImportProblem[] = [];
    const [read] = readEmployees(rows([employee({ start_date: '2024-01-01' }), employee({ end_date: '2023-12-31', hours_per_week: '40' })]), problems);
    expect(problems).toEqual([]);
    expect(read.contracts).toEqual([
      { from: '2020-01-01', to: '2023-12-31', hoursPerWeek: 40 },
      { from: '2024-01-01', to: null, hoursPerWeek: 36 },
    ]);
  });

  it.each([
    [{ hours_per_week: '0' }, 'hours_per_week'],
    [{ hours_per_week: 'veel' }, 'hours_per_week'],
    [{ start_date: '2020-13-01' }, 'start_date'],
    [{ end_date: '2019-01-01' }, 'end_date'],
    [{ email: 'niet-een-adres' }, 'email'],
    [{ name: '' }, 'name'],
  ])('reports %j on its line and field', (overrides, field) => {
    const problems: ImportProblem[] = [];
    readEmployees(rows([employee(), employee({ employee_number: 'E2', ...overrides })]), problems);
    expect(problems).toEqual([expect.objectContaining({ file: 'employees', line: 3, field })]);
  });

  it('finds overlapping contract periods', () => {
    const problems: ImportProblem[] = [];
    readEmployees(rows([employee({ end_date: '2022-12-31' }), employee({ start_date: '2022-06-01' })]), problems);
    expect(problems).toEqual([expect.objectContaining({ line: 3, field: 'start_date' })]);
  });
});

describe('reading absences', () => {
  const known = new Set(['E1']);

  it('turns rows into one report with intervals and a recovery the day after the last row', () => {
    const problems: ImportProblem[] = [];
    const [report] = readAbsences(
      rows([absence({ end_date: '2026-01-18' }), absence({ start_date: '2026-01-19', end_date: '2026-02-01', absence_percentage: '50', therapeutic: 'ja' })]),
      known,
      problems,
    );
    expect(problems).toEqual([]);
    expect(report).toMatchObject({
      firstSickDay: '2026-01-05',
      recoveryDate: '2026-02-02',
      intervals: [
        { from: '2026-01-05', percentage: 100, therapeutic: false },
        { from: '2026-01-19', percentage: 50, therapeutic: true },
      ],
    });
  });

  it.each([
    [[absence({ end_date: '2026-01-10' }), absence({ start_date: '2026-01-13' })], 3, 'start_date'],
    [[absence(), absence({ start_date: '2026-01-20' })], 2, 'end_date'],
    [[absence({ employee_number: 'E9' })], 2, 'employee_number'],
    [[absence({ absence_percentage: '0' })], 2, 'absence_percentage'],
    [[absence({ therapeutic: 'misschien' })], 2, 'therapeutic'],
    [[absence({ end_date: '2026-01-31' }), absence({ report_number: 'R2', start_date: '2026-01-20' })], 3, 'start_date'],
  ])('reports a broken report on its line and field (%#)', (records, line, field) => {
    const problems: ImportProblem[] = [];
    readAbsences(rows(records), known, problems);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'absences', line, field }));
  });
});
