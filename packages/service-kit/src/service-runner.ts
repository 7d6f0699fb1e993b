import type { GraphQLSchema } from 'graphql';
import type PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { createTokenVerifier } from './auth/token-verifier';
import type { Viewer } from './auth/viewer';
import type { RequestContext } from './context';
import { migrate } from './database/data-source';
import { migrationDatabaseUrl } from './database/migration-url';
import { consumeEvents, type EventHandler } from './events/inbox';
import { startOutboxRelay } from './events/outbox-relay';
import { queueOwnerFor, startQueue, subscribe } from './events/queue';
import { databaseHealth, queueHealth } from './health';
import { startSubgraphServer, type RouteHandler } from './http/subgraph-server';
import { readServiceConfig, type DEFAULT_PORTS } from './service-config';

type ServiceName = keyof typeof DEFAULT_PORTS;

export interface EventConsumer {
  queue: string;
  eventTypes: readonly string[];
  handle: EventHandler;
}

export interface ServiceDefinition<Context extends RequestContext> {
  name: ServiceName;
  schemaName: string;
  createDataSource: (url: string) => DataSource;
  buildSchema: (dataSource: DataSource) => Promise<GraphQLSchema>;
  createContext: (dataSource: DataSource) => (viewer: Viewer, requestId: string) => Context;
  /** Whether this service publishes events from its outbox. */
  publishes?: boolean;
  consumes?: EventConsumer[];
  /** Job queues of its own; created by the migration, since adding a queue adds a table. */
  createQueues?: (boss: PgBoss) => Promise<void>;
  routes?: (dataSource: DataSource, boss: PgBoss) => Record<string, RouteHandler>;
  onStarted?: (dataSource: DataSource, boss: PgBoss) => Promise<() => Promise<void>>;
}

/**
 * Applies migrations as the role that owns the service's schema, and prepares the queue:
 * its tables, the service's own queues and its durable event subscriptions.
 */
export async function migrateService(definition: ServiceDefinition<RequestContext>): Promise<void> {
  const databaseUrl = migrationDatabaseUrl(definition.name);
  const dataSource = definition.createDataSource(databaseUrl);
  const applied = await migrate(dataSource, definition.schemaName);
  console.log(applied.length ? `${definition.name}: applied ${applied.join(', ')}` : `${definition.name}: schema up to date`);
  const boss = await startQueue(databaseUrl, { migrate: true, role: await queueOwnerFor(dataSource) });
  for (const consumer of definition.consumes ?? []) await subscribe(boss, consumer.queue, consumer.eventTypes);
  await definition.createQueues?.(boss);
  await boss.stop({ graceful: true, wait: true });
  await dataSource.destroy();
}

/** Starts a subgraph with its database, queue, outbox relay, event consumers and HTTP server. */
export async function runService<Context extends RequestContext>(definition: ServiceDefinition<Context>): Promise<void> {
  const config = readServiceConfig(definition.name);
  const dataSource = await definition.createDataSource(config.databaseUrl).initialize();
  const boss = await startQueue(config.databaseUrl);
  const relay = definition.publishes ? await startOutboxRelay(dataSource, boss, config.databaseUrl) : null;
  // Before the consumers: their handlers may use what `onStarted` sets up (job queues, workers).
  const stopExtra = definition.onStarted ? await definition.onStarted(dataSource, boss) : null;
  for (const consumer of definition.consumes ?? []) await consumeEvents(boss, consumer.queue, dataSource, consumer.handle);
  const server = await startSubgraphServer({
    name: definition.name,
    port: config.port,
    schema: await definition.buildSchema(dataSource),
    verifyToken: createTokenVerifier(config),
    createContext: definition.createContext(dataSource),
    checkHealth: databaseHealth(dataSource),
    readinessChecks: { database: databaseHealth(dataSource), queue: queueHealth(boss) },
    routes: definition.routes?.(dataSource, boss),
  });
  console.log(`${definition.name} subgraph ready at ${server.url}`);

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    await stopExtra?.();
    await relay?.stop();
    await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

/** Entry-point wrapper: log and exit non-zero on failure. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
