import { composeServices } from '@apollo/composition';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, printSchema } from 'graphql';
import { servicesDir } from '../paths.js';
import { DEVELOPMENT_PORTS } from '../platform/ports.js';

export interface SubgraphSource {
  name: string;
  url: string;
}

/**
 * The subgraphs at their development addresses. These are placeholders: the gateway puts
 * the addresses of its own configuration in at start (CASE_URL, … or the ports).
 */
export function subgraphSources(): SubgraphSource[] {
  const at = (port: number) => `http://127.0.0.1:${port}/graphql`;
  return [
    { name: 'case', url: at(DEVELOPMENT_PORTS.case) },
    { name: 'scheduling', url: at(DEVELOPMENT_PORTS.scheduling) },
    { name: 'reporting', url: at(DEVELOPMENT_PORTS.reporting) },
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
