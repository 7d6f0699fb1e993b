import 'reflect-metadata';
import {
  createTokenVerifier,
  databaseHealth,
  readServiceConfig,
  startOutboxRelay,
  startQueue,
  startSubgraphServer,
} from '@terugkeer/service-kit';
import { createCaseContext } from './context';
import { createCaseDataSource } from './entities';
import { identityRoutes } from './modules/identity/identity.routes';
import { buildCaseSchema } from './schema';

async function main() {
  const config = readServiceConfig('case');
  const dataSource = await createCaseDataSource(config.databaseUrl).initialize();
  const verifyToken = createTokenVerifier(config);
  const boss = await startQueue(config.databaseUrl);
  const relay = await startOutboxRelay(dataSource, boss, config.databaseUrl);
  const server = await startSubgraphServer({
    name: 'case',
    port: config.port,
    schema: await buildCaseSchema(dataSource),
    verifyToken,
    createContext: createCaseContext(dataSource),
    checkHealth: databaseHealth(dataSource),
    routes: identityRoutes(dataSource),
  });
  console.log(`case subgraph ready at ${server.url}`);

  const shutdown = async () => {
    await server.stop();
    await relay.stop();
    await boss.stop({ graceful: true, wait: true });
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
