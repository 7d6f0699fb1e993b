import { fieldErrorsOf, generalErrorOf, isConflict } from './graphql-errors';

const combined = (...errors: Array<{ message: string; extensions?: Record<string, unknown> }>) => Object.assign(new Error(errors.map((e) => e.message).join('\n')), { errors });

describe('typed GraphQL errors for forms', () => {
  it('keys bad input by the field the server named', () => {
    const error = combined(
      { message: 'goals[0].deadline: must be a date', extensions: { code: 'BAD_USER_INPUT', field: 'goals[0].deadline', reason: 'must be a date' } },
      { message: 'evaluationEveryWeeks: out of range', extensions: { code: 'BAD_USER_INPUT', field: 'evaluationEveryWeeks', reason: 'out of range' } },
    );
    expect(fieldErrorsOf(error)).toEqual({ 'goals[0].deadline': 'must be a date', evaluationEveryWeeks: 'out of range' });
    expect(generalErrorOf(error, ['goals[0].deadline', 'evaluationEveryWeeks'])).toBeNull();
    expect(generalErrorOf(error, (field) => field.startsWith('goals'))).toBe('evaluationEveryWeeks: out of range');
    expect(isConflict(error)).toBe(false);
  });

  it('recognises a concurrent change and keeps other errors for the form as a whole', () => {
    expect(isConflict(combined({ message: 'changed', extensions: { code: 'CONFLICT', currentVersion: 4 } }))).toBe(true);
    expect(generalErrorOf(combined({ message: 'Only the manager signs.', extensions: { code: 'FORBIDDEN' } }))).toBe('Only the manager signs.');
    expect(generalErrorOf(new Error('Failed to fetch'))).toBe('Failed to fetch');
    expect(generalErrorOf(combined({ message: 'caseId: already has a programme', extensions: { code: 'BAD_USER_INPUT', field: 'caseId' } }), ['startDate'])).toBe('caseId: already has a programme');
    expect(generalErrorOf(undefined)).toBeNull();
  });
});
