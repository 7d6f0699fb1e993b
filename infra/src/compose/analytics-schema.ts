import { buildSchema, GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/** The root fields an analyst may call; the published schema is these and every type they reach. */
export const ANALYST_ROOT_FIELDS = ['analyticsSeries'] as const;

/**
 * The analyst-facing part of the API schema, printed in a stable order: what BI tools are
 * promised, committed as schema/terugkeer.graphql and checked against every build.
 */
export function analyticsSchemaSdl(apiSchemaSdl: string): string {
  const api = buildSchema(apiSchemaSdl);
  const query = api.getQueryType();
  if (!query) throw new Error('The API schema has no Query type.');
  const all = query.toConfig().fields;
  const fields = Object.fromEntries(
    ANALYST_ROOT_FIELDS.map((name) => {
      if (!all[name]) throw new Error(`The API schema lacks Query.${name}, which analysts are promised.`);
      return [name, all[name]];
    }),
  );
  return printSchema(lexicographicSortSchema(new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields }) })));
}
