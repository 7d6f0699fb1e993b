import { unwrapResolverError } from '@apollo/server/errors';
import { inputReason } from '@terugkeer/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logging/logger';

/**
 * Errors we raise on purpose (typed, with a code) pass through; anything else (a database
 * error, a bug) becomes a generic message, so no SQL, stack or path ever reaches a client.
 * What an operator needs goes to the log, through the logger's error serializer (class,
 * code, database object, stack; never the statement's parameters).
 */
export function maskUnexpectedErrors(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const intended = original instanceof GraphQLError && original.extensions?.code !== undefined && original.extensions.code !== 'INTERNAL_SERVER_ERROR';
    const fromGraphQL = !(original instanceof Error) || original instanceof GraphQLError;
    if (intended || (fromGraphQL && formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR')) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return withReasonCode({ ...formatted, extensions });
    }
    log.error({ err: original, path: formatted.path?.join('.') }, 'unexpected error in a resolver');
    return { message: 'Internal error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** Every bad input carries a reason code, also a variable GraphQL itself refused (a string for an Int …). */
function withReasonCode(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  if (extensions.code !== 'BAD_USER_INPUT' || extensions.reasonCode) return formatted;
  const reason = inputReason('INVALID', { detail: formatted.message });
  return { ...formatted, extensions: { ...extensions, reason: reason.text, reasonCode: reason.code, values: reason.values } };
}
