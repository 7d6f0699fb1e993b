import { readAbsences, readEmployees, type CsvRecord, type ImportProblem } from '../import/import-rows';
import { parseCsv } from '../import/plan-import';
import { EMPLOYEE_COLUMNS } from '../import/import-rows';
import { CONTRACT_CHANGE_SHARE, generateOrganization, RELAPSE_SHARE, seededRandom, spellLength, toCsv } from './generate-organization';

const options = { employees: 2000, years: 2, today: '2026-12-01', seed: 7 };
const generated = generateOrganization(options);
const records = (rows: Record<string, string>[]): CsvRecord[] => rows.map((values, i) => ({ line: i + 2, values }));

describe('the scale-data generator', () => {
  it('gives the same organization for the same seed and another for another', () => {
    expect(generateOrganization({ ...options, employees: 50 })).toEqual(generateOrganization({ ...options, employees: 50 }));
    expect(generateOrganization({ ...options, employees: 50, seed: 8 })).not.toEqual(generateOrganization({ ...options, employees: 50 }));
  });

  it('writes rows the import reads without a single problem', () => {
    const problems: ImportProblem[] = [];
    const employees = readEmployees(records(parseCsv(toCsv(EMPLOYEE_COLUMNS, generated.employees)).records.map((r) => r.values)), problems);
    const reports = readAbsences(records(generated.absences), new Set(employees.map((e) => e.employeeNumber)), problems);
    expect(problems).toEqual([]);
    expect(employees).toHaveLength(options.employees);
    expect(reports.every((report) => report.firstSickDay <= options.today)).toBe(true);
  });

  it('reports about once per employee a year', () => {
    const reports = new Set(generated.absences.map((row) => row.report_number)).size;
    expect(reports / (options.employees * options.years)).toBeGreaterThan(0.75);
    expect(reports / (options.employees * options.years)).toBeLessThan(1.25);
  });

  it('changes the hours of about the intended share of employees', () => {
    const changed = generated.employees.length - options.employees;
    expect(changed / options.employees).toBeGreaterThan(CONTRACT_CHANGE_SHARE * 0.8);
    expect(changed / options.employees).toBeLessThan(CONTRACT_CHANGE_SHARE * 1.2);
  });

  it('has partial recovery, therapeutic work, relapses within four weeks and reports still open', () => {
    const problems: ImportProblem[] = [];
    const reports = readAbsences(records(generated.absences), new Set(generated.employees.map((e) => e.employee_number)), problems);
    expect(reports.some((r) => r.intervals.some((i) => i.percentage === 50))).toBe(true);
    expect(reports.some((r) => r.intervals.some((i) => i.therapeutic))).toBe(true);
    expect(reports.some((r) => r.recoveryDate === null)).toBe(true);
    const byEmployee = new Map<string, typeof reports>();
    for (const report of reports) byEmployee.set(report.employeeNumber, [...(byEmployee.get(report.employeeNumber) ?? []), report]);
    let followed = 0;
    let relapses = 0;
    for (const own of byEmployee.values()) {
      own.sort((a, b) => (a.firstSickDay < b.firstSickDay ? -1 : 1));
      own.slice(1).forEach((report, i) => {
        const recovered = own[i].recoveryDate;
        if (recovered === null) return;
        followed += 1;
        const gap = (Date.parse(report.firstSickDay) - Date.parse(recovered)) / 86_400_000;
        if (gap <= 28) relapses += 1;
      });
    }
    // Relapses on purpose plus ordinary reports that happen to come soon; within a two-year
    // window the long waits are cut off, so short gaps weigh more than the rate alone says.
    expect(relapses / followed).toBeGreaterThan(RELAPSE_SHARE);
    expect(relapses / followed).toBeLessThan(0.4);
  });

  it('draws mostly short spells with a long tail', () => {
    const random = seededRandom(1);
    const lengths = Array.from({ length: 10_000 }, () => spellLength(random));
    const share = (test: (days: number) => boolean) => lengths.filter(test).length / lengths.length;
    expect(share((days) => days <= 7)).toBeCloseTo(0.7, 1);
    expect(share((days) => days > 42)).toBeCloseTo(0.08, 1);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(362);
  });

  it('draws uniformly from its seeded source', () => {
    const random = seededRandom(42);
    const draws = Array.from({ length: 20_000 }, random);
    expect(draws.every((d) => d >= 0 && d < 1)).toBe(true);
    expect(draws.reduce((a, b) => a + b) / draws.length).toBeCloseTo(0.5, 1);
  });
});
