import { trace } from '@opentelemetry/api';

/** The active trace's id, for log lines; undefined outside a traced request (and always when tracing is off). */
export function currentTraceId(): string | undefined {
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext && trace.isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}
