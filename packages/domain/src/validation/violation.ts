import type { InputReasonCode, InputReasonValues } from './input-reasons';

/** One broken rule in an input, addressed by the path of the offending field (e.g. `intervals[1].percentage`). */
export interface Violation {
  field: string;
  code: InputReasonCode;
  message: string;
  /** What the reason names (a limit, a date …), for a screen to word it itself. */
  values?: InputReasonValues;
}
