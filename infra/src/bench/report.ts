/** One table of a benchmark's results, as the Markdown file and the terminal show it. */
export interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

/** What a benchmark hands back: tables to read, notes (goals met or not, and why), and the raw figures. */
export interface BenchReport {
  tables: BenchTable[];
  notes: string[];
  figures: Record<string, unknown>;
  /** Markdown written by the benchmark itself, placed after the tables (headings from level 2 down). */
  sections?: string[];
}

export interface RunFacts {
  name: string;
  title: string;
  command: string;
  measuredAt: string;
  durationSeconds: number;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
}

const cell = (value: string | number) => String(value).replace(/\|/g, '\\|');

export function markdownTable(table: BenchTable): string {
  const widths = table.columns.map((column, i) => Math.max(column.length, ...table.rows.map((row) => cell(row[i] ?? '').length)));
  const line = (values: (string | number)[]) => `| ${values.map((value, i) => cell(value ?? '').padEnd(widths[i])).join(' | ')} |`;
  const numeric = table.columns.map((_, i) => table.rows.length > 0 && table.rows.every((row) => /^[-\d.,]+\s?(%|×|ms|s|MB|x)?$/.test(String(row[i]))));
  const rule = `| ${widths.map((width, i) => (numeric[i] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(table.columns), rule, ...table.rows.map(line)].join('\n');
}

/** The readable results file: what was measured, on what, with which command, then the tables and notes. */
export function markdownReport(facts: RunFacts, report: BenchReport): string {
  const { machine } = facts;
  return [
    `# ${facts.title}`,
    '',
    `Measured ${facts.measuredAt} with \`${facts.command}\` in ${facts.durationSeconds.toFixed(0)} s, on ${machine.cpus} × ${machine.cpuModel}, ` +
      `${machine.memoryGb} GB, Node ${machine.node} (${machine.platform}). The machine may have been shared: compare ratios, not absolute times.`,
    '',
    ...report.tables.flatMap((table) => [`## ${table.title}`, '', markdownTable(table), '']),
    ...(report.sections ?? []).flatMap((section) => [section.trim(), '']),
    ...(report.notes.length ? ['## Notes', '', ...report.notes.map((note) => `- ${note}`), ''] : []),
  ].join('\n');
}
