import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * What an id names: an object type of the schema that has an `id`, or a person. People are
 * referred to by user id everywhere (`participantUserIds`, `colleagueUserId`) without a type.
 */
export type IdKind = string;
export const PERSON: IdKind = 'User';

/** Where a value goes: the argument, then the input fields below it (`input.participantUserIds`). */
export type InputPath = readonly string[];
export const pathKey = (path: InputPath) => path.join('.');

export interface IdSlot {
  path: InputPath;
  /** The kind of thing the id names; null when the generator cannot tell (a coverage failure). */
  kind: IdKind | null;
  list: boolean;
}

export interface EnumSlot {
  path: InputPath;
  values: string[];
  /** Required without a default: a call without it is not valid, so its first value is the usual one. */
  required: boolean;
}

/** A root query or mutation field with the ids it takes. */
export interface RootField {
  operation: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
  slots: IdSlot[];
  /** Enums beside the ids: a rule may depend on one (a colleague only in a dialogue talk), so each value is tried. */
  enums: EnumSlot[];
}

/** By name and type: an ID, or a scalar called `id`, `…Id` or `…Ids`. */
const isIdLike = (name: string, type: GraphQLInputType) => {
  const named = getNamedType(type);
  return isScalarType(named) && (named.name === 'ID' || /^id$|Ids?$/.test(name));
};

/** A natural key such as `employeeNumber`: it names one thing as well as an id does. */
const isNumberKey = (name: string, type: GraphQLInputType) => getNamedType(type).name === 'String' && /.Number$/.test(name);

/** The kind a natural key stands for: the numbers of employees are `Employee number`. */
export const numberKind = (kind: IdKind) => `${kind} number`;

const isList = (type: GraphQLInputType): boolean => (isNonNullType(type) ? isList(type.ofType) : isListType(type));

const words = (name: string) => name.replace(/Input$/, '').split(/(?=[A-Z])/).filter(Boolean);
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Object types with an `id` field, and people. */
export function idKinds(schema: GraphQLSchema): IdKind[] {
  const kinds = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__') && 'id' in type.getFields())
    .map((type) => type.name);
  return [...kinds, PERSON];
}

/**
 * Kinds whose `id` is not an ID but a key inside their parent (an early signal of one plan):
 * such an id names nothing of another employer, so no cross-tenant check applies.
 */
export function localKinds(schema: GraphQLSchema): IdKind[] {
  return idKinds(schema).filter((kind) => {
    const type = schema.getType(kind);
    return isObjectType(type) && getNamedType(type.getFields().id.type).name !== 'ID';
  });
}

/** The root field's return type and the types of its fields: what an ambiguous id most likely names. */
function relatedTypes(field: GraphQLField<unknown, unknown>): string[] {
  const returned = getNamedType(field.type);
  if (!isObjectType(returned)) return [returned.name];
  return [returned.name, ...Object.values(returned.getFields()).map((inner) => getNamedType(inner.type).name)];
}

/**
 * `caseId` names a Case, `participantUserIds` people, `signalIds` an EarlySignal: the last word
 * of the name, matched against the kinds. `id` names what its input type is about
 * (`UpdateMedicalNoteInput` → MedicalNote) or what the field returns. Where that leaves more than
 * one kind (`reportId`), the one the field returns wins.
 */
export function kindOf(name: string, enclosingInput: string | null, field: GraphQLField<unknown, unknown>, kinds: readonly IdKind[]): IdKind | null {
  const related = relatedTypes(field);
  const pick = (candidates: IdKind[]) => {
    if (candidates.length === 1) return candidates[0];
    const returned = candidates.filter((kind) => related.includes(kind));
    return returned.length === 1 ? returned[0] : null;
  };
  const stem = name.replace(/Ids?$/, '');
  if (name !== 'id' && stem) {
    const last = capitalised(words(stem).at(-1)!);
    return pick(kinds.filter((kind) => kind.endsWith(last)));
  }
  if (enclosingInput) {
    const parts = words(enclosingInput);
    for (let start = 0; start < parts.length; start++) {
      const suffix = parts.slice(start).join('');
      if (kinds.includes(suffix)) return suffix;
    }
  }
  if (kinds.includes(related[0])) return related[0];
  return pick(kinds.filter((kind) => related.includes(kind)));
}

function walk(
  inputs: readonly (GraphQLArgument | GraphQLInputField)[],
  prefix: InputPath,
  enclosing: string | null,
  seen: readonly string[],
  visit: (input: GraphQLArgument | GraphQLInputField, path: InputPath, enclosing: string | null) => void,
) {
  for (const input of inputs) {
    const path = [...prefix, input.name];
    const named = getNamedType(input.type);
    if (isInputObjectType(named)) {
      if (!seen.includes(named.name)) walk(Object.values(named.getFields()), path, named.name, [...seen, named.name], visit);
    } else {
      visit(input, path, enclosing);
    }
  }
}

/** Every query and mutation field that takes an id somewhere in its arguments, with those ids. */
export function rootFieldsWithIds(schema: GraphQLSchema): RootField[] {
  const kinds = idKinds(schema);
  const roots: RootField[] = [];
  for (const [operation, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const slots: IdSlot[] = [];
      const enums: EnumSlot[] = [];
      walk(field.args, [], null, [], (input, path, enclosing) => {
        const named = getNamedType(input.type);
        if (isIdLike(input.name, input.type)) {
          slots.push({ path, kind: kindOf(input.name, enclosing, field, kinds), list: isList(input.type) });
        } else if (isNumberKey(input.name, input.type)) {
          const kind = kindOf(input.name.replace(/Number$/, 'Id'), enclosing, field, kinds);
          slots.push({ path, kind: kind && numberKind(kind), list: isList(input.type) });
        } else if (isEnumType(named)) {
          const required = isNonNullType(input.type) && input.defaultValue === undefined;
          enums.push({ path, values: named.getValues().map((value) => value.name), required });
        }
      });
      if (slots.length) roots.push({ operation, name: field.name, field, slots, enums });
    }
  }
  return roots;
}

/** Fields below the root that take an id. The generator calls root fields only, so there must be none. */
export function nestedFieldsWithIds(schema: GraphQLSchema): string[] {
  const roots = [schema.getQueryType(), schema.getMutationType()];
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__') && !roots.includes(type))
    .flatMap((type) => Object.values((type as GraphQLObjectType).getFields()).map((field) => ({ type, field })))
    .filter(({ field }) => {
      let found = false;
      walk(field.args, [], null, [], (input) => {
        found ||= isIdLike(input.name, input.type) || isNumberKey(input.name, input.type);
      });
      return found;
    })
    .map(({ type, field }) => `${type.name}.${field.name}`);
}
