import { inputReason, type InputReason } from '../validation/input-reasons';

/**
 * A session report's functional summary travels from the coach's draft, through the
 * validation of every participant, to the employee's release; the release can be
 * revoked for the future. Only a RELEASED summary reaches the manager.
 */
export type SessionReportState = 'DRAFT' | 'AWAITING_VALIDATION' | 'CHANGES_REQUESTED' | 'VALIDATED' | 'RELEASED';

export type SessionReportAction =
  | { type: 'EDIT'; by: 'COACH' }
  | { type: 'SUBMIT'; by: 'COACH' }
  | { type: 'VALIDATE'; by: string }
  | { type: 'REQUEST_CHANGE'; by: string }
  | { type: 'RELEASE'; by: 'EMPLOYEE' }
  | { type: 'REVOKE_RELEASE'; by: 'EMPLOYEE' };

export interface SessionReportFacts {
  state: SessionReportState;
  /** Who must validate: every participant but the coach who wrote it. */
  validators: readonly string[];
  /** Validators who have validated the current text. */
  validatedBy: readonly string[];
}

export type TransitionResult = { ok: true; state: SessionReportState; validatedBy: string[] } | { ok: false; reason: InputReason };

type Refusal =
  'REPORT_NOT_EDITABLE' | 'REPORT_NOT_SUBMITTABLE' | 'REPORT_NOT_AWAITING_VALIDATION' | 'NOT_A_VALIDATOR' | 'REPORT_NOT_VALIDATED' | 'REPORT_NOT_RELEASED';

const refuse = (code: Refusal): TransitionResult => ({ ok: false, reason: inputReason(code) });

export function transitionSessionReport(facts: SessionReportFacts, action: SessionReportAction): TransitionResult {
  const { state, validators, validatedBy } = facts;
  switch (action.type) {
    case 'EDIT':
      return state === 'DRAFT' || state === 'CHANGES_REQUESTED' ? { ok: true, state, validatedBy: [] } : refuse('REPORT_NOT_EDITABLE');
    case 'SUBMIT':
      if (state !== 'DRAFT' && state !== 'CHANGES_REQUESTED') return refuse('REPORT_NOT_SUBMITTABLE');
      return validators.length ? { ok: true, state: 'AWAITING_VALIDATION', validatedBy: [] } : { ok: true, state: 'VALIDATED', validatedBy: [] };
    case 'VALIDATE': {
      if (state !== 'AWAITING_VALIDATION') return refuse('REPORT_NOT_AWAITING_VALIDATION');
      if (!validators.includes(action.by)) return refuse('NOT_A_VALIDATOR');
      const validated = [...new Set([...validatedBy, action.by])];
      const complete = validators.every((v) => validated.includes(v));
      return { ok: true, state: complete ? 'VALIDATED' : 'AWAITING_VALIDATION', validatedBy: validated };
    }
    case 'REQUEST_CHANGE':
      if (state !== 'AWAITING_VALIDATION') return refuse('REPORT_NOT_AWAITING_VALIDATION');
      if (!validators.includes(action.by)) return refuse('NOT_A_VALIDATOR');
      return { ok: true, state: 'CHANGES_REQUESTED', validatedBy: [] };
    case 'RELEASE':
      return state === 'VALIDATED' ? { ok: true, state: 'RELEASED', validatedBy: [...validatedBy] } : refuse('REPORT_NOT_VALIDATED');
    case 'REVOKE_RELEASE':
      return state === 'RELEASED' ? { ok: true, state: 'VALIDATED', validatedBy: [...validatedBy] } : refuse('REPORT_NOT_RELEASED');
  }
}

/** Who still has to validate the current text. */
export const awaitingValidationFrom = (facts: SessionReportFacts): string[] =>
  facts.state === 'AWAITING_VALIDATION' ? facts.validators.filter((v) => !facts.validatedBy.includes(v)) : [];
