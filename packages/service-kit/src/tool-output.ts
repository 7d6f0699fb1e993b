/**
 * A command-line tool's answer to the operator who ran it, as opposed to its log lines: a
 * sentence, then a JSON summary as the last line of standard output for scripts and tests.
 */
export function printToolResult(summary: unknown, text?: string): void {
  process.stdout.write(`${text ? `${text}\n` : ''}${JSON.stringify(summary)}\n`);
}

/** What the operator must fix (usage, a bad row of an import file), on standard error. */
export function printToolProblem(text: string): void {
  process.stderr.write(`${text}\n`);
}
