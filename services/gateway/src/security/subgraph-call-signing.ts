import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GATEWAY_SIGNATURE_HEADER, signGatewayCall } from '@terugkeer/service-kit';

/**
 * Signs every call the gateway makes to a subgraph over its exact body and the token it
 * forwards, so a captured signature is worth nothing with another query or another token.
 * Runs as the last step before the call leaves, after the headers have been propagated.
 */
export function subgraphCallSigning(secret: Buffer): GatewayPlugin {
  return {
    onFetch({ options, setOptions }) {
      const headers = new Headers(options.headers as HeadersInit | undefined);
      const call = {
        requestId: headers.get('x-request-id') ?? '',
        body: typeof options.body === 'string' ? options.body : '',
        authorization: headers.get('authorization') ?? '',
      };
      headers.set(GATEWAY_SIGNATURE_HEADER, signGatewayCall(secret, call));
      setOptions({ ...options, headers: Object.fromEntries(headers.entries()) });
    },
  };
}
