import { logLevelVariable, modeVariable } from './mode';
import { number, path, port, secret, text, url } from './values';
import { variable } from './variables';

/** Variables several processes read, defined once so that each process reads them alike. */
export const sharedVariables = {
  mode: modeVariable,
  logLevel: logLevelVariable,
  host: variable('HOST', text().default('127.0.0.1')),
};

/** Where keys, the development secrets and the mail outbox live; defaults to the checkout's `.data`. */
export const dataDirVariable = (defaultDir: string) => variable('TERUGKEER_DATA_DIR', path().default(defaultDir));

/** Shared by the gateway and the subgraphs; at least 32 characters. */
export const gatewaySigningSecretVariable = variable('GATEWAY_SIGNING_SECRET', secret(32).optional(), { secret: true });

export const gatewayPortVariable = variable('GATEWAY_PORT', port().default(4000));

/** Issuer and audience of the gateway's own tokens, which the subgraphs verify. */
export const tokenVariables = {
  issuer: variable('AUTH_ISSUER', text().default('terugkeer-dev')),
  audience: variable('AUTH_AUDIENCE', text().default('terugkeer')),
};

/**
 * OpenTelemetry's standard variables, as far as the platform reads them. Tracing is off unless
 * an endpoint is given; the traces endpoint wins over the general one (to which `/v1/traces`
 * is added, as the specification says).
 */
export const telemetryVariables = {
  otlpEndpoint: variable('OTEL_EXPORTER_OTLP_ENDPOINT', url().optional()),
  otlpTracesEndpoint: variable('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', url().optional()),
  spanExportDelayMs: variable('OTEL_BSP_SCHEDULE_DELAY', number({ integer: true, min: 1 }).default(5000)),
};

/** The port a process serves its Prometheus metrics on, apart from the traffic it serves. */
export const metricsPortVariable = (prefix: string, defaultPort: number) => variable(`${prefix}_METRICS_PORT`, port().default(defaultPort));
