import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ParentBasedSampler, AlwaysOnSampler, TracerProvider } from '@opentelemetry/sdk-trace';
import type { IncomingMessage } from 'node:http';
import { PrivateSpanExporter } from './span-privacy';
import { readTracingConfig, type TracingConfig } from './telemetry-config';

/** Probes and scrapes are not requests anyone wants to follow. */
const UNTRACED_PATHS = new Set(['/livez', '/readyz', '/healthz', '/metrics']);

/**
 * Traces this process when an OTLP endpoint is configured: a server span per HTTP request,
 * a client span per call it makes (the W3C `traceparent` goes along, so the subgraph's spans
 * join the gateway's trace) and a span per SQL statement. Must run before `http` and `pg` are
 * first required: each process's entry point imports its telemetry module first.
 */
export function startTracing(service: string, config: TracingConfig = readTracingConfig()): { shutdown(): Promise<void> } | null {
  if (!config.tracesUrl) return null;
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': `terugkeer-${service}`, 'service.namespace': 'terugkeer' }),
    sampler: new ParentBasedSampler({ root: new AlwaysOnSampler() }),
    spanProcessors: [
      new BatchSpanProcessor({
        exporter: new PrivateSpanExporter(new OTLPTraceExporter({ url: config.tracesUrl })),
        scheduledDelayMillis: config.exportDelayMs,
        // One batch of events can book a plan's half year of appointments and their reminders:
        // thousands of statements in one trace. A queue that overflows drops the spans of
        // whatever request comes next, so it holds a burst and exports it in larger batches.
        maxQueueSize: 16_384,
        maxExportBatchSize: 2_048,
      }),
    ],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) => UNTRACED_PATHS.has((request.url ?? '/').split('?')[0]),
        // The exporter's own requests are not traced; nothing else of ours is worth a span without a request around it.
        requireParentforOutgoingSpans: true,
      }),
      // SQL without a request around it (the outbox poll, the queue's maintenance) would be most of the spans and none of the interest.
      new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
    ],
  });
  return { shutdown: () => provider.shutdown() };
}
