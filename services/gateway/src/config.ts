import { resolve } from 'node:path';
import type { OidcSettings } from './auth/oidc-token-exchange';
import { persistedOperationsMode, type PersistedOperationsMode } from './security/persisted-operations';

export interface GatewayConfig {
  port: number;
  production: boolean;
  dataDir: string;
  supergraphPath: string;
  /** Issuer and audience of the gateway's own tokens, which the subgraphs verify. */
  issuer: string;
  audience: string;
  /** In production, people's tokens come from this OpenID provider only. */
  oidc: OidcSettings | null;
  caseServiceUrl: string;
  subgraphUrls: Record<string, string>;
  corsOrigins: string[];
  persistedOperations: PersistedOperationsMode;
  persistedOperationsManifest: string;
}

export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const repoRoot = resolve(__dirname, '../../..');
  const production = env.NODE_ENV === 'production';
  const casePort = env.CASE_PORT ?? 4101;
  return {
    port: Number(env.GATEWAY_PORT ?? 4000),
    production,
    dataDir: env.TERUGKEER_DATA_DIR ?? resolve(repoRoot, '.data'),
    supergraphPath: env.SUPERGRAPH_PATH ?? resolve(__dirname, '../supergraph.graphql'),
    issuer: env.AUTH_ISSUER ?? 'terugkeer-dev',
    audience: env.AUTH_AUDIENCE ?? 'terugkeer',
    oidc: env.OIDC_JWKS_URL
      ? { jwksUrl: env.OIDC_JWKS_URL, issuer: env.OIDC_ISSUER ?? '', audience: env.OIDC_AUDIENCE ?? 'terugkeer' }
      : null,
    caseServiceUrl: env.CASE_SERVICE_URL ?? `http://127.0.0.1:${casePort}`,
    subgraphUrls: {
      case: env.CASE_URL ?? `http://127.0.0.1:${casePort}/graphql`,
      scheduling: env.SCHEDULING_URL ?? `http://127.0.0.1:${env.SCHEDULING_PORT ?? 4102}/graphql`,
      reporting: env.REPORTING_URL ?? `http://127.0.0.1:${env.REPORTING_PORT ?? 4103}/graphql`,
    },
    corsOrigins: (env.CORS_ORIGINS ?? defaultDevOrigins(env)).split(',').map((o) => o.trim()).filter(Boolean),
    persistedOperations: persistedOperationsMode(env, production),
    persistedOperationsManifest:
      env.PERSISTED_OPERATIONS_MANIFEST ?? resolve(repoRoot, 'packages', 'graphql-client', 'src', 'gql', 'persisted-documents.json'),
  };
}

function defaultDevOrigins(env: NodeJS.ProcessEnv): string {
  const ports = [env.SHELL_PORT ?? 3000, env.EMPLOYEE_PORT ?? 3001, env.MANAGER_PORT ?? 3002, env.COMPANY_DOCTOR_PORT ?? 3003, env.COACH_PORT ?? 3004, env.EMBED_EXAMPLE_PORT ?? 3010];
  return ports.flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]).join(',');
}
