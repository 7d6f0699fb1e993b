import { readEnv, telemetryVariables, type Environment } from '@terugkeer/env';

export interface TracingConfig {
  /** Where spans are sent (OTLP/HTTP); null: tracing is off. */
  tracesUrl: string | null;
  /** How long finished spans wait to be sent in one batch. */
  exportDelayMs: number;
}

/**
 * Read apart from the process's other settings: tracing starts before anything else is
 * loaded, so that `http` and `pg` are instrumented when the service first requires them.
 */
export function readTracingConfig(env: Environment = process.env): TracingConfig {
  const values = readEnv(telemetryVariables, env);
  const general = values.otlpEndpoint ? `${values.otlpEndpoint.replace(/\/$/, '')}/v1/traces` : null;
  return { tracesUrl: values.otlpTracesEndpoint ?? general, exportDelayMs: values.spanExportDelayMs };
}
