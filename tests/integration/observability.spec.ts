import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { observabilityQueries, SCRAPE_SERIES, selectedMetrics } from '../../infra/src/deploy/observability';
import { eventually } from '../support/case-events';
import { gatewayUrl, graphqlAs, tokenFor } from '../support/gateway-client';
import { CLIENT, SERVER, startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '../support/otlp-receiver';
import { parseExposition, type Exposition } from '../support/prometheus-text';

jest.setTimeout(60_000);

/**
 * The test platform sends its traces to OTEL_EXPORTER_OTLP_ENDPOINT (the launcher points it
 * at a port of the test's port offset); this test is the collector listening there.
 */
const CASE_ACROSS_SUBGRAPHS = `query Observability_CaseAcrossSubgraphs($id: ID!) {
  case(id: $id) { id status employee { name } appointments { kind } progress { absenceDays } }
}`;
const EMPLOYEE = 'werknemer@demo.test';
const PROCESSES = ['gateway', 'case', 'scheduling', 'reporting'] as const;

function otlpPort(): number {
  const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) throw new Error('OTEL_EXPORTER_OTLP_ENDPOINT is not set: run these tests through `npm test`.');
  return Number(new URL(endpoint).port);
}

async function scrape(process_: (typeof PROCESSES)[number]): Promise<Exposition> {
  const port = process.env[`${process_.toUpperCase()}_METRICS_PORT`];
  const response = await fetch(`http://127.0.0.1:${port}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseExposition(await response.text());
}

describe('a request through the gateway', () => {
  let receiver: OtlpReceiver;
  const traceId = randomBytes(16).toString('hex');
  const requestId = randomUUID();
  let caseId: string;
  let trace: ReceivedSpan[];

  beforeAll(async () => {
    receiver = await startOtlpReceiver(otlpPort());
    const { data } = await graphqlAs(EMPLOYEE, '{ viewer { cases(first: 1) { edges { node { id } } } } }');
    caseId = data.viewer.cases.edges[0].node.id;
    // The caller's trace context is continued, as from a browser or a load balancer that starts traces.
    const response = await fetch(`${gatewayUrl()}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor(EMPLOYEE)}`,
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
        'x-request-id': requestId,
      },
      body: JSON.stringify({ query: CASE_ACROSS_SUBGRAPHS, variables: { id: caseId } }),
    });
    const body = (await response.json()) as { data?: { case: { id: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.case.id).toBe(caseId);
    // Spans are exported in batches, each process on its own: wait until every part of the trace has come in.
    trace = await eventually(async () => {
      const spans = receiver.spans.filter((span) => span.traceId === traceId);
      const ids = new Set(spans.map((span) => span.spanId));
      const missing = [
        ...(spans.some((span) => span.service === 'terugkeer-gateway' && span.kind === SERVER) ? [] : ['the gateway’s server span']),
        ...['case', 'scheduling', 'reporting'].flatMap((service) => {
          const own = spans.filter((span) => span.service === `terugkeer-${service}`);
          const servers = own.filter((span) => span.kind === SERVER);
          return [
            ...(servers.length ? [] : [`${service}’s server span`]),
            ...(own.some((span) => 'db.system.name' in span.attributes || 'db.system' in span.attributes) ? [] : [`${service}’s SQL`]),
            ...(servers.every((span) => ids.has(span.parentSpanId)) ? [] : [`the gateway’s call to ${service}`]),
          ];
        }),
      ];
      if (missing.length) throw new Error(`still missing: ${missing.join(', ')}`);
      return spans;
    }, 20_000);
  });

  afterAll(async () => {
    await receiver?.stop();
  });

  it('is one trace: gateway server span → its calls to the subgraphs → their server spans → their SQL', () => {
    const byId = new Map(trace.map((span) => [span.spanId, span]));
    const ancestors = (span: ReceivedSpan): ReceivedSpan[] => {
      const parent = byId.get(span.parentSpanId);
      return parent ? [parent, ...ancestors(parent)] : [];
    };
    const gatewayServer = trace.filter((span) => span.service === 'terugkeer-gateway' && span.kind === SERVER);
    expect(gatewayServer).toHaveLength(1);
    expect(gatewayServer[0].attributes['graphql.operation.name']).toBe('Observability_CaseAcrossSubgraphs');

    for (const service of ['case', 'scheduling', 'reporting']) {
      const subgraphServer = trace.filter((span) => span.service === `terugkeer-${service}` && span.kind === SERVER);
      expect(subgraphServer.length).toBeGreaterThanOrEqual(1);
      for (const server of subgraphServer) {
        // The W3C traceparent the gateway's call carried made the subgraph's span a child of that call.
        const call = byId.get(server.parentSpanId);
        expect({ service: call?.service, kind: call?.kind }).toEqual({ service: 'terugkeer-gateway', kind: CLIENT });
        expect(ancestors(server)).toContain(gatewayServer[0]);
      }
      const sql = trace.filter(
        (span) => span.service === `terugkeer-${service}` && span.kind === CLIENT && ancestors(span).some((a) => subgraphServer.includes(a)),
      );
      expect(sql.length).toBeGreaterThanOrEqual(1);
      expect(sql.every((span) => ancestors(span).includes(gatewayServer[0]))).toBe(true);
    }
  });

  it('carries no personal data: no names, no e-mail addresses, no parameter values, no query strings or addresses', () => {
    const exported = receiver.bodies.join('\n');
    for (const personal of ['Sanne', 'de Vries', EMPLOYEE, '@demo.test', caseId]) expect(exported).not.toContain(personal);
    const keys = new Set(trace.flatMap((span) => Object.keys(span.attributes)));
    for (const key of ['url.query', 'http.target', 'http.url', 'url.full', 'client.address', 'user_agent.original', 'db.query.parameter'])
      expect(keys).not.toContain(key);
    const statements = trace.flatMap((span) => [span.attributes['db.query.text'], span.attributes['db.statement']]).filter((text) => typeof text === 'string');
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(statement).not.toMatch(/'/);
  });

  it('is named in the log lines the request wrote, in the gateway and the subgraphs', () => {
    const directory = process.env.TERUGKEER_PROCESS_LOGS;
    if (!directory) throw new Error('TERUGKEER_PROCESS_LOGS is not set: run these tests through `npm test`.');
    for (const process_ of PROCESSES) {
      const lines = readFileSync(join(directory, `${process_}.log`), 'utf8')
        .split('\n')
        .filter((line) => line.includes(requestId))
        .map((line) => JSON.parse(line) as { traceId?: string });
      expect({ process: process_, traceIds: [...new Set(lines.map((line) => line.traceId))] }).toEqual({ process: process_, traceIds: [traceId] });
    }
  });
});

describe('the metrics endpoints', () => {
  it('count the requests of every process by route, operation and status, with latency histograms', async () => {
    await graphqlAs(EMPLOYEE, 'query Observability_Viewer { viewer { email } }');
    for (const process_ of PROCESSES) {
      const { samples } = await scrape(process_);
      const graphqlRequests = samples.filter(
        (s) => s.name === 'terugkeer_http_requests_total' && s.labels.route === '/graphql' && s.labels.service === process_,
      );
      expect(graphqlRequests.reduce((sum, s) => sum + s.value, 0)).toBeGreaterThan(0);
      expect(samples.some((s) => s.name === 'terugkeer_http_request_duration_seconds_bucket' && s.labels.le === '+Inf' && s.labels.route === '/graphql')).toBe(
        true,
      );
      expect(samples.some((s) => s.name === 'process_resident_memory_bytes' && s.value > 0)).toBe(true);
    }
    const gateway = await scrape('gateway');
    expect(
      gateway.samples.some((s) => s.name === 'terugkeer_http_requests_total' && s.labels.operation === 'Observability_Viewer' && s.labels.status === '200'),
    ).toBe(true);
  });

  it('show the subgraphs’ database pools, outboxes, consumer queues, dead letters and the reminder queue', async () => {
    const [caseMetrics, scheduling, reporting] = await Promise.all([scrape('case'), scrape('scheduling'), scrape('reporting')]);
    for (const { samples } of [caseMetrics, scheduling, reporting]) {
      expect(
        samples
          .filter((s) => s.name === 'terugkeer_db_pool_connections')
          .map((s) => s.labels.state)
          .sort(),
      ).toEqual(['idle', 'used', 'waiting']);
      expect(samples.find((s) => s.name === 'terugkeer_db_pool_max_connections')?.value).toBeGreaterThan(0);
    }
    // Reporting publishes too: the analysts' queries, for the case service's audit log.
    for (const { samples } of [caseMetrics, scheduling, reporting])
      expect(samples.find((s) => s.name === 'terugkeer_outbox_backlog')?.value).toBeGreaterThanOrEqual(0);
    const queues = (exposition: Exposition) => exposition.samples.filter((s) => s.name === 'terugkeer_queue_lag_seconds').map((s) => s.labels.queue);
    expect(queues(caseMetrics).sort()).toEqual(['case.analytics-events', 'case.scheduling-events']);
    expect(queues(reporting)).toEqual(['reporting.case-events']);
    expect(queues(scheduling).sort()).toEqual(['scheduling.case-events', 'scheduling.mail', 'scheduling.reminder']);
    // The demo plans reminders for the coming appointments.
    expect(scheduling.samples.find((s) => s.name === 'terugkeer_queue_depth' && s.labels.queue === 'scheduling.reminder')?.value).toBeGreaterThan(0);
    for (const exposition of [caseMetrics, scheduling, reporting]) expect(exposition.families.has('terugkeer_dead_letters')).toBe(true);
  });

  it('export every metric the example alert rules and the Grafana dashboard query', async () => {
    const expositions = await Promise.all(PROCESSES.map(scrape));
    const exported = new Set(expositions.flatMap(({ families, samples }) => [...families, ...samples.map((s) => s.name)]));
    const missing = observabilityQueries(join(__dirname, '..', '..', 'infra', 'deploy', 'observability')).flatMap(({ source, expr }) =>
      selectedMetrics(expr)
        .filter((name) => !SCRAPE_SERIES.has(name) && !exported.has(name))
        .map((name) => `${source}: ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
