import { addDays, type IsoDate } from '@terugkeer/domain';
import { ABSENCE_COLUMNS, EMPLOYEE_COLUMNS } from '../import/import-rows';

export interface GenerateOptions {
  employees: number;
  years: number;
  /** The last day of the generated history (the clock, passed in). */
  today: IsoDate;
  seed: number;
}

type EmployeeRow = Record<(typeof EMPLOYEE_COLUMNS)[number], string>;
type AbsenceRow = Record<(typeof ABSENCE_COLUMNS)[number], string>;

export interface GeneratedOrganization {
  employees: EmployeeRow[];
  absences: AbsenceRow[];
}

/** About one sick report per employee a year, as Dutch absence frequency runs (CBS: 0.9–1.1). */
export const REPORTS_PER_EMPLOYEE_YEAR = 1;
/** Share of recoveries followed within four weeks by a new report of the same employee (a relapse). */
export const RELAPSE_SHARE = 0.12;
export const EMPLOYEES_PER_DEPARTMENT = 40;
/** Share of employees whose hours change once within the history (a second contract period). */
export const CONTRACT_CHANGE_SHARE = 0.15;

/** A small seeded generator (mulberry32): the same seed gives the same organization. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Days of one spell: mostly short, a fifth a few weeks, a few long (the long tail carries most absence days). */
export function spellLength(random: () => number): number {
  const draw = random();
  if (draw < 0.7) return 1 + Math.floor(random() * 7);
  if (draw < 0.92) return 8 + Math.floor(random() * 35);
  return 43 + Math.floor(random() * 320);
}

/** Waiting days until the next report: exponential with the yearly rate. */
const daysUntilNext = (random: () => number) => Math.max(1, Math.round((-Math.log(1 - random()) * 365) / REPORTS_PER_EMPLOYEE_YEAR));

/**
 * An organization's employees (departments, contract changes) and their absence history as
 * the import's CSV rows: short and long spells, partial recovery in steps (50%, 25%, some
 * of it therapeutic), relapses within four weeks, and reports still open today.
 */
export function generateOrganization(options: GenerateOptions): GeneratedOrganization {
  const random = seededRandom(options.seed);
  const historyStart = addDays(options.today, -Math.round(options.years * 365));
  const departments = Math.max(1, Math.ceil(options.employees / EMPLOYEES_PER_DEPARTMENT));
  const employees: EmployeeRow[] = [];
  const absences: AbsenceRow[] = [];
  const width = String(options.employees).length;

  for (let n = 1; n <= options.employees; n += 1) {
    const number = `E${String(n).padStart(width, '0')}`;
    const department = `Afdeling ${String(1 + Math.floor(random() * departments)).padStart(3, '0')}`;
    const hours = 16 + 4 * Math.floor(random() * 7);
    const base = { employee_number: number, name: `Medewerker ${n}`, email: '', department };
    const hired = addDays(historyStart, -1 - Math.floor(random() * 3650));
    if (random() < CONTRACT_CHANGE_SHARE) {
      const change = addDays(historyStart, 1 + Math.floor(random() * (options.years * 365 - 2)));
      employees.push({ ...base, start_date: hired, end_date: addDays(change, -1), hours_per_week: String(hours) });
      employees.push({ ...base, start_date: change, end_date: '', hours_per_week: String(Math.min(40, hours + 8)) });
    } else {
      employees.push({ ...base, start_date: hired, end_date: '', hours_per_week: String(hours) });
    }

    let day = addDays(historyStart, daysUntilNext(random));
    for (let report = 1; day <= options.today; report += 1) {
      const reportNumber = `${number}-${report}`;
      const length = spellLength(random);
      const lastDay = addDays(day, length - 1);
      const steps = length > 28 ? partialRecovery(day, length, random) : [{ from: day, to: lastDay, percentage: 100, therapeutic: false }];
      for (const step of steps) {
        if (step.from > options.today) break;
        const open = step.to >= options.today;
        absences.push({
          employee_number: number,
          report_number: reportNumber,
          start_date: step.from,
          end_date: open ? '' : step.to,
          absence_percentage: String(step.percentage),
          therapeutic: step.therapeutic ? 'true' : 'false',
        });
        if (open) break;
      }
      if (lastDay >= options.today) break;
      const relapse = random() < RELAPSE_SHARE;
      day = addDays(lastDay, 1 + (relapse ? 1 + Math.floor(random() * 27) : daysUntilNext(random)));
    }
  }
  return { employees, absences };
}

/** A long spell in steps: fully absent, then half (sometimes on a therapeutic basis), then a quarter. */
function partialRecovery(from: IsoDate, length: number, random: () => number) {
  const full = Math.max(14, Math.round(length * (0.4 + 0.3 * random())));
  const half = Math.max(1, Math.round((length - full) * 0.6));
  const quarter = length - full - half;
  const therapeutic = random() < 0.3;
  const steps = [{ from, to: addDays(from, full - 1), percentage: 100, therapeutic: false }];
  steps.push({ from: addDays(from, full), to: addDays(from, full + half - 1), percentage: 50, therapeutic });
  if (quarter > 0) steps.push({ from: addDays(from, full + half), to: addDays(from, length - 1), percentage: 25, therapeutic });
  return steps;
}

/** Rows as CSV text with the import's header. */
export function toCsv<K extends string>(columns: readonly K[], rows: readonly Record<K, string>[]): string {
  return [columns.join(','), ...rows.map((row) => columns.map((column) => row[column]).join(','))].join('\n') + '\n';
}
