import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../paths.js';
import { deployDir, loadManifests } from './manifests.js';

/**
 * The Rust router cannot run here (no registry carries it), so these checks hold its
 * configuration to what the JavaScript gateway and the other deployment files say: the
 * same limits, provider, origins, subgraphs and timeouts. README.md beside it says what a
 * real run must still confirm.
 */
interface RouterConfig {
  supergraph: { source: string; path: string };
  override_subgraph_urls: { subgraphs: Record<string, { url: string }> };
  limits: Record<string, { n: number } | string>;
  introspection: boolean;
  jwt: { enabled: boolean; require_authentication: boolean; jwks_providers: { source: string; url: string }[]; issuers: string[]; audiences: string[] };
  persisted_documents: { enabled: boolean; require_id: boolean; storage: { type: string; path: string } };
  headers: { all: { request: { propagate: { named: string[] } }[] } };
  demand_control: { enabled: boolean; operation_cost: { max: number; mode: string } };
  traffic_shaping: { subgraphs: Record<string, { request_timeout: string }> };
  cors: { policies: { origins: string[] }[] };
}

const router = parse(readFileSync(join(deployDir, 'router', 'router.config.yaml'), 'utf8')) as RouterConfig;
const configMap = loadManifests().find((manifest) => manifest.kind === 'ConfigMap' && manifest.metadata.name === 'terugkeer-config');
const config = (configMap as unknown as { data: Record<string, string> }).data;

/** The top-level keys hive-router 0.2.0 accepts (its HiveRouterConfig denies unknown fields). */
const ROUTER_KEYS = [
  'log',
  'laboratory',
  'supergraph',
  'query_planner',
  'http',
  'traffic_shaping',
  'headers',
  'response_extensions',
  'csrf',
  'cors',
  'jwt',
  'override_subgraph_urls',
  'override_labels',
  'authorization',
  'limits',
  'introspection',
  'telemetry',
  'demand_control',
  'plugins',
  'subscriptions',
  'websocket',
  'persisted_documents',
  'coprocessor',
  'storages',
  'error_masking',
];

describe('the Rust router configuration', () => {
  it('uses only settings the router knows', () => {
    expect(Object.keys(router).filter((key) => !ROUTER_KEYS.includes(key))).toEqual([]);
  });

  it('refuses what the gateway refuses: depth, aliases, tokens, directives, body size', async () => {
    const { OPERATION_LIMITS } = (await import(join(repoRoot, 'services', 'gateway', 'dist', 'security', 'operation-limits.js'))) as {
      OPERATION_LIMITS: { depth: number; aliases: number; tokens: number; directives: number; bodyBytes: number };
    };
    expect(router.limits).toMatchObject({
      max_depth: { n: OPERATION_LIMITS.depth },
      max_aliases: { n: OPERATION_LIMITS.aliases },
      max_tokens: { n: OPERATION_LIMITS.tokens },
      max_directives: { n: OPERATION_LIMITS.directives },
      max_request_body_size: `${OPERATION_LIMITS.bodyBytes / 1000}KB`,
    });
    expect(router.introspection).toBe(false);
  });

  it("verifies people's tokens against the identity provider the gateway trusts", () => {
    expect(router.jwt).toMatchObject({ enabled: true, require_authentication: true, issuers: [config.OIDC_ISSUER], audiences: [config.OIDC_AUDIENCE] });
    expect(router.jwt.jwks_providers).toEqual([expect.objectContaining({ source: 'remote', url: config.OIDC_JWKS_URL })]);
  });

  it("accepts only the frontends' persisted documents, by id", () => {
    expect(router.persisted_documents).toMatchObject({ enabled: true, require_id: true, storage: { type: 'file', path: './persisted-documents.json' } });
  });

  it('hands every subgraph the token, the request id and the trace context', () => {
    const propagated = router.headers.all.request.flatMap((rule) => rule.propagate.named);
    expect(propagated).toEqual(expect.arrayContaining(['authorization', 'x-request-id', 'traceparent']));
  });

  it('calls the subgraphs where the gateway calls them, with its timeout', () => {
    const supergraph = readFileSync(join(repoRoot, 'services', 'gateway', 'supergraph.graphql'), 'utf8');
    const names = [...supergraph.matchAll(/@join__graph\(name: "(\w+)"/g)].map((match) => match[1]).sort();
    expect(Object.keys(router.override_subgraph_urls.subgraphs).sort()).toEqual(names);
    for (const name of names) {
      expect(router.override_subgraph_urls.subgraphs[name].url).toBe(config[`${name.toUpperCase()}_URL`]);
      expect(router.traffic_shaping.subgraphs[name].request_timeout).toBe('5s');
    }
  });

  it('enforces a cost budget and answers only the origins the gateway answers', () => {
    expect(router.demand_control).toMatchObject({ enabled: true, operation_cost: { mode: 'enforce' } });
    expect(router.cors.policies.flatMap((policy) => policy.origins)).toEqual(config.CORS_ORIGINS.split(','));
  });
});
