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
  type ArgumentNode,
  type ASTNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ObjectFieldNode,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
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

/**
 * Variables named after the argument or input field they fill: the gateway renames them
 * (`$_myAppointments_from`), and the caller knows the argument's name.
 */
function inVariables(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): Finding | null {
  const filled = new Map<string, string>();
  visit(document, {
    Variable(node, _key, parent, _path, ancestors) {
      if ((parent as ASTNode).kind !== Kind.VARIABLE_DEFINITION) filled.set(node.name.value, ownerName([...ancestors, parent]));
    },
  });
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const found = type ? inValue(variables[name], type, filled.get(name) ?? name) : null;
    if (found) return found;
  }
  return null;
}

/** The argument, input field or variable a value fills, from the nodes above it. */
function ownerName(above: readonly unknown[]): string {
  for (const node of [...above].reverse()) {
    if (!node || Array.isArray(node)) continue;
    const { kind } = node as ASTNode;
    if (kind === Kind.OBJECT_FIELD || kind === Kind.ARGUMENT) return (node as ObjectFieldNode | ArgumentNode).name.value;
    if (kind === Kind.VARIABLE_DEFINITION) return (node as VariableDefinitionNode).variable.name.value;
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
        if (!found && type) found = inString(node.value, type, ownerName([...ancestors, parent]));
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
          const found = (operation && inVariables(schema, document, operation, request.variables ?? {})) ?? inLiterals(schema, document);
          if (!found) return;
          const refused = badInput(found.field, inputReason('CONTROL_CHARACTER', { character: found.character }));
          throw new GraphQLError(refused.message, { extensions: { ...refused.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}
