import type { InputReasonCode } from '../validation/input-reasons';
import {
  awaitingValidationFrom,
  transitionSessionReport,
  type SessionReportAction,
  type SessionReportFacts,
  type SessionReportState,
} from './session-report-state';

const facts = (state: SessionReportState, validatedBy: string[] = []): SessionReportFacts => ({ state, validators: ['employee', 'manager'], validatedBy });

describe('the session report state machine', () => {
  it.each<[string, SessionReportFacts, SessionReportAction, SessionReportState, string[] | undefined]>([
    ['a draft is submitted for validation', facts('DRAFT'), { type: 'SUBMIT', by: 'COACH' }, 'AWAITING_VALIDATION', []],
    ['one validation is not enough', facts('AWAITING_VALIDATION'), { type: 'VALIDATE', by: 'employee' }, 'AWAITING_VALIDATION', ['employee']],
    ['the last validation completes it', facts('AWAITING_VALIDATION', ['employee']), { type: 'VALIDATE', by: 'manager' }, 'VALIDATED', ['employee', 'manager']],
    ['validating twice changes nothing', facts('AWAITING_VALIDATION', ['employee']), { type: 'VALIDATE', by: 'employee' }, 'AWAITING_VALIDATION', ['employee']],
    [
      'a change request sends it back and clears validations',
      facts('AWAITING_VALIDATION', ['employee']),
      { type: 'REQUEST_CHANGE', by: 'manager' },
      'CHANGES_REQUESTED',
      [],
    ],
    ['the coach edits after a change request', facts('CHANGES_REQUESTED'), { type: 'EDIT', by: 'COACH' }, 'CHANGES_REQUESTED', []],
    ['and submits again', facts('CHANGES_REQUESTED'), { type: 'SUBMIT', by: 'COACH' }, 'AWAITING_VALIDATION', []],
    ['the employee releases a validated summary', facts('VALIDATED', ['employee', 'manager']), { type: 'RELEASE', by: 'EMPLOYEE' }, 'RELEASED', undefined],
    ['and may revoke the release', facts('RELEASED', ['employee', 'manager']), { type: 'REVOKE_RELEASE', by: 'EMPLOYEE' }, 'VALIDATED', undefined],
  ])('%s', (_name, before, action, state, validatedBy) => {
    const result = transitionSessionReport(before, action);
    expect(result).toMatchObject({ ok: true, state });
    if (validatedBy && result.ok) expect(result.validatedBy).toEqual(validatedBy);
  });

  it.each<[string, SessionReportFacts, SessionReportAction, InputReasonCode]>([
    ['an unvalidated summary cannot be released', facts('AWAITING_VALIDATION', ['employee']), { type: 'RELEASE', by: 'EMPLOYEE' }, 'REPORT_NOT_VALIDATED'],
    ['a draft cannot be released', facts('DRAFT'), { type: 'RELEASE', by: 'EMPLOYEE' }, 'REPORT_NOT_VALIDATED'],
    ['a submitted summary cannot be edited', facts('AWAITING_VALIDATION'), { type: 'EDIT', by: 'COACH' }, 'REPORT_NOT_EDITABLE'],
    ['a released summary cannot be edited', facts('RELEASED'), { type: 'EDIT', by: 'COACH' }, 'REPORT_NOT_EDITABLE'],
    ['an outsider cannot validate', facts('AWAITING_VALIDATION'), { type: 'VALIDATE', by: 'someone' }, 'NOT_A_VALIDATOR'],
    ['a draft cannot be validated', facts('DRAFT'), { type: 'VALIDATE', by: 'employee' }, 'REPORT_NOT_AWAITING_VALIDATION'],
    ['nothing released cannot be revoked', facts('VALIDATED'), { type: 'REVOKE_RELEASE', by: 'EMPLOYEE' }, 'REPORT_NOT_RELEASED'],
    ['an outsider cannot ask for a change', facts('AWAITING_VALIDATION'), { type: 'REQUEST_CHANGE', by: 'someone' }, 'NOT_A_VALIDATOR'],
    ['a validated summary is not submitted again', facts('VALIDATED'), { type: 'SUBMIT', by: 'COACH' }, 'REPORT_NOT_SUBMITTABLE'],
  ])('%s', (_name, before, action, code) => {
    expect(transitionSessionReport(before, action)).toMatchObject({ ok: false, reason: { code } });
  });

  it('goes straight to validated when nobody but the coach took part', () => {
    expect(transitionSessionReport({ state: 'DRAFT', validators: [], validatedBy: [] }, { type: 'SUBMIT', by: 'COACH' })).toMatchObject({ state: 'VALIDATED' });
  });

  it('names who still has to validate', () => {
    expect(awaitingValidationFrom(facts('AWAITING_VALIDATION', ['manager']))).toEqual(['employee']);
    expect(awaitingValidationFrom(facts('VALIDATED', ['employee', 'manager']))).toEqual([]);
  });
});
