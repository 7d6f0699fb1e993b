export type ImportFile = 'employees' | 'absences';

/**
 * Why a row is refused. The code and its values let a screen say it in the reader's
 * language; the English reason is what the command prints.
 */
const REASONS = {
  MISSING_COLUMNS: (columns: string) => `missing column(s): ${columns}`,
  REQUIRED: () => 'is required',
  NOT_A_DATE: (value: string) => `"${value}" is not a date as YYYY-MM-DD`,
  OUT_OF_RANGE: (value: string, min: string, max: string) => `"${value}" must be a number from ${min} to ${max}`,
  NOT_AN_EMAIL: (value: string) => `"${value}" is not an e-mail address`,
  BEFORE_START: () => 'is before start_date',
  NAME_DIFFERS: (line: string) => `differs from line ${line} for the same employee_number`,
  CONTRACT_OVERLAP: (from: string) => `overlaps the contract period from ${from}`,
  UNKNOWN_EMPLOYEE: (value: string) => `"${value}" is not in the employees file or the organization`,
  NOT_A_BOOLEAN: (value: string) => `"${value}" must be true or false`,
  OPEN_ROW_NOT_LAST: () => 'only the last row of a report may be open',
  GAP_IN_REPORT: (expected: string) => `must be ${expected}, the day after the previous row of this report`,
  REPORT_OVERLAP: () => 'overlaps another report of this employee',
  RECORDED_REPORT_OVERLAP: () => 'overlaps a sick report already recorded for this employee',
} as const;

export type ImportProblemCode = keyof typeof REASONS;
export const IMPORT_PROBLEM_CODES = Object.keys(REASONS) as ImportProblemCode[];

export interface ImportProblem {
  file: ImportFile;
  line: number;
  field: string;
  code: ImportProblemCode;
  /** The values the reason names, in order (the offending value, a range, a date …). */
  values: string[];
  reason: string;
}

export function importProblem<C extends ImportProblemCode>(
  at: { file: ImportFile; line: number; field: string },
  code: C,
  ...values: Parameters<(typeof REASONS)[C]>
): ImportProblem {
  const describe: (...args: string[]) => string = REASONS[code];
  const reason = describe(...values);
  return { ...at, code, values, reason };
}
