import { gatewaySecret, GATEWAY_SIGNATURE_HEADER, readServiceConfig, signGatewayCall } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import type { GraphQLResponse } from './gateway-client';

export const SUBGRAPHS = { case: 'CASE_PORT', scheduling: 'SCHEDULING_PORT', reporting: 'REPORTING_PORT' } as const;
export type Subgraph = keyof typeof SUBGRAPHS;

/** Calls a subgraph directly, signed as the gateway signs its calls, with the user's own token. */
export async function graphqlAtSubgraph<T = any>(subgraph: Subgraph, token: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const requestId = randomUUID();
  const authorization = `Bearer ${token}`;
  const body = JSON.stringify({ query, variables });
  const response = await fetch(`http://localhost:${process.env[SUBGRAPHS[subgraph]]}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization,
      'x-request-id': requestId,
      [GATEWAY_SIGNATURE_HEADER]: signGatewayCall(gatewaySecret(readServiceConfig('case')), { requestId, body, authorization }),
    },
    body,
  });
  return { status: response.status, ...((await response.json()) as object) };
}
