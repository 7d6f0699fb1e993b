import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** A list whose size the query does not bound with `first` or `last` is assumed this long. */
export const ASSUMED_LIST_SIZE = 10;

/** The size a `first` or `last` argument asks for, or undefined. */
function requestedSize(args: readonly { name: { value: string }; value: ValueNode }[] | undefined, variables: Record<string, unknown>): number | undefined {
  for (const arg of args ?? []) {
    if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
    const value = arg.value.kind === Kind.INT ? Number(arg.value.value) : arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value] : undefined;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  }
  return undefined;
}

/**
 * The estimated cost of an operation: every object (or interface, union) a query returns
 * costs 1, scalars nothing; a list multiplies what it contains by its `first`/`last`, or by
 * ASSUMED_LIST_SIZE where nothing bounds it, and a list inside a list multiplies again.
 * Every operation of the document counts (only one runs, but a client chooses which).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): number {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d] as const),
  );
  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, visiting: Set<string>, pageSize?: number): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const field: GraphQLField<unknown, unknown> | undefined = 'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
        if (!field) continue;
        const named = getNamedType(field.type);
        const requested = requestedSize(selection.arguments, variables);
        let times = multiplier;
        let isList = false;
        for (let type = getNullableType(field.type); isListType(type); type = getNullableType(type.ofType)) {
          times *= requested ?? pageSize ?? ASSUMED_LIST_SIZE;
          isList = true;
        }
        if (isCompositeType(named) && selection.selectionSet)
          cost += times + costOf(selection.selectionSet, named, times, visiting, isList ? undefined : requested);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (condition && isCompositeType(condition)) cost += costOf(selection.selectionSet, condition, multiplier, visiting, pageSize);
      } else {
        const fragment = fragments.get(selection.name.value);
        const condition = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !condition || !isCompositeType(condition) || visiting.has(fragment.name.value)) continue;
        cost += costOf(fragment.selectionSet, condition, multiplier, new Set([...visiting, fragment.name.value]), pageSize);
      }
    }
    return cost;
  };
  let total = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const mutation = definition.operation === OperationTypeNode.MUTATION;
    const root = mutation ? schema.getMutationType() : definition.operation === OperationTypeNode.QUERY ? schema.getQueryType() : schema.getSubscriptionType();
    if (root) total += (mutation ? 10 : 0) + costOf(definition.selectionSet, root, 1, new Set());
  }
  return total;
}
