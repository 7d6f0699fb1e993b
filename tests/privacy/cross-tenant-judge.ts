import type { GraphQLErrorLike } from './judge';

/** The refusals a call with another employer's id may get: typed, and saying no more than that. */
export const REFUSAL_CODES = ['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'] as const;

export interface ForeignCall {
  operation: 'query' | 'mutation';
  data?: unknown;
  errors?: GraphQLErrorLike[];
  /** What the caller passed: an error may repeat it, data may not carry it. */
  passed: readonly string[];
  /** The inputs that carried it (`participantUserIds`): a refusal for bad input must name one of them. */
  fields: readonly string[];
}

export interface ForeignVerdict {
  ok: boolean;
  reason?: string;
  /** How it was refused, for the tally: a code, or ANSWERED for a read that found nothing of theirs. */
  outcome: string;
}

const isId = (needle: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(needle);

/**
 * A refusal about another input or another record than the foreign id: the id was never
 * looked at, so the check proved nothing. Ids are checked before anything else.
 */
function masks(error: GraphQLErrorLike, call: ForeignCall): boolean {
  const { code, field, id } = error.extensions ?? {};
  if (code === 'BAD_USER_INPUT') return !call.fields.includes(String(field));
  if (code === 'NOT_FOUND') return id !== undefined && !call.passed.includes(String(id));
  return false;
}

/**
 * A call that names something of another employer. It passes when nothing of theirs (their
 * ids, their people's names) comes back, every error is a typed refusal of that id, and a
 * mutation was refused rather than carried out.
 */
export function judgeForeignCall(call: ForeignCall, needles: readonly string[]): ForeignVerdict {
  const errors = call.errors ?? [];
  const inData = needles.filter((needle) => JSON.stringify(call.data ?? null).includes(needle));
  if (inData.length) return { ok: false, outcome: 'LEAK', reason: `LEAK: ${inData.join(', ')} in ${JSON.stringify(call.data).slice(0, 300)}` };
  const errorText = JSON.stringify(errors);
  const inErrors = needles.filter((needle) => errorText.includes(needle) && !(isId(needle) && call.passed.includes(needle)));
  if (inErrors.length) return { ok: false, outcome: 'LEAK', reason: `LEAK in an error: ${inErrors.join(', ')} in ${errorText.slice(0, 300)}` };
  const malformed = errors.find((error) => /^Variable "\$|Cannot query field|Unknown argument/.test(error.message));
  if (malformed) return { ok: false, outcome: 'MALFORMED', reason: `the generator built a call the schema refuses: ${malformed.message}` };
  const untyped = errors.find((error) => !(REFUSAL_CODES as readonly string[]).includes(String(error.extensions?.code)));
  if (untyped) return { ok: false, outcome: String(untyped.extensions?.code), reason: `not a typed refusal: ${String(untyped.extensions?.code)} ${untyped.message}` };
  const masking = errors.find((error) => masks(error, call));
  if (masking) {
    return { ok: false, outcome: 'MASKED', reason: `refused for something else before the id was checked: ${masking.message}` };
  }
  if (errors.length) return { ok: true, outcome: String(errors[0].extensions!.code) };
  if (call.operation === 'mutation') return { ok: false, outcome: 'ACCEPTED', reason: `carried out: ${JSON.stringify(call.data).slice(0, 300)}` };
  return { ok: true, outcome: 'ANSWERED' };
}
