import { required } from '@terugkeer/domain';
import { Client } from 'pg';
import { pidOf, waitUntil } from '../support/platform-processes';

jest.setTimeout(120_000);

type Process = 'case' | 'scheduling' | 'reporting' | 'gateway';

async function probe(service: Process, endpoint: 'livez' | 'readyz' | 'healthz') {
  const response = await fetch(`http://127.0.0.1:${process.env[`${service.toUpperCase()}_PORT`]}/${endpoint}`, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: (await response.json()) as { status: string; checks?: Record<string, string>; subgraphs?: Record<string, string> } };
}

async function asSuperuser(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('readiness is each process’s own', () => {
  it('a hung subgraph leaves the gateway alive and ready; only its /healthz reports the subgraph down', async () => {
    const hung = pidOf('reporting');
    process.kill(hung, 'SIGSTOP');
    try {
      expect(await probe('gateway', 'livez')).toMatchObject({ status: 200, body: { status: 'alive' } });
      expect(await probe('gateway', 'readyz')).toMatchObject({ status: 200, body: { status: 'ready' } });
      expect(await probe('case', 'readyz')).toMatchObject({ status: 200, body: { status: 'ready' } });
      expect(await probe('gateway', 'healthz')).toMatchObject({
        status: 503,
        body: { status: 'degraded', subgraphs: { case: 'ok', scheduling: 'ok', reporting: 'down' } },
      });
    } finally {
      process.kill(hung, 'SIGCONT');
    }
    await waitUntil('the gateway reports every subgraph up again', async () => (await probe('gateway', 'healthz')).status === 200);
    expect(pidOf('reporting')).toBe(hung);
  });

  it('a subgraph its database turns away is alive but not ready, naming its database and queue; the others stay ready', async () => {
    // The case service consumes no events, so no job of its own is cut off halfway.
    const role = new URL(required(process.env.CASE_DATABASE_URL, 'CASE_DATABASE_URL')).username;
    const before = pidOf('case');
    await asSuperuser(`ALTER ROLE "${role}" NOLOGIN`);
    try {
      await asSuperuser(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '${role}'`);
      let readiness: Awaited<ReturnType<typeof probe>> | null = null;
      await waitUntil('case says it is not ready', async () => {
        readiness = await probe('case', 'readyz');
        return readiness.status === 503 && readiness.body.checks?.database === 'down' && readiness.body.checks?.queue === 'down';
      });
      expect(readiness).toEqual({ status: 503, body: { status: 'not ready', service: 'case', checks: { database: 'down', queue: 'down' } } });
      expect(await probe('case', 'livez')).toMatchObject({ status: 200, body: { status: 'alive' } });
      for (const other of ['scheduling', 'reporting', 'gateway'] as const) {
        expect(await probe(other, 'readyz')).toMatchObject({ status: 200, body: { status: 'ready' } });
      }
    } finally {
      await asSuperuser(`ALTER ROLE "${role}" LOGIN`);
    }
    await waitUntil('case is ready again', async () => (await probe('case', 'readyz')).status === 200);
    expect(pidOf('case')).toBe(before);
  });
});
