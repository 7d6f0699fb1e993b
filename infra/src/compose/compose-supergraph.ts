import { composeServices } from '@apollo/composition';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, printSchema } from 'graphql';
import { servicesDir } from '../paths.js';

export interface SubgraphSource {
  name: string;
  url: string;
}

/** The subgraphs and the URLs the gateway reaches them on (overridable per environment). */
export function subgraphSources(env: NodeJS.ProcessEnv = process.env): SubgraphSource[] {
  return [
    { name: 'case', url: env.CASE_URL ?? `http://127.0.0.1:${env.CASE_PORT ?? 4101}/graphql` },
    { name: 'scheduling', url: env.SCHEDULING_URL ?? `http://127.0.0.1:${env.SCHEDULING_PORT ?? 4102}/graphql` },
    { name: 'reporting', url: env.REPORTING_URL ?? `http://127.0.0.1:${env.REPORTING_PORT ?? 4103}/graphql` },
  ];
}

/** Composes the subgraphs' SDL (written by their builds) into a supergraph; throws on any composition error. */
export function composeSupergraph(sources: SubgraphSource[]): { supergraphSdl: string; apiSchemaSdl: string } {
  const result = composeServices(
    sources.map(({ name, url }) => ({
      name,
      url,
      typeDefs: parse(readFileSync(join(servicesDir, name, 'schema.graphql'), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return { supergraphSdl: result.supergraphSdl, apiSchemaSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()) };
}
