import type { InputReason, InputReasonCode, InputReasonValues } from './input-reasons';

/** One broken rule in an input, addressed by the path of the offending field (e.g. `intervals[1].percentage`). */
export interface Violation {
  field: string;
  code: InputReasonCode;
  message: string;
  /** What the reason names (a limit, a date …), for a screen to word it itself. */
  values?: InputReasonValues;
}

/** The violation as the reason a bad-input error carries, keeping its own message. */
export const violationReason = ({ code, values, message }: Violation): InputReason => ({ code, values: values ?? {}, text: message });
