/** Every process's liveness (`/livez`), readiness (`/readyz`) and the older `/healthz`. */
const SUBGRAPHS = ['case', 'scheduling', 'reporting'] as const;

const base = (service: (typeof SUBGRAPHS)[number] | 'gateway') => `http://127.0.0.1:${process.env[`${service.toUpperCase()}_PORT`]}`;

async function get(url: string) {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
}

describe.each(SUBGRAPHS)('the %s subgraph', (service) => {
  it('is alive: /livez answers without asking anything else', async () => {
    expect(await get(`${base(service)}/livez`)).toEqual({ status: 200, type: 'application/json; charset=utf-8', body: { status: 'alive', service } });
  });

  it('is ready: /readyz has checked its own database and its queue', async () => {
    expect(await get(`${base(service)}/readyz`)).toEqual({
      status: 200,
      type: 'application/json; charset=utf-8',
      body: { status: 'ready', service, checks: { database: 'ok', queue: 'ok' } },
    });
  });

  it('still answers /healthz as before', async () => {
    expect(await get(`${base(service)}/healthz`)).toMatchObject({ status: 200, body: { status: 'ok', service } });
  });
});

describe('the gateway', () => {
  it('is alive: /livez answers without asking anything else', async () => {
    expect(await get(`${base('gateway')}/livez`)).toEqual({
      status: 200,
      type: 'application/json; charset=utf-8',
      body: { status: 'alive', service: 'gateway' },
    });
  });

  it('is ready: /readyz has checked its supergraph and its signing keys, and asks no subgraph', async () => {
    expect(await get(`${base('gateway')}/readyz`)).toEqual({
      status: 200,
      type: 'application/json; charset=utf-8',
      body: { status: 'ready', service: 'gateway', checks: { supergraph: 'ok', signingKeys: 'ok' } },
    });
  });

  it('still reports every subgraph at /healthz', async () => {
    expect(await get(`${base('gateway')}/healthz`)).toEqual({
      status: 200,
      type: 'application/json; charset=utf-8',
      body: { status: 'ok', subgraphs: { case: 'ok', scheduling: 'ok', reporting: 'ok' } },
    });
  });
});
