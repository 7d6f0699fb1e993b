import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { waitUntil } from '../support/platform-processes';

jest.setTimeout(360_000);

/**
 * The operator's backup and point-in-time restore, end to end on a development platform of
 * its own (`npm run terugkeer -- start` on ports 20000 above the test platform's offset,
 * with WAL archiving): a base backup, a change, the moment, another change, the platform
 * stopped, the database wiped and restored to the moment; then the gateway answers from all
 * three subgraphs exactly as at the moment.
 */
const repoRoot = join(__dirname, '..', '..');
const offset = Number(process.env.TERUGKEER_PORT_OFFSET ?? 0) + 20_000;
const dataRoot = join(process.env.TERUGKEER_DATA_DIR ?? join(repoRoot, '.data', 'test'), 'backup-restore');
const gateway = `http://127.0.0.1:${4000 + offset}`;
const superuserUrl = `postgres://terugkeer:terugkeer@127.0.0.1:${5488 + offset}/terugkeer`;
const DEMO_HR = 'hr@demo.test';

/** The launcher's environment without the test platform's ports, URLs and data directory. */
function launcherEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/(_PORT|_URL)$|^TERUGKEER_DATA_DIR$|^OTEL_/.test(name)));
  return { ...env, TERUGKEER_MODE: 'development', TERUGKEER_PORT_OFFSET: String(offset), TERUGKEER_DATA_DIR: dataRoot, TERUGKEER_PREPARED: '1' };
}

/** A launcher command; its output is read as it comes (a full pipe would stall it) and its end kept for a failure's message. */
function terugkeer(args: string[]): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [join(repoRoot, 'infra', 'bin', 'terugkeer.mjs'), ...args], {
    cwd: repoRoot,
    env: launcherEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own, which stopPlatform signals as Ctrl-C signals a terminal's.
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output };
}

async function finished(args: string[]): Promise<string> {
  const { child, output } = terugkeer(args);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`terugkeer ${args.join(' ')} ended with ${code}:\n${output()}`);
  return output();
}

let platform: ChildProcess | null = null;

async function startPlatform(): Promise<void> {
  const started = terugkeer(['start']);
  platform = started.child;
  const exited = new Promise<never>((_, reject) =>
    started.child.once('exit', (code) => reject(new Error(`npm start ended early (${code}):\n${started.output()}`))),
  );
  // The gateway's /healthz answers 200 once every subgraph answers too.
  await Promise.race([waitUntil('the platform answers', () => fetch(`${gateway}/healthz`).then((r) => r.ok), 180_000), exited]);
}

async function stopPlatform(): Promise<void> {
  const running = platform;
  platform = null;
  if (!running || running.exitCode !== null) return;
  const exited = new Promise((resolve) => running.once('exit', resolve));
  // Ctrl-C: the launcher and every process it started get the signal at once.
  process.kill(-(running.pid as number), 'SIGINT');
  await exited;
  await waitUntil('PostgreSQL has stopped', () => !existsSync(join(dataRoot, 'dev', 'postgres', 'postmaster.pid')));
  const ports = [4000, 4101, 4102, 4103].map((port) => port + offset);
  const closed = (port: number) =>
    fetch(`http://127.0.0.1:${port}/livez`).then(
      () => false,
      () => true,
    );
  await waitUntil('the services have stopped', async () => (await Promise.all(ports.map(closed))).every(Boolean));
}

async function graphql(email: string, query: string, variables: Record<string, unknown> = {}) {
  const issued = await fetch(`${gateway}/auth/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
  if (!issued.ok) throw new Error(`No token for ${email}: ${issued.status} ${await issued.text()}`);
  const { token } = (await issued.json()) as { token: string };
  const response = await fetch(`${gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Every case the demo's case manager sees, with what each of the three subgraphs says of it. */
const ACROSS_SUBGRAPHS = `query BackupRestore_Cases {
  viewer { cases(first: 100) { edges { node {
    id status firstSickDay employee { name }
    appointments { kind status startsAt }
    progress { absenceDays eventsApplied }
  } } } }
}`;
const answer = async () => graphql(DEMO_HR, ACROSS_SUBGRAPHS);
const caseIds = (data: any): string[] => data.viewer.cases.edges.map((edge: any) => edge.node.id).sort();

const RECORD = `mutation BackupRestore_Record($input: RecordSickReportInput!) { recordSickReport(input: $input) { saved case { id } } }`;
const EMPLOYEE = `query BackupRestore_Employee($org: ID!, $number: String!) { employee(organizationId: $org, employeeNumber: $number) { id cases { status } } }`;

/** Demo employees without a case yet, to report sick. */
async function employeesWithoutCase(count: number): Promise<string[]> {
  const { viewer } = await graphql(DEMO_HR, '{ viewer { memberships { role organization { id } } } }');
  const org = viewer.memberships.find((m: any) => m.role === 'CASE_MANAGER').organization.id;
  const found: string[] = [];
  for (let number = 1001; found.length < count && number < 1100; number += 1) {
    const { employee } = await graphql(DEMO_HR, EMPLOYEE, { org, number: String(number) });
    if (employee && employee.cases.length === 0) found.push(employee.id);
  }
  if (found.length < count) throw new Error('The demo has too few employees without a case.');
  return found;
}

/** Reports the employee sick and waits until the scheduling and reporting subgraphs know the case too. */
async function reportSick(employeeId: string): Promise<string> {
  const { recordSickReport } = await graphql(DEMO_HR, RECORD, {
    input: { employeeId, firstSickDay: new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10) },
  });
  expect(recordSickReport.saved).toBe(true);
  const id: string = recordSickReport.case.id;
  await waitUntil('the reporting read model has the new case', async () => {
    const node = (await answer()).viewer.cases.edges.find((edge: any) => edge.node.id === id)?.node;
    return node?.progress?.eventsApplied >= 1;
  });
  return id;
}

async function superuser<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(() => rmSync(dataRoot, { recursive: true, force: true }));
afterAll(async () => {
  await stopPlatform();
  rmSync(dataRoot, { recursive: true, force: true });
});

it('backs up, wipes, restores to a moment and answers from all three subgraphs as at that moment', async () => {
  await startPlatform();
  const [first, second] = await employeesWithoutCase(2);
  await finished(['backup']);

  const before = await reportSick(first);
  const atTheMoment = await answer();
  const moment = await superuser(async (db) => (await db.query<{ now: Date }>('SELECT clock_timestamp() AS now')).rows[0].now);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const after = await reportSick(second);
  expect(caseIds(await answer())).toEqual([...caseIds(atTheMoment), after].sort());
  // What an archive_timeout does within a minute: the last writes' WAL goes to the archive now.
  await superuser(async (db) => {
    const { rows } = await db.query<{ segment: string }>('SELECT pg_walfile_name(pg_switch_wal()) AS segment');
    await waitUntil('the last WAL segment is archived', async () => {
      const archived = await db.query<{ last: string | null }>('SELECT last_archived_wal AS last FROM pg_stat_archiver');
      return (archived.rows[0].last ?? '') >= rows[0].segment;
    });
  });
  await stopPlatform();

  const restored = await finished(['restore', '--to', moment.toISOString()]);
  expect(restored).toContain(`Restored to ${moment.toISOString()}`);
  await startPlatform();

  const now = await answer();
  expect(caseIds(now)).toContain(before);
  expect(caseIds(now)).not.toContain(after);
  expect(now).toEqual(atTheMoment);
});
