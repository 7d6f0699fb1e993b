import type { ReadinessChecks } from '@terugkeer/service-kit';
import type { GraphQLSchema } from 'graphql';
import type { OidcSettings } from '../auth/oidc-token-exchange';

export interface GatewayReadinessParts {
  /** The runtime's schema, built from the supergraph file. */
  getSchema: () => GraphQLSchema | Promise<GraphQLSchema>;
  publicJwks: { keys?: unknown[] };
  gatewaySecret: Buffer;
  /** In production, the identity provider whose tokens people log in with. */
  oidc: OidcSettings | null;
}

/**
 * What the gateway itself needs to take traffic: its supergraph loaded, its own signing
 * keys (the subgraphs verify its tokens and its signature) and, in production, the
 * identity provider's keys. Not the subgraphs: one of them away costs its fields, not the
 * gateway, and `/healthz` reports them.
 */
export function gatewayReadiness(parts: GatewayReadinessParts): ReadinessChecks {
  const checks: ReadinessChecks = {
    supergraph: async () => {
      if (!(await parts.getSchema())?.getQueryType()) throw new Error('The supergraph is not loaded.');
    },
    signingKeys: async () => {
      if (!parts.publicJwks.keys?.length || parts.gatewaySecret.length === 0) throw new Error('The signing keys are missing.');
    },
  };
  const oidc = parts.oidc;
  if (oidc) {
    checks.identityProviderKeys = async () => {
      const response = await fetch(oidc.jwksUrl, { signal: AbortSignal.timeout(2_000) });
      const jwks = (await response.json()) as { keys?: unknown[] };
      if (!response.ok || !jwks.keys?.length) throw new Error('The identity provider offers no keys.');
    };
  }
  return checks;
}
