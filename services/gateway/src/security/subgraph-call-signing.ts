import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { currentRequestScope, GATEWAY_SIGNATURE_HEADER, OPERATION_NAME_HEADER, signGatewayCall } from '@terugkeer/service-kit';

/**
 * Signs every call the gateway makes to a subgraph over its exact body and the token it
 * forwards, so a captured signature is worth nothing with another query or another token.
 * Runs as the last step before the call leaves, after the headers have been propagated.
 */
export function subgraphCallSigning(secret: Buffer): GatewayPlugin {
  return {
    onFetch(payload) {
      const { options } = payload;
      const headers = new Headers(options.headers);
      const call = {
        requestId: headers.get('x-request-id') ?? '',
        body: typeof options.body === 'string' ? options.body : '',
        authorization: headers.get('authorization') ?? '',
      };
      headers.set(GATEWAY_SIGNATURE_HEADER, signGatewayCall(secret, call));
      // The client's operation, for the subgraph's logs and audit: the query plan may name its calls otherwise, or not at all.
      const operation = currentRequestScope()?.operation;
      if (operation) headers.set(OPERATION_NAME_HEADER, operation);
      payload.setOptions({ ...options, headers: Object.fromEntries(headers.entries()) });
    },
  };
}
