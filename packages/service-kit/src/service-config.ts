/** Settings every subgraph reads from the environment, with the platform's fixed development defaults. */
export interface ServiceConfig {
  port: number;
  databaseUrl: string;
  jwksUrl: string;
  issuer: string;
  audience: string;
}

export const DEFAULT_PORTS = { case: 4101, scheduling: 4102, reporting: 4103 } as const;
export const TOKEN_AUDIENCE = 'terugkeer';

export function readServiceConfig(service: keyof typeof DEFAULT_PORTS): ServiceConfig {
  const upper = service.toUpperCase();
  const databaseUrl = process.env[`${upper}_DATABASE_URL`] ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error(`Set DATABASE_URL (or ${upper}_DATABASE_URL) to reach PostgreSQL.`);
  const gatewayUrl = process.env.GATEWAY_INTERNAL_URL ?? `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}`;
  return {
    port: Number(process.env[`${upper}_PORT`] ?? DEFAULT_PORTS[service]),
    databaseUrl,
    jwksUrl: process.env.AUTH_JWKS_URL ?? `${gatewayUrl}/.well-known/jwks.json`,
    issuer: process.env.AUTH_ISSUER ?? 'terugkeer-dev',
    audience: process.env.AUTH_AUDIENCE ?? TOKEN_AUDIENCE,
  };
}
