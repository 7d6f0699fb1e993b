import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildASTSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { CASE_FIELDS, FIELD_CLASSES, TYPE_CLASSES } from './classification';
import type { DataClass } from './privacy-matrix';

const repoRoot = join(__dirname, '..', '..');

/** The schema clients see, composed at build time. */
export const apiSchema = () => loadSchema(join(repoRoot, 'services', 'gateway', 'api-schema.graphql'));

/** One subgraph's own schema, for calling its entity lookup directly. */
export const subgraphSchema = (service: string) => loadSchema(join(repoRoot, 'services', service, 'schema.graphql'));

function loadSchema(file: string): GraphQLSchema {
  return buildASTSchema(parse(readFileSync(file, 'utf8')), { assumeValidSDL: true });
}

/** One read to judge: a path below `Case` and the class of data found there. */
export interface Probe {
  path: [string] | [string, string];
  dataClass: DataClass;
  /** The selection inside `Case { … }`. */
  selection: string;
}

const MAX_DEPTH = 3;

function classOfType(typeName: string): DataClass | undefined {
  return TYPE_CLASSES[typeName];
}

function fieldArguments(field: GraphQLField<unknown, unknown>): string | null {
  if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) return null;
  return field.args.some((arg) => arg.name === 'first') ? '(first: 20)' : '';
}

/** Selects every field below a type, leaving out what carries another class and never re-entering a case. */
export function selectionOf(type: GraphQLObjectType, inherited: DataClass, depth = 1, seen: string[] = ['Case']): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const args = fieldArguments(field);
    if (args === null) continue;
    const named = getNamedType(field.type);
    const own = FIELD_CLASSES[`${type.name}.${field.name}`] ?? (isObjectType(named) ? classOfType(named.name) : undefined) ?? inherited;
    if (own !== inherited) continue;
    if (isLeafType(named)) parts.push(`${field.name}${args}`);
    else if (isObjectType(named) && depth < MAX_DEPTH && !seen.includes(named.name)) {
      const inner = selectionOf(named, inherited, depth + 1, [...seen, named.name]);
      if (inner) parts.push(`${field.name}${args} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

/** Types reachable from Case that have no class yet, and Case fields without one. */
export function unclassified(schema: GraphQLSchema): string[] {
  const caseType = schema.getType('Case') as GraphQLObjectType;
  const missing = Object.keys(caseType.getFields())
    .filter((name) => !CASE_FIELDS[name])
    .map((name) => `Case.${name}`);
  const visit = (type: GraphQLObjectType, seen: Set<string>) => {
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (!isObjectType(named) || named.name === 'Case' || seen.has(named.name)) continue;
      seen.add(named.name);
      if (!TYPE_CLASSES[named.name] && !isPlumbing(named.name)) missing.push(`type ${named.name}`);
      visit(named, seen);
    }
  };
  visit(caseType, new Set());
  return [...new Set(missing)];
}

/** Relay plumbing carries no data of its own. */
const isPlumbing = (name: string) => name === 'PageInfo' || name.endsWith('Connection') || name.endsWith('Edge');

/** A probe per Case field, and one per field inside it that carries a different class. */
export function probes(schema: GraphQLSchema, caseFields?: readonly string[]): Probe[] {
  const caseType = schema.getType('Case') as GraphQLObjectType;
  const result: Probe[] = [];
  for (const field of Object.values(caseType.getFields())) {
    if (caseFields && !caseFields.includes(field.name)) continue;
    const dataClass = CASE_FIELDS[field.name];
    const args = fieldArguments(field);
    if (!dataClass || args === null) continue;
    const named = getNamedType(field.type);
    if (!isObjectType(named)) {
      result.push({ path: [field.name], dataClass, selection: field.name });
      continue;
    }
    result.push({ path: [field.name], dataClass, selection: `${field.name}${args} { __typename ${selectionOf(named, dataClass)} }` });
    for (const inner of Object.values(named.getFields())) {
      const innerNamed = getNamedType(inner.type);
      const innerClass = FIELD_CLASSES[`${named.name}.${inner.name}`] ?? (isObjectType(innerNamed) ? classOfType(innerNamed.name) : undefined);
      const innerArgs = fieldArguments(inner);
      if (!innerClass || innerClass === dataClass || innerArgs === null) continue;
      const innerSelection = isObjectType(innerNamed) ? ` { __typename ${selectionOf(innerNamed, innerClass, 2)} }` : '';
      result.push({
        path: [field.name, inner.name],
        dataClass: innerClass,
        selection: `${field.name}${args} { __typename ${inner.name}${innerArgs}${innerSelection} }`,
      });
    }
  }
  return result;
}
