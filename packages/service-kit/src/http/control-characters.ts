import type { ApolloServerPlugin } from '@apollo/server';
import { controlCharacterIn, inputReason } from '@terugkeer/domain';
import {
  GraphQLError,
  GraphQLString,
  Kind,
  TypeInfo,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { badInput } from '../errors';

interface Finding {
  field: string;
  character: string;
}

/** Strings are free text and may hold line breaks and tabs; ids, dates and other scalars hold none. */
function inString(text: string, type: GraphQLInputType, field: string): Finding | null {
  const character = controlCharacterIn(text, { freeText: getNamedType(type) === GraphQLString });
  return character ? { field, character } : null;
}

function inValue(value: unknown, type: GraphQLInputType, field: string): Finding | null {
  if (isNonNullType(type)) return inValue(value, type.ofType, field);
  if (isListType(type)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const found = inValue(item, type.ofType, field);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || value === null) return null;
    const fields = type.getFields();
    for (const [name, item] of Object.entries(value)) {
      const found = fields[name] ? inValue(item, fields[name].type, name) : null;
      if (found) return found;
    }
    return null;
  }
  return typeof value === 'string' ? inString(value, type, field) : null;
}

function inVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): Finding | null {
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const found = type ? inValue(variables[definition.variable.name.value], type, definition.variable.name.value) : null;
    if (found) return found;
  }
  return null;
}

/** The argument, input field or variable a literal fills, from the nodes above it. */
function ownerName(above: readonly unknown[]): string {
  for (const node of [...above].reverse() as ASTNode[]) {
    if (node.kind === Kind.OBJECT_FIELD || node.kind === Kind.ARGUMENT) return node.name.value;
    if (node.kind === Kind.VARIABLE_DEFINITION) return node.variable.name.value;
  }
  return 'query';
}

/** String literals written in the document itself. */
function inLiterals(schema: GraphQLSchema, document: DocumentNode): Finding | null {
  const typeInfo = new TypeInfo(schema);
  let found: Finding | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node, _key, parent, _path, ancestors) {
        const type = typeInfo.getInputType();
        if (!found && type) found = inString(node.value, type, ownerName([...ancestors, parent].filter((a) => a && !Array.isArray(a))));
      },
    }),
  );
  return found;
}

/**
 * Refuses a control character in any input string of any operation, before a resolver runs:
 * one rule at the input level instead of a check per field.
 */
export function refuseControlCharacters<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const found = (operation && inVariables(schema, operation, request.variables ?? {})) ?? inLiterals(schema, document);
          if (!found) return;
          const refused = badInput(found.field, inputReason('CONTROL_CHARACTER', { character: found.character }));
          throw new GraphQLError(refused.message, { extensions: { ...refused.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}
