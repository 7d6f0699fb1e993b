import { inputReason, isIsoDateTime } from '@terugkeer/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parse(value: unknown): string {
  if (typeof value === 'string' && isIsoDateTime(value)) return value;
  const reason = inputReason('NOT_A_DATE_TIME');
  throw new GraphQLError(`Expected a moment as ISO 8601 with its offset (2026-03-02T09:30:00Z), got ${JSON.stringify(value)}.`, {
    extensions: { code: 'BAD_USER_INPUT', reason: reason.text, reasonCode: reason.code, values: reason.values },
  });
}

/** A moment in time, ISO 8601 with its offset (`2026-03-02T09:30:00Z`); its calendar date must exist. */
export const IsoDateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'A moment in time, ISO 8601 with its offset, e.g. 2026-03-02T09:30:00Z.',
  serialize: (value) => parse(value),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
