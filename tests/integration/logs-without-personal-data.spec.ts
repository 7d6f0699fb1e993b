import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { join } from 'node:path';
import { eventually } from '../support/case-events';
import { withDatabase } from '../support/database';
import { isoDaysFromToday } from '../support/dates';
import { gatewayUrl, tokenFor } from '../support/gateway-client';
import { createOwnOrganization, openOwnCase } from '../support/own-organization';

jest.setTimeout(90_000);

/**
 * Medical text goes into the platform in a note, into a database error and into a request a
 * subgraph outage breaks off; afterwards it is in no process's output, while each failure is
 * logged with what an operator needs (error class, code, database object, request id).
 */
const repoRoot = join(__dirname, '..', '..');
// Unique per run, so a hit can only come from this test.
const MARKER = `Vertrouwelijk${randomUUID().replace(/-/g, '')}`;
const REFUSED = 'weigert-deze-notitie';
const ONCE_ONLY = 'maar-een-keer';

const ADD = `mutation LogsTest_AddMedicalNote($input: AddMedicalNoteInput!) { addMedicalNote(input: $input) { id version } }`;
const UPDATE = `mutation LogsTest_UpdateMedicalNote($input: UpdateMedicalNoteInput!) { updateMedicalNote(input: $input) { id version } }`;
const NOTES = `query LogsTest_MedicalNotes($id: ID!) { case(id: $id) { medicalNotes { id text } } }`;

interface Answer {
  status: number;
  requestId: string | null;
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(url: string, token: string, query: string, variables: Record<string, unknown>, requestId: string): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, requestId: response.headers.get('x-request-id'), ...((await response.json()) as object) };
}

function processLogsDirectory(): string {
  const directory = process.env.TERUGKEER_PROCESS_LOGS;
  if (!directory || !existsSync(directory)) throw new Error('TERUGKEER_PROCESS_LOGS is not set: run these tests through `npm test`.');
  return directory;
}

/** What every process of the platform, and each extra gateway of this test, has written so far. */
function processLogs(): Record<string, string> {
  const directory = processLogsDirectory();
  return Object.fromEntries(readdirSync(directory).map((file) => [file, readFileSync(join(directory, file), 'utf8')]));
}

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, any>);

/** A second gateway beside the platform's, with its subgraph addresses replaced; its output goes beside the platform's. */
class ExtraGateway {
  private output = '';
  private child: ChildProcess | null = null;

  constructor(
    readonly name: string,
    private readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url() {
    return `http://localhost:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['--enable-source-maps', join(repoRoot, 'services', 'gateway', 'dist', 'main.js')], {
      // Debug: Hive Gateway's most talkative level must not leak either.
      env: { ...process.env, GATEWAY_PORT: String(this.port), LOG_LEVEL: 'debug', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const collect = (chunk: Buffer) => {
        this.output += chunk.toString();
        appendFileSync(join(processLogsDirectory(), `${this.name}.log`), chunk);
        if (this.output.includes('gateway ready')) resolve();
      };
      child.stdout?.on('data', collect);
      child.stderr?.on('data', collect);
      child.once('exit', (code) => reject(new Error(`the extra gateway exited (${code}):\n${this.output}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createTcpServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A subgraph that crashes while handling the call: it takes the request and drops the connection. */
async function crashingSubgraph(): Promise<{ url: string; server: TcpServer }> {
  const server = createTcpServer((socket) => socket.once('data', () => socket.destroy()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`, server };
}

describe('logs without personal data', () => {
  let token: string;
  let caseId: string;
  const requestIds = {
    write: randomUUID(),
    refused: randomUUID(),
    refusedUpdate: randomUUID(),
    duplicate: randomUUID(),
    caseDown: randomUUID(),
    caseCrashed: randomUUID(),
  };
  const extraGateways: ExtraGateway[] = [];
  let crashing: TcpServer | null = null;

  beforeAll(async () => {
    // A case of its own, so that the notes and the faults it provokes touch no one else's.
    const organization = await createOwnOrganization('Logboek');
    caseId = await openOwnCase(organization, isoDaysFromToday(-30));
    token = await tokenFor(organization.doctor.email);
  });

  afterAll(async () => {
    await Promise.all(extraGateways.map((gateway) => gateway.stop()));
    crashing?.close();
  });

  it('lets the company doctor write and read a note with medical text', async () => {
    const added = await post(gatewayUrl(), token, ADD, { input: { caseId, text: `${MARKER}: slaapt slecht, piekert over werk.` } }, requestIds.write);
    expect(added.errors).toBeUndefined();
    expect(added.requestId).toBe(requestIds.write);
    const read = await post(gatewayUrl(), token, NOTES, { id: caseId }, randomUUID());
    expect(read.data.case.medicalNotes.map((note: { text: string }) => note.text)).toContainEqual(expect.stringContaining(MARKER));
  });

  it('keeps the medical text out of the log when the database refuses a statement', async () => {
    // Faults a real database gives: a check constraint and a unique index that refuse these notes only.
    await withDatabase('case', async (db) => {
      await db.query(`ALTER TABLE medical_notes ADD CONSTRAINT logs_test_refused CHECK (strpos(text, '${REFUSED}') = 0) NOT VALID`);
      await db.query(`CREATE UNIQUE INDEX logs_test_once_only ON medical_notes (text) WHERE strpos(text, '${ONCE_ONLY}') > 0`);
    });
    try {
      const refused = await post(gatewayUrl(), token, ADD, { input: { caseId, text: `${MARKER} ${REFUSED}` } }, requestIds.refused);
      expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);

      const notes = await post(gatewayUrl(), token, NOTES, { id: caseId }, randomUUID());
      const note = notes.data.case.medicalNotes.find((candidate: { text: string }) => candidate.text.includes(MARKER));
      const refusedUpdate = await post(
        gatewayUrl(),
        token,
        UPDATE,
        { input: { id: note.id, expectedVersion: 1, text: `${MARKER} ${REFUSED} (bijgewerkt)` } },
        requestIds.refusedUpdate,
      );
      expect(refusedUpdate.errors?.map((error) => error.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);

      const once = { input: { caseId, text: `${MARKER} ${ONCE_ONLY}` } };
      expect((await post(gatewayUrl(), token, ADD, once, randomUUID())).errors).toBeUndefined();
      const duplicate = await post(gatewayUrl(), token, ADD, once, requestIds.duplicate);
      expect(duplicate.errors?.map((error) => error.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    } finally {
      await withDatabase('case', async (db) => {
        await db.query(`ALTER TABLE medical_notes DROP CONSTRAINT IF EXISTS logs_test_refused`);
        await db.query(`DROP INDEX IF EXISTS logs_test_once_only`);
      });
    }
  });

  it('keeps the variables out of the gateway log when a subgraph is down or crashes mid-request', async () => {
    const down = new ExtraGateway('gateway-case-down', await freePort(), { CASE_URL: `http://127.0.0.1:${await freePort()}/graphql` });
    const subgraph = await crashingSubgraph();
    crashing = subgraph.server;
    const crashed = new ExtraGateway('gateway-case-crashed', await freePort(), { CASE_URL: subgraph.url });
    extraGateways.push(down, crashed);
    await Promise.all([down.start(), crashed.start()]);

    for (const [gateway, requestId] of [
      [down, requestIds.caseDown],
      [crashed, requestIds.caseCrashed],
    ] as const) {
      const answer = await post(gateway.url, token, ADD, { input: { caseId, text: `${MARKER}: terugval na gesprek met leidinggevende.` } }, requestId);
      expect(answer.data?.addMedicalNote ?? null).toBeNull();
      expect(answer.errors?.length).toBeGreaterThan(0);
    }
  });

  it('leaves the marker in no process output, and logs each failure with what an operator needs', async () => {
    const logs = await eventually(async () => {
      const current = processLogs();
      const caseLines = jsonLines(current['case.log'] ?? '');
      for (const requestId of [requestIds.refused, requestIds.refusedUpdate, requestIds.duplicate]) {
        if (!caseLines.some((line) => line.requestId === requestId && line.err)) throw new Error(`the case service has not logged ${requestId} yet`);
      }
      for (const [file, requestId] of [
        ['gateway.log', requestIds.duplicate],
        ['gateway-case-down.log', requestIds.caseDown],
        ['gateway-case-crashed.log', requestIds.caseCrashed],
      ]) {
        if (!jsonLines(current[file] ?? '').some((line) => line.requestId === requestId && line.msg === 'request'))
          throw new Error(`${file} has no line for ${requestId} yet`);
      }
      return current;
    }, 10_000);

    expect(Object.keys(logs)).toEqual(
      expect.arrayContaining(['case.log', 'scheduling.log', 'reporting.log', 'gateway.log', 'gateway-case-down.log', 'gateway-case-crashed.log']),
    );
    const leaks = Object.entries(logs).flatMap(([name, output]) =>
      output
        .split('\n')
        .filter((line) => line.includes(MARKER))
        .map((line) => `${name}: ${line}`),
    );
    expect(leaks).toEqual([]);

    const caseLines = jsonLines(logs['case.log']);
    const errorOf = (requestId: string) => caseLines.find((line) => line.requestId === requestId && line.err);
    expect(errorOf(requestIds.refused)).toMatchObject({
      level: 'error',
      service: 'case',
      operation: expect.stringContaining('AddMedicalNote'),
      err: {
        type: 'QueryFailedError',
        code: '23514',
        table: 'medical_notes',
        constraint: 'logs_test_refused',
        stack: expect.stringMatching(/medical-notes\.repository/),
      },
    });
    expect(errorOf(requestIds.refusedUpdate)?.err).toMatchObject({ type: 'QueryFailedError', code: '23514', constraint: 'logs_test_refused' });
    expect(errorOf(requestIds.duplicate)?.err).toMatchObject({ type: 'QueryFailedError', code: '23505', constraint: 'logs_test_once_only' });

    const gatewayRequest = jsonLines(logs['gateway.log']).find((line) => line.requestId === requestIds.duplicate && line.msg === 'request');
    expect(gatewayRequest).toMatchObject({
      service: 'gateway',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'LogsTest_AddMedicalNote',
      durationMs: expect.any(Number),
    });

    for (const [file, requestId] of [
      ['gateway-case-down.log', requestIds.caseDown],
      ['gateway-case-crashed.log', requestIds.caseCrashed],
    ] as const) {
      const lines = jsonLines(logs[file]).filter((line) => line.requestId === requestId);
      expect(lines.find((line) => line.msg === 'request')).toMatchObject({ operation: 'LogsTest_AddMedicalNote', path: '/graphql' });
      expect(lines.some((line) => line.level === 'error' || line.level === 'warn')).toBe(true);
    }
  });
});
