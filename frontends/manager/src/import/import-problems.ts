import { createMessages, useT } from '@terugkeer/ui';

/** The reason for each refused row; the values come in the order the service sends them. */
export const problemMessages = createMessages({
  MISSING_COLUMNS: { nl: 'kolom(men) ontbreken: {a}', en: 'missing column(s): {a}' },
  REQUIRED: { nl: 'is verplicht', en: 'is required' },
  NOT_A_DATE: { nl: '"{a}" is geen datum als JJJJ-MM-DD', en: '"{a}" is not a date as YYYY-MM-DD' },
  OUT_OF_RANGE: { nl: '"{a}" moet een getal van {b} tot en met {c} zijn', en: '"{a}" must be a number from {b} to {c}' },
  NOT_AN_EMAIL: { nl: '"{a}" is geen e-mailadres', en: '"{a}" is not an e-mail address' },
  BEFORE_START: { nl: 'ligt vóór start_date', en: 'is before start_date' },
  NAME_DIFFERS: { nl: 'wijkt af van regel {a} met hetzelfde employee_number', en: 'differs from line {a} for the same employee_number' },
  CONTRACT_OVERLAP: { nl: 'overlapt met de contractperiode vanaf {a}', en: 'overlaps the contract period from {a}' },
  UNKNOWN_EMPLOYEE: { nl: '"{a}" staat niet in het medewerkersbestand of in de organisatie', en: '"{a}" is not in the employees file or the organization' },
  NOT_A_BOOLEAN: { nl: '"{a}" moet true of false zijn', en: '"{a}" must be true or false' },
  OPEN_ROW_NOT_LAST: { nl: 'alleen de laatste regel van een ziekmelding mag open zijn', en: 'only the last row of a report may be open' },
  GAP_IN_REPORT: { nl: 'moet {a} zijn, de dag na de vorige regel van deze ziekmelding', en: 'must be {a}, the day after the previous row of this report' },
  REPORT_OVERLAP: { nl: 'overlapt met een andere ziekmelding van deze medewerker', en: 'overlaps another report of this employee' },
  RECORDED_REPORT_OVERLAP: { nl: 'overlapt met een ziekmelding die al is vastgelegd', en: 'overlaps a sick report already recorded for this employee' },
});

export type ImportProblemCode = keyof typeof problemMessages;

/** The reason of a refused row in the reader's language; the values fill {a}, {b}, {c} … */
export function useProblemReason() {
  const t = useT(problemMessages) as unknown as (code: ImportProblemCode, params: Record<string, string>) => string;
  return (code: ImportProblemCode, values: readonly string[]) => t(code, Object.fromEntries(values.map((value, i) => [String.fromCharCode(97 + i), value])));
}
