import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { required } from '@terugkeer/domain';
import { graphqlAs, tokenFor } from '../support/gateway-client';

jest.setTimeout(60_000);

const repoRoot = join(__dirname, '..', '..');
const manifest: Record<string, string> = JSON.parse(
  readFileSync(join(repoRoot, 'packages', 'graphql-client', 'src', 'gql', 'persisted-documents.json'), 'utf8'),
);

/** A second gateway beside the test platform's, as production runs it: persisted operations only. */
async function startEnforcingGateway(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(repoRoot, 'services', 'gateway', 'dist', 'main.js')], {
    env: { ...process.env, GATEWAY_PORT: String(port), PERSISTED_OPERATIONS: 'enforce' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('gateway ready') && resolve());
    child.once('exit', (code) => reject(new Error(`the gateway exited (${code})`)));
  });
  return child;
}

async function post(port: number, token: string, query: string) {
  const response = await fetch(`http://localhost:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

describe('persisted operations', () => {
  let gateway: ChildProcess;
  const port = Number(process.env.GATEWAY_PORT) + 7;
  beforeAll(async () => {
    gateway = await startEnforcingGateway(port);
  });
  afterAll(() => {
    gateway.kill('SIGTERM');
  });

  it('in production accepts the operations the screens were built with, and nothing else', async () => {
    const token = await tokenFor('coach@arbo.test');
    const screen = required(
      Object.values(manifest).find((text) => text.startsWith('query CoachCaseload_')),
      'the coach caseload query in the manifest',
    );
    const fromScreen = await post(port, token, screen);
    expect(fromScreen.errors).toBeUndefined();
    expect(fromScreen.data.viewer.cases.edges.length).toBeGreaterThan(0);

    const adHoc = await post(port, token, '{ viewer { email memberships { role } } }');
    expect(adHoc.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(adHoc.data).toBeUndefined();
  });

  it('holds no client-only directive, which Apollo Client strips before sending and would make the sent document another one', () => {
    const clientOnly = /@(unmask|client|nonreactive|connection|export)\b/;
    const offending = Object.values(manifest)
      .filter((document) => clientOnly.test(document))
      .map((document) => /(?:query|mutation|subscription)\s+(\w+)/.exec(document)?.[1] ?? document.slice(0, 40));
    expect(Object.keys(manifest).length).toBeGreaterThan(0);
    expect(offending).toEqual([]);
  });

  it('in development only reports unknown operations', async () => {
    const adHoc = await graphqlAs('coach@arbo.test', '{ viewer { email } }');
    expect(adHoc.data.viewer.email).toBe('coach@arbo.test');
  });
});
