import { exitOnConfigurationError } from '@terugkeer/env';
import type { GraphQLSchema } from 'graphql';
import type { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';
import { createTokenVerifier } from './auth/token-verifier';
import type { Viewer } from './auth/viewer';
import type { RequestContext } from './context';
import { migrate } from './database/data-source';
import { consumeEvents } from './events/event-consumer';
import type { EventHandler } from './events/inbox';
import { startOutboxRelay } from './events/outbox-relay';
import { queueOwnerFor, startQueue, subscribe } from './events/queue';
import { databaseHealth, queueHealth } from './health';
import { startSubgraphServer, type RouteHandler } from './http/subgraph-server';
import { createLogger, type Logger } from './logging/logger';
import { observeDatabase, startMetricsServer } from './metrics';
import { readServiceConfig, type ServiceConfig, type SubgraphName } from './service-config';

export interface EventConsumer {
  queue: string;
  eventTypes: readonly string[];
  handle: EventHandler;
}

export interface ServiceDefinition<Context extends RequestContext> {
  name: SubgraphName;
  /** The process's settings, read at start; default: the kit's (`readServiceConfig`). A service with settings of its own reads them here too. */
  readConfig?: () => ServiceConfig;
  schemaName: string;
  createDataSource: (url: string) => DataSource;
  buildSchema: (dataSource: DataSource) => Promise<GraphQLSchema>;
  createContext: (dataSource: DataSource, log: Logger) => (viewer: Viewer, requestId: string) => Context;
  /** Whether this service publishes events from its outbox. */
  publishes?: boolean;
  consumes?: EventConsumer[];
  /** Job queues of its own; created by the migration, since adding a queue adds a table. */
  createQueues?: (boss: PgBoss) => Promise<void>;
  /** Its own job queues whose depth and lag are measured (e.g. reminders); consumers' queues are measured anyway. */
  measuredQueues?: readonly string[];
  routes?: (dataSource: DataSource, boss: PgBoss, config: ServiceConfig) => Record<string, RouteHandler>;
  onStarted?: (dataSource: DataSource, boss: PgBoss, config: ServiceConfig, log: Logger) => Promise<() => Promise<void>>;
}

function configOf<Context extends RequestContext>(definition: ServiceDefinition<Context>): ServiceConfig {
  return definition.readConfig?.() ?? readServiceConfig(definition.name);
}

/**
 * Applies migrations as the role that owns the service's schema, and prepares the queue:
 * its tables, the service's own queues and its durable event subscriptions.
 */
export async function migrateService(definition: ServiceDefinition<RequestContext>, log: Logger): Promise<void> {
  const { migrationDatabaseUrl } = configOf(definition);
  const dataSource = definition.createDataSource(migrationDatabaseUrl);
  const applied = await migrate(dataSource, definition.schemaName);
  if (applied.length) log.info({ migrations: applied }, `applied ${applied.length} migrations`);
  else log.info('schema up to date');
  const boss = await startQueue(migrationDatabaseUrl, log, { migrate: true, role: await queueOwnerFor(dataSource) });
  for (const consumer of definition.consumes ?? []) await subscribe(boss, consumer.queue, consumer.eventTypes);
  await definition.createQueues?.(boss);
  await boss.stop({ graceful: true });
  await dataSource.destroy();
}

/** Starts a subgraph with its database, queue, outbox relay, event consumers and HTTP server. */
export async function runService<Context extends RequestContext>(definition: ServiceDefinition<Context>, log: Logger): Promise<void> {
  const config = configOf(definition);
  const dataSource = await definition.createDataSource(config.databaseUrl).initialize();
  const consumers = definition.consumes ?? [];
  const boss = await startQueue(config.databaseUrl, log, { wakeOnNotify: consumers.length > 0 });
  const relay = definition.publishes ? await startOutboxRelay(dataSource, boss, config.listenDatabaseUrl, log) : null;
  observeDatabase(
    dataSource,
    {
      outbox: definition.publishes === true,
      queues: [...consumers.map(({ queue }) => queue), ...(definition.measuredQueues ?? [])],
      deadLetters: consumers.length > 0,
    },
    log,
  );
  const metrics = await startMetricsServer({ service: definition.name, host: config.host, port: config.metricsPort, log });
  // Before the consumers: their handlers may use what `onStarted` sets up (job queues, workers).
  const stopExtra = definition.onStarted ? await definition.onStarted(dataSource, boss, config, log) : null;
  for (const consumer of consumers) await consumeEvents(boss, consumer.queue, dataSource, consumer.handle, log);
  const server = await startSubgraphServer({
    name: definition.name,
    log,
    config,
    schema: await definition.buildSchema(dataSource),
    verifyToken: createTokenVerifier(config),
    createContext: definition.createContext(dataSource, log),
    checkHealth: async () => {
      await databaseHealth(dataSource)();
      return relay ? { outboxListener: relay.status() } : {};
    },
    readinessChecks: { database: databaseHealth(dataSource), queue: queueHealth(boss) },
    routes: definition.routes?.(dataSource, boss, config),
  });
  log.info(`${definition.name} subgraph ready at ${server.url}${metrics.url ? `, metrics at ${metrics.url}` : ''}`);

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    await metrics.stop();
    await stopExtra?.();
    await relay?.stop();
    await boss.stop({ graceful: true, timeout: 5_000 });
    await dataSource.destroy();
    process.exit(0);
  };
  shutDownOnSignal(log, shutdown);
}

/** Runs `shutdown` on SIGTERM or SIGINT; a shutdown that fails is logged and ends the process non-zero. */
export function shutDownOnSignal(log: Logger, shutdown: () => Promise<void>): void {
  const run = () => {
    shutdown().catch((error: unknown) => {
      log.fatal({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.once('SIGTERM', run);
  process.once('SIGINT', run);
}

/**
 * Entry-point wrapper: gives the process its logger; logs and exits non-zero on failure. An
 * uncaught error ends the process as Node would, but through the logger: Node's own report
 * would print every property of the error, a database error's parameters too.
 */
export function runMain(service: string, main: (log: Logger) => Promise<void>): void {
  let log: Logger;
  try {
    log = createLogger(service);
  } catch (error) {
    process.stderr.write(`${service}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const stop = (message: string) => (error: unknown) => {
    log.fatal({ err: error }, message);
    process.exit(1);
  };
  process.on('uncaughtException', stop('uncaught exception'));
  process.on('unhandledRejection', stop('unhandled promise rejection'));
  main(log).catch((error: unknown) => {
    // A bad variable: its name and why, nothing else.
    exitOnConfigurationError(error);
    stop('stopped by an error')(error);
  });
}
