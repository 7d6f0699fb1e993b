import { getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { buildArguments, NoValueError } from './argument-values';
import { pathKey, type IdKind, type IdSlot, type RootField } from './id-slots';

/** What a caller's own employer and the other one hold, by kind. */
export interface IdSource {
  ids: Map<IdKind, string[]>;
}

/** One call to make: a root field with another employer's id in one slot (or in all of them). */
export interface Variant {
  root: RootField;
  /** The slots that carry the other employer's id. */
  foreignSlots: IdSlot[];
  enums: Record<string, string>;
  label: string;
}

/** An id nobody has: what a required slot gets when the caller's employer has nothing of its kind. */
export const NOBODYS_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Per slot: the other employer's id there, with each value of every enum beside it tried in
 * turn (a rule may hold for one kind of talk only); and, for a field with several ids, all of
 * them foreign at once (another employer's organization and its employee number together).
 */
export function variantsOf(root: RootField, local: readonly IdKind[]): Variant[] {
  const global = root.slots.filter((slot) => slot.kind && !local.includes(slot.kind));
  const variants: Variant[] = [];
  for (const slot of global) {
    const name = pathKey(slot.path);
    variants.push({ root, foreignSlots: [slot], enums: {}, label: name });
    for (const choice of root.enums) {
      for (const value of choice.values.slice(choice.required ? 1 : 0)) {
        variants.push({ root, foreignSlots: [slot], enums: { [pathKey(choice.path)]: value }, label: `${name}, ${pathKey(choice.path)}: ${value}` });
      }
    }
  }
  if (global.length > 1) variants.push({ root, foreignSlots: global, enums: {}, label: 'every id' });
  return variants;
}

/**
 * The variables of a variant: the other employer's id in its slots (beside one of the caller's
 * own in a list), the caller's own ids in the other required slots.
 */
export function variablesOf(variant: Variant, own: IdSource, foreign: IdSource): { variables: Record<string, unknown>; passed: string[] } {
  const passed: string[] = [];
  const variables = buildArguments(variant.root.field.args, variant.root.slots, {
    enums: variant.enums,
    include: [...variant.foreignSlots.map((slot) => slot.path), ...Object.keys(variant.enums).map((key) => key.split('.'))],
    id: (slot) => {
      const ownId = slot.kind ? own.ids.get(slot.kind)?.[0] : undefined;
      if (!variant.foreignSlots.includes(slot)) return slot.list ? [ownId ?? NOBODYS_ID] : (ownId ?? NOBODYS_ID);
      const foreignId = foreign.ids.get(slot.kind!)?.[0];
      if (!foreignId) throw new NoValueError(`no ${slot.kind} of the other employer for ${pathKey(slot.path)}`);
      passed.push(foreignId);
      return slot.list ? [...(ownId ? [ownId] : []), foreignId] : foreignId;
    },
  });
  return { variables, passed };
}

const MAX_DEPTH = 3;

/** Every leaf below a type to a small depth: whatever of another employer's could come back is asked for. */
export function selectionOf(type: GraphQLObjectType, depth = 1, path: readonly string[] = []): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named) && depth < MAX_DEPTH && !path.includes(named.name)) {
      // Below the top, a case is named by its id only: its contents are the matrix suite's business.
      const inner = named.name === 'Case' && depth > 1 ? 'id' : selectionOf(named, depth + 1, [...path, type.name]);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

/** The operation text for a root field as the given schema (the API's or one subgraph's) has it. */
export function operationText(schema: GraphQLSchema, operation: 'query' | 'mutation', name: string, variables: Record<string, unknown>): string {
  const root = (operation === 'query' ? schema.getQueryType() : schema.getMutationType())!;
  const field: GraphQLField<unknown, unknown> = root.getFields()[name];
  const args = field.args.filter((arg) => arg.name in variables);
  const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const returned = getNamedType(field.type);
  const selection = isObjectType(returned) ? ` { __typename ${selectionOf(returned)} }` : '';
  return `${operation}${declared ? ` (${declared})` : ''} { ${name}${passed ? `(${passed})` : ''}${selection} }`;
}
