import { Counter, Histogram, Registry } from 'prom-client';

/** The process's metrics, served by `startMetricsServer`; every series carries the process's `service` label. */
export const metricsRegistry = new Registry();

/** What the `route` label may be: a known first path segment, so that random paths cannot make new series. */
const UNMATCHED = 'unmatched';

export const httpRequests = new Counter({
  name: 'terugkeer_http_requests_total',
  help: 'HTTP requests answered, by route (first path segment), GraphQL operation and status code.',
  labelNames: ['route', 'operation', 'status'] as const,
  registers: [metricsRegistry],
});

export const httpRequestDuration = new Histogram({
  name: 'terugkeer_http_request_duration_seconds',
  help: 'Time from a request’s arrival to the end of its answer, by route and GraphQL operation.',
  labelNames: ['route', 'operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const graphqlErrors = new Counter({
  name: 'terugkeer_graphql_errors_total',
  help: 'Errors in GraphQL answers, by operation and error code (BAD_USER_INPUT, FORBIDDEN, INTERNAL_SERVER_ERROR, …).',
  labelNames: ['operation', 'code'] as const,
  registers: [metricsRegistry],
});

export interface AnsweredRequest {
  path: string;
  status: number;
  operation: string | undefined;
  durationMs: number;
}

/** Counts one answered request; called when its log line is written. */
export function observeRequest({ path, status, operation, durationMs }: AnsweredRequest): void {
  const segment = /^\/([A-Za-z0-9._-]{1,40})/.exec(path)?.[1];
  const route = status === 404 || !segment ? UNMATCHED : `/${segment}`;
  const labels = { route, operation: operation ?? '' };
  httpRequests.inc({ ...labels, status: String(status) });
  httpRequestDuration.observe(labels, durationMs / 1000);
}
