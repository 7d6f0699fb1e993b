import { awaitingValidationFrom, transitionSessionReport, type SessionReportAction, type SessionReportFacts, type SessionReportState } from './session-report-state';

const facts = (state: SessionReportState, validatedBy: string[] = []): SessionReportFacts => ({ state, validators: ['employee', 'manager'], validatedBy });

describe('the session report state machine', () => {
  it.each<[string, SessionReportFacts, SessionReportAction, SessionReportState | null, string[] | undefined]>([
    ['a draft is submitted for validation', facts('DRAFT'), { type: 'SUBMIT', by: 'COACH' }, 'AWAITING_VALIDATION', []],
    ['one validation is not enough', facts('AWAITING_VALIDATION'), { type: 'VALIDATE', by: 'employee' }, 'AWAITING_VALIDATION', ['employee']],
    ['the last validation completes it', facts('AWAITING_VALIDATION', ['employee']), { type: 'VALIDATE', by: 'manager' }, 'VALIDATED', ['employee', 'manager']],
    ['validating twice changes nothing', facts('AWAITING_VALIDATION', ['employee']), { type: 'VALIDATE', by: 'employee' }, 'AWAITING_VALIDATION', ['employee']],
    ['a change request sends it back and clears validations', facts('AWAITING_VALIDATION', ['employee']), { type: 'REQUEST_CHANGE', by: 'manager' }, 'CHANGES_REQUESTED', []],
    ['the coach edits after a change request', facts('CHANGES_REQUESTED'), { type: 'EDIT', by: 'COACH' }, 'CHANGES_REQUESTED', []],
    ['and submits again', facts('CHANGES_REQUESTED'), { type: 'SUBMIT', by: 'COACH' }, 'AWAITING_VALIDATION', []],
    ['the employee releases a validated summary', facts('VALIDATED', ['employee', 'manager']), { type: 'RELEASE', by: 'EMPLOYEE' }, 'RELEASED', undefined],
    ['and may revoke the release', facts('RELEASED', ['employee', 'manager']), { type: 'REVOKE_RELEASE', by: 'EMPLOYEE' }, 'VALIDATED', undefined],
    ['an unvalidated summary cannot be released', facts('AWAITING_VALIDATION', ['employee']), { type: 'RELEASE', by: 'EMPLOYEE' }, null, undefined],
    ['a draft cannot be released', facts('DRAFT'), { type: 'RELEASE', by: 'EMPLOYEE' }, null, undefined],
    ['a submitted summary cannot be edited', facts('AWAITING_VALIDATION'), { type: 'EDIT', by: 'COACH' }, null, undefined],
    ['a released summary cannot be edited', facts('RELEASED'), { type: 'EDIT', by: 'COACH' }, null, undefined],
    ['an outsider cannot validate', facts('AWAITING_VALIDATION'), { type: 'VALIDATE', by: 'someone' }, null, undefined],
    ['a draft cannot be validated', facts('DRAFT'), { type: 'VALIDATE', by: 'employee' }, null, undefined],
    ['nothing released cannot be revoked', facts('VALIDATED'), { type: 'REVOKE_RELEASE', by: 'EMPLOYEE' }, null, undefined],
  ])('%s', (_name, before, action, state, validatedBy) => {
    const result = transitionSessionReport(before, action);
    if (state === null) {
      expect(result.ok).toBe(false);
      return;
    }
    expect(result).toMatchObject({ ok: true, state });
    if (validatedBy && result.ok) expect(result.validatedBy).toEqual(validatedBy);
  });

  it('goes straight to validated when nobody but the coach took part', () => {
    expect(transitionSessionReport({ state: 'DRAFT', validators: [], validatedBy: [] }, { type: 'SUBMIT', by: 'COACH' })).toMatchObject({ state: 'VALIDATED' });
  });

  it('names who still has to validate', () => {
    expect(awaitingValidationFrom(facts('AWAITING_VALIDATION', ['manager']))).toEqual(['employee']);
    expect(awaitingValidationFrom(facts('VALIDATED', ['employee', 'manager']))).toEqual([]);
  });
});
