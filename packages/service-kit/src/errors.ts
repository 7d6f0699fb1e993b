import type { InputReason } from '@terugkeer/domain';
import { GraphQLError } from 'graphql';

/**
 * Transport-level errors with a stable `extensions.code`. Domain failures that a
 * client should branch on are typed results in the schema instead.
 */
export const unauthenticated = (reason = 'A valid token is required.') =>
  new GraphQLError(reason, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** Not found and forbidden look the same to a caller who may not know the record exists. */
export const notFound = (what: string, id: string) => new GraphQLError(`${what} ${id} was not found.`, { extensions: { code: 'NOT_FOUND', entity: what, id } });

export const forbidden = (reason: string) => new GraphQLError(reason, { extensions: { code: 'FORBIDDEN' } });

/**
 * Bad input names the field and why: `reason` in English, `reasonCode` and `values` for a
 * screen that words it in the reader's language.
 */
export const badInput = (field: string, reason: InputReason) =>
  new GraphQLError(`${field}: ${reason.text}`, {
    extensions: { code: 'BAD_USER_INPUT', field, reason: reason.text, reasonCode: reason.code, values: reason.values },
  });

export const conflict = (what: string, currentVersion: number) =>
  new GraphQLError(`${what} was changed by someone else; it is now at version ${currentVersion}.`, {
    extensions: { code: 'CONFLICT', currentVersion },
  });
