/**
 * A command-line tool's answer to the operator who ran it, as opposed to its log lines: a
 * sentence, then a JSON summary as the last line of standard output for scripts and tests.
 */
export function printToolResult(summary: unknown, text?: string): void {
  process.stdout.write(`${text ? `${text}\n` : ''}${JSON.stringify(summary)}\n`);
}

/** One line of a tool's answer as it goes (an event replayed), before the JSON summary. */
export function printToolLine(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** What the operator must fix (usage, a bad row of an import file), on standard error. */
export function printToolProblem(text: string): void {
  process.stderr.write(`${text}\n`);
}

export interface ToolProgress {
  /** `done` of `total` steps are finished. */
  update(done: number): void;
  finish(): void;
}

/**
 * A progress bar on standard error when it is a terminal, redrawn at most ten times a
 * second; otherwise a plain line at every tenth, so logs stay readable.
 */
export function toolProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): ToolProgress {
  const started = Date.now();
  let lastDraw = 0;
  let lastTenth = -1;
  const line = (done: number) => {
    const share = total ? done / total : 1;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const width = 30;
    const filled = Math.round(share * width);
    return `${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${done}/${total} ${seconds} s`;
  };
  return {
    update(done) {
      if (stream.isTTY) {
        if (Date.now() - lastDraw < 100 && done < total) return;
        lastDraw = Date.now();
        stream.write(`\r${line(done)}`);
        return;
      }
      const tenth = total ? Math.floor((done / total) * 10) : 10;
      if (tenth > lastTenth) {
        lastTenth = tenth;
        stream.write(`${line(done)}\n`);
      }
    },
    finish() {
      this.update(total);
      if (stream.isTTY) stream.write('\n');
    },
  };
}
