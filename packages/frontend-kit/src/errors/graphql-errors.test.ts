import { INPUT_REASON_CODES } from '@terugkeer/domain';
import { fieldErrorsOf, generalErrorOf, isConflict } from './graphql-errors';
import { inputReasonMessages } from './input-reason.messages';

const combined = (...errors: Array<{ message: string; extensions?: Record<string, unknown> }>) =>
  Object.assign(new Error(errors.map((e) => e.message).join('\n')), { errors });

const badInput = (field: string, reasonCode: string, values: Record<string, unknown> = {}) => ({
  message: `${field}: english reason`,
  extensions: { code: 'BAD_USER_INPUT', field, reason: 'english reason', reasonCode, values },
});

describe('typed GraphQL errors in the reader’s language', () => {
  it('words bad input by its reason code and values, keyed by the field the server named', () => {
    const error = combined(badInput('goals[0].deadline', 'NOT_A_DATE'), badInput('outcome', 'TOO_LONG', { max: 2000 }));
    expect(fieldErrorsOf(error, 'nl')).toEqual({ 'goals[0].deadline': 'Geef een geldige datum.', outcome: 'Maximaal 2000 tekens.' });
    expect(fieldErrorsOf(error, 'en')).toEqual({ 'goals[0].deadline': 'Enter a valid date.', outcome: 'At most 2000 characters.' });
    expect(generalErrorOf(error, 'nl', ['goals[0].deadline', 'outcome'])).toBeNull();
    expect(generalErrorOf(error, 'nl', (field) => field.startsWith('goals'))).toBe('Maximaal 2000 tekens.');
  });

  it('falls back to the server’s own reason for a code it does not know', () => {
    expect(fieldErrorsOf(combined(badInput('x', 'SOMETHING_NEW')), 'nl')).toEqual({ x: 'english reason' });
  });

  it('words refusals that are not about a field by their code, once each, and leaves a conflict to its own message', () => {
    const conflict = combined({ message: 'changed', extensions: { code: 'CONFLICT', currentVersion: 4 } });
    expect(isConflict(conflict)).toBe(true);
    expect(generalErrorOf(conflict, 'nl')).toBeNull();
    const forbidden = { message: 'Only the manager signs.', extensions: { code: 'FORBIDDEN' } };
    expect(generalErrorOf(combined(forbidden, forbidden), 'en')).toBe('Your role does not allow this.');
    expect(generalErrorOf(combined(badInput('caseId', 'PROGRAMME_ALREADY_ACTIVE')), 'nl', ['startDate'])).toBe('Voor dit dossier loopt al een programma.');
    expect(generalErrorOf(combined({ message: 'boom' }), 'en')).toBe('Something went wrong. Please try again.');
    expect(generalErrorOf(undefined, 'nl')).toBeNull();
  });

  it('tells a network failure from an HTTP refusal', () => {
    expect(generalErrorOf(new TypeError('Failed to fetch'), 'nl')).toMatch(/niet bereikbaar/);
    expect(generalErrorOf(Object.assign(new Error('Payload too large'), { statusCode: 413 }), 'en')).toBe('This is too large to send.');
  });

  it('has words in both languages for every reason the services can give', () => {
    for (const code of INPUT_REASON_CODES) {
      expect(inputReasonMessages[code].nl).toBeTruthy();
      expect(inputReasonMessages[code].en).toBeTruthy();
    }
  });
});
