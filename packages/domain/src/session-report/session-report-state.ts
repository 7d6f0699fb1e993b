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

export type TransitionResult =
  | { ok: true; state: SessionReportState; validatedBy: string[] }
  | { ok: false; reason: string };

const refuse = (reason: string): TransitionResult => ({ ok: false, reason });

export function transitionSessionReport(facts: SessionReportFacts, action: SessionReportAction): TransitionResult {
  const { state, validators, validatedBy } = facts;
  switch (action.type) {
    case 'EDIT':
      return state === 'DRAFT' || state === 'CHANGES_REQUESTED'
        ? { ok: true, state, validatedBy: [] }
        : refuse('the summary can be changed only as a draft or after a change was asked for');
    case 'SUBMIT':
      if (state !== 'DRAFT' && state !== 'CHANGES_REQUESTED') return refuse('only a draft or a changed summary is submitted');
      return validators.length
        ? { ok: true, state: 'AWAITING_VALIDATION', validatedBy: [] }
        : { ok: true, state: 'VALIDATED', validatedBy: [] };
    case 'VALIDATE': {
      if (state !== 'AWAITING_VALIDATION') return refuse('the summary is not waiting for validation');
      if (!validators.includes(action.by)) return refuse('only a participant validates the summary');
      const validated = [...new Set([...validatedBy, action.by])];
      const complete = validators.every((v) => validated.includes(v));
      return { ok: true, state: complete ? 'VALIDATED' : 'AWAITING_VALIDATION', validatedBy: validated };
    }
    case 'REQUEST_CHANGE':
      if (state !== 'AWAITING_VALIDATION') return refuse('the summary is not waiting for validation');
      if (!validators.includes(action.by)) return refuse('only a participant asks for a change');
      return { ok: true, state: 'CHANGES_REQUESTED', validatedBy: [] };
    case 'RELEASE':
      return state === 'VALIDATED' ? { ok: true, state: 'RELEASED', validatedBy: [...validatedBy] } : refuse('only a summary every participant validated is released');
    case 'REVOKE_RELEASE':
      return state === 'RELEASED' ? { ok: true, state: 'VALIDATED', validatedBy: [...validatedBy] } : refuse('the summary is not released');
  }
}

/** Who still has to validate the current text. */
export const awaitingValidationFrom = (facts: SessionReportFacts): string[] =>
  facts.state === 'AWAITING_VALIDATION' ? facts.validators.filter((v) => !facts.validatedBy.includes(v)) : [];
