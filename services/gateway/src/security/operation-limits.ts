import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Mode } from '@terugkeer/env';
import { GraphQLError, Kind, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * What one request may ask for. Generous for every screen we ship (the deepest query is 9
 * levels), tight enough that a hostile document is refused before it is planned.
 */
export const OPERATION_LIMITS = {
  depth: 12,
  aliases: 15,
  rootFields: 12,
  tokens: 4_000,
  directives: 20,
  /** Bytes of a request body: query text plus variables. */
  bodyBytes: 100_000,
} as const;

const limitError = (limit: keyof typeof OPERATION_LIMITS, message: string) =>
  new GraphQLError(message, { extensions: { code: 'OPERATION_LIMIT', limit, max: OPERATION_LIMITS[limit] } });

/** Counts the fields at the top of each operation; fragments spread at the root count too. */
export const maxRootFieldsRule =
  (max: number) =>
  (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      let count = 0;
      const visited = new Set<string>();
      const countSelections = (selections: readonly { kind: Kind }[]) => {
        for (const selection of selections as readonly any[]) {
          if (selection.kind === Kind.FIELD) count += selection.name.value.startsWith('__') ? 0 : 1;
          else if (selection.kind === Kind.INLINE_FRAGMENT) countSelections(selection.selectionSet.selections);
          else if (selection.kind === Kind.FRAGMENT_SPREAD && !visited.has(selection.name.value)) {
            visited.add(selection.name.value);
            const fragment = context.getFragment(selection.name.value);
            if (fragment) countSelections(fragment.selectionSet.selections);
          }
        }
      };
      countSelections(operation.selectionSet.selections);
      if (count > max) context.reportError(limitError('rootFields', `The operation asks for ${count} root fields; at most ${max} are allowed.`));
    },
  });

function maxRootFieldsPlugin(max: number): GatewayPlugin {
  return {
    onValidate({ addValidationRule }: { addValidationRule: (rule: (context: ValidationContext) => ASTVisitor) => void }) {
      addValidationRule(maxRootFieldsRule(max));
    },
  };
}

/**
 * graphql-armor refuses with an untyped "Syntax Error: …"; these hooks refuse with our typed
 * error instead. Validation rules report it beside other errors; the token count runs inside
 * the parser, which has no validation context, so that one is thrown.
 */
const refuseAs = (limit: keyof typeof OPERATION_LIMITS) => ({
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      const refusal = limitError(limit, error.message.replace(/^Syntax Error: /, ''));
      if (!context) throw refusal;
      context.reportError(refusal);
    },
  ],
});

export function operationLimitPlugins(mode: Mode): GatewayPlugin[] {
  const development = mode === 'development';
  return [
    maxTokensPlugin({ n: OPERATION_LIMITS.tokens, ...refuseAs('tokens') }),
    maxDepthPlugin({ n: OPERATION_LIMITS.depth, flattenFragments: true, ignoreIntrospection: development, ...refuseAs('depth') }),
    maxAliasesPlugin({ n: OPERATION_LIMITS.aliases, ...refuseAs('aliases') }),
    maxDirectivesPlugin({ n: OPERATION_LIMITS.directives, ...refuseAs('directives') }),
    maxRootFieldsPlugin(OPERATION_LIMITS.rootFields),
    ...(development ? [] : [blockFieldSuggestionsPlugin()]),
  ] as GatewayPlugin[];
}
