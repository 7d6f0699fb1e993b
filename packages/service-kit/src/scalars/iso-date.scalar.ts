import { inputReason, isIsoDate } from '@terugkeer/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parse(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  const reason = inputReason('NOT_A_DATE');
  throw new GraphQLError(`Expected a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}.`, {
    extensions: { code: 'BAD_USER_INPUT', reason: reason.text, reasonCode: reason.code, values: reason.values },
  });
}

/** A calendar date without time or zone, as ISO `YYYY-MM-DD`. */
export const IsoDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 YYYY-MM-DD, without time or time zone.',
  serialize: (value) => parse(value),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
