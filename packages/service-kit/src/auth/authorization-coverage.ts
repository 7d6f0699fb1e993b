import { getMetadataStorage } from 'type-graphql';

export interface AuthorizationCoverage {
  /** Every query, mutation and field resolver of the given resolver classes. */
  checked: string[];
  /** Those without an `@Authorized` on the method or on its class. */
  undeclared: string[];
}

/**
 * Which resolvers declare who may call them. A subgraph's test fails on any that do not,
 * so "forgot to guard it" cannot be merged.
 */
export function authorizationCoverage(resolverClasses: readonly Function[]): AuthorizationCoverage {
  const storage = getMetadataStorage();
  const ours = (target: Function) => resolverClasses.some((resolver) => resolver === target || resolver.prototype instanceof target);
  const guarded = (target: Function, methodName: string) =>
    storage.authorizedFields.some((a) => a.target === target && a.fieldName === methodName) || storage.authorizedResolver.some((a) => a.target === target);
  const resolvers = [
    ...storage.queries.map((r) => ({ kind: 'Query', target: r.target, method: r.methodName, name: r.schemaName })),
    ...storage.mutations.map((r) => ({ kind: 'Mutation', target: r.target, method: r.methodName, name: r.schemaName })),
    ...storage.fieldResolvers.map((r) => ({ kind: 'Field', target: r.target, method: r.methodName, name: r.schemaName })),
  ].filter((r) => ours(r.target));
  const label = (r: (typeof resolvers)[number]) => `${r.kind} ${r.target.name}.${r.name}`;
  return {
    checked: resolvers.map(label),
    undeclared: resolvers.filter((r) => !guarded(r.target, r.method)).map(label),
  };
}
