import { createServer } from 'node:net';
import { tokenFor } from '../support/gateway-client';
import { exchange, type RawExchange } from '../support/raw-http';
import { rawHttpCorpus, type CorpusEntry, type ServerKind } from './raw-http.corpus';

jest.setTimeout(300_000);

interface Target {
  name: string;
  kind: ServerKind;
  port: number;
  /** Answers 200 while the server is up. */
  health: string;
}

function port(variable: string): number {
  const value = Number(process.env[variable]);
  if (!value) throw new Error(`${variable} is not set: run these tests through \`npm test\`.`);
  return value;
}

const targets = (): Target[] => [
  { name: 'gateway', kind: 'gateway', port: port('GATEWAY_PORT'), health: '/healthz' },
  ...(['CASE', 'SCHEDULING', 'REPORTING'] as const).map((service) => ({ name: service.toLowerCase(), kind: 'subgraph' as const, port: port(`${service}_PORT`), health: '/healthz' })),
  ...(['SHELL', 'EMPLOYEE', 'MANAGER', 'COMPANY_DOCTOR', 'COACH', 'EMBED_EXAMPLE'] as const).map((app) => ({
    name: app.toLowerCase().replace('_', '-'),
    kind: 'static' as const,
    port: port(`${app}_PORT`),
    health: '/',
  })),
];

/** What is wrong with an exchange, or null when the server answered as it should. */
function verdict(target: Target, entry: CorpusEntry, result: RawExchange): string | null {
  if (result.malformed) return `not HTTP: ${result.malformed}`;
  const statuses = result.responses.map((r) => r.status);
  const failed = statuses.find((status) => status >= 500);
  if (failed) return `HTTP ${failed}: ${result.responses.find((r) => r.status === failed)?.body.toString('utf8').slice(0, 160)}`;
  const expected = entry.expect?.[target.kind];
  const met = expected === 'refused' ? statuses[0] >= 400 && statuses[0] < 500 : statuses[0] === expected;
  if (expected !== undefined && !met) return `expected ${expected === 'refused' ? 'a 4xx' : `HTTP ${expected}`}, got ${statuses.length ? statuses.join(', ') : 'no answer'}`;
  if (result.timedOut) return `no ${statuses.length ? 'further ' : ''}answer within the time limit (${statuses.length} of ${entry.request.methods.length})`;
  if (!statuses.length && !entry.mayClose) return result.reset ? 'connection reset without an answer' : 'connection closed without an answer';
  // Fewer answers than requests only when the server closed after refusing the first.
  if (statuses.length < entry.request.methods.length && !result.closed) return `${statuses.length} answers to ${entry.request.methods.length} requests`;
  return null;
}

async function healthy(target: Target): Promise<boolean> {
  const response = await fetch(`http://127.0.0.1:${target.port}${target.health}`, { signal: AbortSignal.timeout(5_000) }).catch(() => null);
  return response?.status === 200;
}

describe('raw HTTP against every server the platform runs', () => {
  it('answers every request of the corpus with a well-formed status below 500, and every server stays up', async () => {
    const token = await tokenFor('hr@demo.test');
    const failures: string[] = [];
    let sent = 0;
    const tally: Record<string, number> = {};
    await Promise.all(
      targets().map(async (target) => {
        for (const entry of rawHttpCorpus({ kind: target.kind, host: `127.0.0.1:${target.port}`, token, path: target.kind === 'static' ? '/' : '/graphql' })) {
          sent += entry.request.methods.length;
          const result = await exchange(target.port, entry.request);
          for (const { status } of result.responses) tally[status] = (tally[status] ?? 0) + 1;
          if (!result.responses.length) tally.closed = (tally.closed ?? 0) + 1;
          const problem = verdict(target, entry, result);
          if (problem) failures.push(`${target.name} × ${entry.name}: ${problem}`);
        }
      }),
    );
    for (const target of targets()) {
      if (!(await healthy(target))) failures.push(`${target.name} no longer answers ${target.health}`);
    }
    console.log(
      `raw HTTP: ${sent} raw requests to ${targets().length} servers (gateway, 3 subgraphs, 6 static sites), ${failures.length} failed; answers by status: ${JSON.stringify(tally)}`,
    );
    expect(failures).toEqual([]);
  });

  it('never lets the gateway fetch the host a request target names', async () => {
    let connections = 0;
    const bait = createServer((socket) => {
      connections += 1;
      socket.end('HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nleaked');
    });
    await new Promise<void>((resolve) => bait.listen(0, '127.0.0.1', resolve));
    const baitPort = (bait.address() as { port: number }).port;
    const gateway = port('GATEWAY_PORT');
    const token = await tokenFor('hr@demo.test');
    try {
      for (const target of [
        `http://127.0.0.1:${baitPort}/calendar/feeds/x.ics`,
        `//127.0.0.1:${baitPort}/calendar/feeds/x.ics`,
        `/\\127.0.0.1:${baitPort}/calendar/feeds/x.ics`,
        `http://127.0.0.1:${baitPort}/calendar/appointments/00000000-0000-0000-0000-000000000000.ics`,
      ]) {
        const request = `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${baitPort}\r\nAuthorization: Bearer ${token}\r\n\r\n`;
        const result = await exchange(gateway, { bytes: Buffer.from(request, 'latin1'), methods: ['GET'] });
        expect(result.responses.map((r) => r.status)).toEqual([400]);
        expect(result.responses[0].body.toString()).not.toContain('leaked');
      }
      expect(connections).toBe(0);
    } finally {
      await new Promise<void>((resolve) => bait.close(() => resolve()));
    }
  });
});
