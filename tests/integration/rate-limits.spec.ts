import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { tokenFor } from '../support/gateway-client';

jest.setTimeout(60_000);

const repoRoot = join(__dirname, '..', '..');
const LIMIT = 3;

/** A second gateway beside the test platform's with small limits, so a test can reach them. */
async function startLimitedGateway(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(repoRoot, 'services', 'gateway', 'dist', 'main.js')], {
    env: {
      ...process.env,
      GATEWAY_PORT: String(port),
      RATE_LIMIT_GRAPHQL_PER_MINUTE: String(LIMIT),
      RATE_LIMIT_TOKEN_PER_MINUTE: String(LIMIT),
      RATE_LIMIT_CALENDAR_PER_MINUTE: String(LIMIT),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('gateway ready') && resolve());
    child.once('exit', (code) => reject(new Error(`the gateway exited (${code})`)));
  });
  return child;
}

describe('rate limits at the gateway', () => {
  let gateway: ChildProcess;
  const port = Number(process.env.GATEWAY_PORT) + 8;
  const url = (path: string) => `http://127.0.0.1:${port}${path}`;
  beforeAll(async () => {
    gateway = await startLimitedGateway(port);
  });
  afterAll(() => {
    gateway.kill('SIGTERM');
  });

  const statuses = async (send: () => Promise<Response>, times: number) => {
    const answers: Response[] = [];
    for (let i = 0; i < times; i += 1) answers.push(await send());
    return answers;
  };

  it('lets a client address ask for tokens a few times a minute, then answers 429 with Retry-After', async () => {
    const answers = await statuses(
      () => fetch(url('/auth/dev/token'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'werknemer@demo.test' }) }),
      LIMIT + 1,
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(Number(answers[LIMIT]?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('limits GraphQL per person with a typed error, and one person over the limit does not stop another', async () => {
    const query = (token: string) =>
      fetch(url('/graphql'), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ viewer { id } }' }) });
    const sanne = await tokenFor('werknemer@demo.test');
    const answers = await statuses(() => query(sanne), LIMIT + 1);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(((await answers[LIMIT]?.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('RATE_LIMITED');
    expect((await query(await tokenFor('leidinggevende@demo.test'))).status).toBe(200);
  });

  it('limits the calendar feeds per client address', async () => {
    const answers = await statuses(() => fetch(url('/calendar/feeds/not-a-feed.ics')), LIMIT + 1);
    expect(answers.slice(0, LIMIT).every((answer) => answer.status !== 429)).toBe(true);
    expect(answers[LIMIT]?.status).toBe(429);
  });
});
