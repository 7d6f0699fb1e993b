export { observeDatabase, type DatabaseMetricsOptions } from './database-metrics';
export { startMetricsServer, type MetricsServer } from './metrics-server';
export { graphqlErrors, httpRequestDuration, httpRequests, metricsRegistry, observeRequest } from './registry';
