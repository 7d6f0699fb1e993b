import type { Violation } from '../validation/violation';
import type { Signal } from './signal-plan';

export const RELAPSE_PLAN_LIMITS = { maxText: 2000, maxSignals: 20, maxItemsPerSignal: 10 } as const;

/** A relapse-prevention plan as employee or coach writes it; a signal without an id is new. */
export interface RelapsePlanDraft {
  signals: readonly { id?: string | null; description: string; actions: readonly string[]; asks: readonly string[] }[];
  normalisationStatement: string;
}

function textViolations(field: string, value: string): Violation[] {
  const { maxText } = RELAPSE_PLAN_LIMITS;
  if (!value.trim()) return [{ field, code: 'EMPTY', message: `${field} must not be empty` }];
  if (value.trim().length > maxText) return [{ field, code: 'TOO_LONG', message: `${field} must be at most ${maxText} characters`, values: { max: maxText } }];
  return [];
}

function listViolations(field: string, items: readonly string[], min: number): Violation[] {
  const { maxItemsPerSignal } = RELAPSE_PLAN_LIMITS;
  if (items.length < min) return [{ field, code: 'TOO_FEW', message: `${field} needs at least ${min}`, values: { min } }];
  if (items.length > maxItemsPerSignal)
    return [{ field, code: 'TOO_MANY', message: `${field} allows at most ${maxItemsPerSignal}`, values: { max: maxItemsPerSignal } }];
  return items.flatMap((item, i) => textViolations(`${field}[${i}]`, item));
}

/**
 * Every broken rule of a draft: at least one signal, each in words and with at least one thing
 * the employee does; what they ask of others may be empty; a normalisation that a dip may come.
 */
export function validateRelapsePlanDraft(draft: RelapsePlanDraft): Violation[] {
  const { maxSignals } = RELAPSE_PLAN_LIMITS;
  const count: Violation[] =
    draft.signals.length === 0
      ? [{ field: 'signals', code: 'TOO_FEW', message: 'signals needs at least 1', values: { min: 1 } }]
      : draft.signals.length > maxSignals
        ? [{ field: 'signals', code: 'TOO_MANY', message: `signals allows at most ${maxSignals}`, values: { max: maxSignals } }]
        : [];
  return [
    ...count,
    ...draft.signals.flatMap((signal, i) => [
      ...textViolations(`signals[${i}].description`, signal.description),
      ...listViolations(`signals[${i}].actions`, signal.actions, 1),
      ...listViolations(`signals[${i}].asks`, signal.asks, 0),
    ]),
    ...textViolations('normalisationStatement', draft.normalisationStatement),
  ];
}

/** The draft's signals trimmed, keeping known ids and giving new signals one from `newId`. */
export function signalsOfDraft(draft: RelapsePlanDraft, newId: () => string): Signal[] {
  return draft.signals.map((signal) => ({
    id: signal.id?.trim() || newId(),
    description: signal.description.trim(),
    actions: signal.actions.map((action) => action.trim()),
    asks: signal.asks.map((ask) => ask.trim()),
  }));
}

/**
 * An agreement applies to the version it was given to: once the employee agreed, a change
 * starts a new version that needs agreeing again; before that, the draft is rewritten in place.
 */
export function changeStartsNewVersion(latest: { agreedByEmployeeAt: Date | null } | undefined): boolean {
  return !latest || latest.agreedByEmployeeAt !== null;
}
