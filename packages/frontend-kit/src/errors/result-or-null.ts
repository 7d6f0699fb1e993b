/**
 * The result of a mutation or lazy query started from an Apollo hook, or null when it
 * failed. The failure is not lost: the hook keeps it in its `error` state, which the
 * component shows (ErrorAlert), so the rejected promise has nothing left to report.
 */
export function resultOrNull<T>(operation: Promise<T>): Promise<T | null> {
  // eslint-disable-next-line no-restricted-syntax -- the hook's `error` state carries the failure to the screen
  return operation.catch(() => null);
}
