import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { readFileSync } from 'node:fs';

/**
 * The benchmark's baseline: a bare @apollo/gateway over the same supergraph and subgraphs,
 * forwarding the caller's token; no limits, no signing (development subgraphs accept
 * unsigned calls). Started by the gateway benchmark as a process of its own.
 */
const { SUPERGRAPH_PATH, BENCH_GATEWAY_PORT, CASE_PORT, SCHEDULING_PORT, REPORTING_PORT } = process.env;
const ports: Record<string, string | undefined> = { case: CASE_PORT, scheduling: SCHEDULING_PORT, reporting: REPORTING_PORT };

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(SUPERGRAPH_PATH ?? '', 'utf8'),
  buildService: ({ name }) =>
    new RemoteGraphQLDataSource<{ authorization?: string }>({
      url: `http://127.0.0.1:${ports[name]}/graphql`,
      willSendRequest: ({ request, context }) => {
        if (context.authorization) request.http?.headers.set('authorization', context.authorization);
      },
    }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(BENCH_GATEWAY_PORT), host: '127.0.0.1' },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
console.log(`@apollo/gateway ready at ${url}`);
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
