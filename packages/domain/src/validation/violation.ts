/** One broken rule in an input, addressed by the path of the offending field (e.g. `intervals[1].percentage`). */
export interface Violation {
  field: string;
  code: string;
  message: string;
}
