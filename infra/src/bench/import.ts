import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { runCaseTool } from './case-tool.js';
import type { Benchmark, BenchPlatform } from './harness.js';
import { elapsedMs } from './measure.js';
import { median, ratio } from './stats.js';

const FULL_ROWS = 100_000;
const SMALL_ROWS = 10_000;
/** Employees enough for that many absence rows over two years (about 2.7 rows each). */
const employeesFor = (rows: number) => Math.ceil(rows / 2.5);

/**
 * The absence import at 10 000 and 100 000 rows through the command line, as an operator
 * runs it, against the floor of writing the same rows in one statement into a plain table;
 * and the same file with one bad last row, which must leave nothing behind.
 */
export const importAbsences: Benchmark = {
  name: 'import',
  title: 'Import of absences: 10 000 and 100 000 rows, all or nothing',
  async run({ startPlatform, workDir, log, scale }) {
    const platform = await startPlatform();
    const rounds = 3;
    const rows: (string | number)[][] = [];
    const stepRows: (string | number)[][] = [];
    const figures: Record<string, unknown> = {};
    let smallDir = '';
    const full = Math.round(FULL_ROWS * scale);
    const small = Math.round(SMALL_ROWS * scale);
    for (const size of [small, full]) {
      const dir = workDir(`rows-${size}`);
      const files = await generateFiles(platform, dir, size);
      if (size === small) smallDir = dir;
      const floor = median(await repeat(rounds, () => writeFloor(platform.databaseUrl, join(dir, 'absences.csv'))));
      const runs = size === full ? 1 : rounds;
      const seconds: number[] = [];
      const steps: StepSeconds[] = [];
      for (let round = 0; round < runs; round += 1) {
        log(`importing ${files.absenceRows} absence rows of ${files.employeeRows} employee rows (run ${round + 1} of ${runs}) …`);
        const run = await runCaseTool(platform, 'import-cli', [
          '--organization',
          `Import ${size} #${round}`,
          '--employees',
          join(dir, 'employees.csv'),
          '--absences',
          join(dir, 'absences.csv'),
        ]);
        if (run.exitCode !== 0) throw new Error(`The import failed: ${JSON.stringify(run.result)}`);
        seconds.push(run.ms / 1000);
        steps.push(run.result.seconds as StepSeconds);
      }
      const importSeconds = median(seconds);
      rows.push([
        files.absenceRows,
        files.employeeRows,
        importSeconds.toFixed(1),
        Math.round(files.absenceRows / importSeconds),
        (floor / 1000).toFixed(2),
        ratio(importSeconds * 1000, floor),
        runs,
      ]);
      const stepMedian = (step: keyof StepSeconds) => median(steps.map((s) => s[step] ?? 0)).toFixed(1);
      stepRows.push([files.absenceRows, ...STEPS.map(stepMedian), importSeconds.toFixed(1)]);
      figures[`rows${size}`] = { ...files, importSeconds: seconds, floorMs: floor, steps };
    }

    const rejected = await rejectedImport(platform, smallDir, `Import ${small} #0`, workDir('rejected'));
    const fullSeconds = median((figures[`rows${full}`] as { importSeconds: number[] }).importSeconds);
    return {
      tables: [
        {
          title: 'Import through `npm run terugkeer -- import` (one transaction)',
          columns: ['absence rows', 'employee rows', 'import s', 'rows/s', 'floor s', '× floor', 'runs'],
          rows,
        },
        {
          title: 'Where the time goes: seconds per step (median), as the command reports them',
          columns: ['absence rows', 'checks', 'employees', 'sick reports', 'cases', 'in the command', 'with Node start-up'],
          rows: stepRows,
        },
        {
          title: 'All or nothing: every employee of the first 10 000-row import renamed, and one report overlapping a stored one',
          columns: ['employees renamed in the file', 'rejected after s', 'rows changed'],
          rows: [[rejected.employeesRenamed, rejected.seconds.toFixed(1), rejected.written]],
        },
      ],
      notes: [
        `Goal: 100 000 rows within 2 minutes — ${full < FULL_ROWS ? `ran at ${full} rows (--scale)` : fullSeconds <= 120 ? 'met' : 'not met'} (${fullSeconds.toFixed(0)} s, including starting Node and parsing).`,
        'The floor writes the same absence rows into an unindexed table in one statement: what any import of them costs at least. The import also validates every row, derives the cases, and writes their events and legal timelines.',
        `The overlapping report is found inside the transaction, after the renamed employees were written; the import is rejected with its line and field and ${rejected.written} rows stay changed.`,
      ],
      figures: { ...figures, rejected },
    };
  },
};

/** The steps the import command times (`seconds` in its summary): checking the files, then each write step. */
const STEPS = ['checks', 'employees', 'sick reports', 'cases', 'total'] as const;
type StepSeconds = Partial<Record<(typeof STEPS)[number], number>>;

async function repeat(times: number, step: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) samples.push(await elapsedMs(step));
  return samples;
}

async function generateFiles(platform: BenchPlatform, dir: string, absenceRows: number) {
  const run = await runCaseTool(platform, 'generate-cli', [
    '--employees',
    String(employeesFor(absenceRows)),
    '--years',
    '2',
    '--absence-rows',
    String(absenceRows),
    '--csv-only',
    dir,
  ]);
  if (run.exitCode !== 0) throw new Error(`Generating the files failed: ${JSON.stringify(run.result)}`);
  return { employeeRows: run.result.employeeRows as number, absenceRows: run.result.absenceRows as number };
}

/** The same rows, parsed and written in one statement into a scratch table without indexes. */
async function writeFloor(databaseUrl: string, file: string): Promise<void> {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const columns = header.split(',');
  const values = columns.map((_, i) => lines.map((line) => line.split(',')[i] || null));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      'CREATE TEMP TABLE IF NOT EXISTS import_floor (employee_number text, report_number text, start_date date, end_date date, percentage numeric, therapeutic boolean)',
    );
    await client.query('TRUNCATE import_floor');
    await client.query('INSERT INTO import_floor SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::date[], $5::numeric[], $6::boolean[])', values);
  } finally {
    await client.end();
  }
}

/**
 * Into the organization imported first: every employee renamed, and one new report that
 * overlaps a stored one, found only inside the transaction, after the renames were written.
 */
async function rejectedImport(platform: BenchPlatform, sourceDir: string, organization: string, dir: string) {
  mkdirSync(dir, { recursive: true });
  const [employeesHeader, ...employees] = readFileSync(join(sourceDir, 'employees.csv'), 'utf8').trim().split('\n');
  writeFileSync(
    join(dir, 'employees.csv'),
    [employeesHeader, ...employees.map((line) => line.replace(/,Medewerker (\d+),/, ',Medewerker $1 (renamed),'))].join('\n') + '\n',
  );
  const [absencesHeader, first] = readFileSync(join(sourceDir, 'absences.csv'), 'utf8').trim().split('\n');
  const [employeeNumber, , startDate] = first.split(',');
  writeFileSync(join(dir, 'absences.csv'), `${absencesHeader}\n${employeeNumber},R-overlap,${startDate},${startDate},100,false\n`);
  const client = new pg.Client({ connectionString: platform.databaseUrl });
  await client.connect();
  try {
    const count = async () => {
      const { rows } = await client.query(
        `SELECT (SELECT count(*) FROM "case".employees WHERE name LIKE '%(renamed)') + (SELECT count(*) FROM "case".sick_reports WHERE report_number = 'R-overlap') AS n`,
      );
      return Number(rows[0].n);
    };
    const run = await runCaseTool(platform, 'import-cli', [
      '--organization',
      organization,
      '--employees',
      join(dir, 'employees.csv'),
      '--absences',
      join(dir, 'absences.csv'),
    ]);
    if (run.exitCode === 0) throw new Error('The import with an overlapping report was accepted.');
    return { seconds: run.ms / 1000, employeesRenamed: employees.length, written: await count() };
  } finally {
    await client.end();
  }
}
