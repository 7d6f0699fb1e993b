import type { Attributes } from '@opentelemetry/api';
import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace';

/**
 * The span attributes that leave the process: what a request and a statement were, never who
 * or what about. Query strings (calendar tokens), client addresses, user agents, headers and
 * every attribute an instrumentation may add later are dropped.
 */
const KEPT_ATTRIBUTES = new Set([
  'http.request.method',
  'http.method',
  'http.response.status_code',
  'http.status_code',
  'http.route',
  'url.scheme',
  'url.path',
  'server.address',
  'server.port',
  'net.peer.name',
  'net.peer.port',
  'network.protocol.version',
  'error.type',
  'graphql.operation.name',
  'db.system',
  'db.system.name',
  'db.namespace',
  'db.name',
  'db.operation.name',
  'db.collection.name',
  'db.statement',
  'db.query.text',
  'db.postgresql.plan',
]);

const STATEMENT_ATTRIBUTES = new Set(['db.statement', 'db.query.text']);

/** A statement with a quoted literal or dollar-quoted text may carry a value; parameterised ones carry `$1`, not the value. */
const LITERAL_IN_STATEMENT = /'|\$\$|\$[A-Za-z_]\w*\$/;

export function privateAttributes(attributes: Attributes): Attributes {
  const kept: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (!KEPT_ATTRIBUTES.has(key)) continue;
    if (STATEMENT_ATTRIBUTES.has(key) && (typeof value !== 'string' || LITERAL_IN_STATEMENT.test(value))) continue;
    kept[key] = value;
  }
  return kept;
}

/** Hands spans to the real exporter with only the attributes above, and without events (an exception event holds its message). */
export class PrivateSpanExporter implements SpanExporter {
  constructor(private readonly exporter: SpanExporter) {}

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    this.exporter.export(
      spans.map((span) => Object.create(span, { attributes: { value: privateAttributes(span.attributes) }, events: { value: [] } }) as ReadableSpan),
      resultCallback,
    );
  }

  shutdown(): Promise<void> {
    return this.exporter.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.exporter.forceFlush?.() ?? Promise.resolve();
  }
}
