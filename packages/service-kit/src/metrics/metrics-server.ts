import { createServer, type Server } from 'node:http';
import { collectDefaultMetrics } from 'prom-client';
import type { Logger } from '../logging/logger';
import { metricsRegistry } from './registry';

export interface MetricsServer {
  /** Null when the port could not be had: the process runs on, unscraped (Prometheus's `up` says so). */
  url: string | null;
  stop(): Promise<void>;
}

/**
 * Serves `GET /metrics` in Prometheus's text format on a port of its own, apart from the
 * traffic the process serves: no ingress exposes it, and a scrape never passes the gateway's
 * authentication or rate limits. Also starts Node's own process metrics (CPU, memory, event loop).
 */
export async function startMetricsServer(options: { service: string; host: string; port: number; log: Logger }): Promise<MetricsServer> {
  metricsRegistry.setDefaultLabels({ service: options.service });
  collectDefaultMetrics({ register: metricsRegistry });
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' || (request.url ?? '').split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    metricsRegistry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(text),
      (error: unknown) => {
        options.log.error({ err: error }, 'metrics could not be collected');
        response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics could not be collected\n');
      },
    );
  });
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      options.log.error({ err: error, port: options.port }, 'the metrics port cannot be opened: this process serves no metrics');
      resolve(false);
    });
    server.listen(options.port, options.host, () => resolve(true));
  });
  if (!listening) return { url: null, stop: async () => undefined };
  return {
    url: `http://localhost:${options.port}/metrics`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
