import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';

/**
 * The supergraph's public schema (the API schema, without federation internals) printed in a
 * stable order: what analysts' BI tools and every other client are promised, committed as
 * schema/terugkeer.graphql and checked against every build.
 */
export function publicSchemaSdl(apiSchemaSdl: string): string {
  return printSchema(lexicographicSortSchema(buildSchema(apiSchemaSdl)));
}
