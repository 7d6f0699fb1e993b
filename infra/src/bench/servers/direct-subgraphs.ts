import { Agent, createServer, request, type ServerResponse } from 'node:http';
import { DIRECT_QUERIES } from '../dashboard.js';

/**
 * The floor of the gateway benchmark: the dashboard's three subgraph calls made directly
 * (case first, then scheduling and reporting together for its cases), merged by hand.
 * What remains is the subgraphs' own cost plus one HTTP hop, as a perfect gateway would.
 */
const { BENCH_GATEWAY_PORT, CASE_PORT, SCHEDULING_PORT, REPORTING_PORT } = process.env;
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

type Data = Record<string, any>;

function post(port: string | undefined, authorization: string, query: string, variables?: unknown): Promise<Data> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const call = request(
      { host: '127.0.0.1', port: Number(port), path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', authorization } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: Data; errors?: unknown[] };
          if (answer.errors?.length || !answer.data) reject(new Error(JSON.stringify(answer.errors)));
          else resolve(answer.data);
        });
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}

const server = createServer((incoming, outgoing) => {
  incoming.resume();
  incoming.on('end', () => void answer(incoming.headers.authorization ?? '', outgoing));
});

async function answer(authorization: string, outgoing: ServerResponse): Promise<void> {
  try {
    const data = await post(CASE_PORT, authorization, DIRECT_QUERIES.case);
    const nodes: Data[] = data.viewer.cases.edges.map((edge: Data) => edge.node);
    const representations = nodes.map((node) => ({ __typename: 'Case', id: node.id }));
    const [scheduling, reporting] = await Promise.all([
      post(SCHEDULING_PORT, authorization, DIRECT_QUERIES.scheduling, { representations }),
      post(REPORTING_PORT, authorization, DIRECT_QUERIES.reporting, { representations }),
    ]);
    nodes.forEach((node, index) => Object.assign(node, scheduling._entities[index], reporting._entities[index]));
    outgoing.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
  } catch (error) {
    outgoing.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
  }
}

server.listen(Number(BENCH_GATEWAY_PORT), '127.0.0.1', () => console.log(`direct subgraph calls ready on port ${BENCH_GATEWAY_PORT}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
