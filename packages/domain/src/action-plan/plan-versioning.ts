/**
 * The life of a plan of action's versions. A version nobody signed yet is a draft and is
 * edited in place; once anyone signed it, it is frozen, so a signature always covers
 * exactly the text its signer saw, and an edit starts a new draft version. Every change
 * moves the plan's revision on; a change made against a stale revision is refused.
 */
export type PlanSignatory = 'EMPLOYEE' | 'MANAGER';

export const PLAN_SIGNATORIES: readonly PlanSignatory[] = ['EMPLOYEE', 'MANAGER'];

export interface PlanState {
  /** Moves on with every save and signature: the optimistic-concurrency token. */
  revision: number;
  /** Number of the latest version, from 1. */
  latestVersion: number;
  /** Who signed the latest version. */
  latestSignedBy: readonly PlanSignatory[];
}

export type EditDecision =
  | { kind: 'CREATE_FIRST_VERSION'; version: 1; revision: 1 }
  | { kind: 'EDIT_IN_PLACE'; version: number; revision: number }
  | { kind: 'NEW_VERSION'; version: number; revision: number }
  | { kind: 'CONFLICT'; currentRevision: number };

/** What saving the plan does, given what the editor read (`expectedRevision`, 0 for no plan yet). */
export function decideEdit(plan: PlanState | null, expectedRevision: number): EditDecision {
  if (!plan) return expectedRevision === 0 ? { kind: 'CREATE_FIRST_VERSION', version: 1, revision: 1 } : { kind: 'CONFLICT', currentRevision: 0 };
  if (expectedRevision !== plan.revision) return { kind: 'CONFLICT', currentRevision: plan.revision };
  const revision = plan.revision + 1;
  return plan.latestSignedBy.length === 0
    ? { kind: 'EDIT_IN_PLACE', version: plan.latestVersion, revision }
    : { kind: 'NEW_VERSION', version: plan.latestVersion + 1, revision };
}

export type SignDecision =
  | { kind: 'SIGN'; version: number; revision: number; fullySigned: boolean }
  | { kind: 'ALREADY_SIGNED' }
  | { kind: 'NOT_THE_LATEST_VERSION'; latestVersion: number }
  | { kind: 'NO_PLAN' }
  | { kind: 'CONFLICT'; currentRevision: number };

/** What a signature by `signatory` on `version`, read at `expectedRevision`, does. */
export function decideSignature(plan: PlanState | null, signatory: PlanSignatory, version: number, expectedRevision: number): SignDecision {
  if (!plan) return { kind: 'NO_PLAN' };
  if (expectedRevision !== plan.revision) return { kind: 'CONFLICT', currentRevision: plan.revision };
  if (version !== plan.latestVersion) return { kind: 'NOT_THE_LATEST_VERSION', latestVersion: plan.latestVersion };
  if (plan.latestSignedBy.includes(signatory)) return { kind: 'ALREADY_SIGNED' };
  const signedBy = [...plan.latestSignedBy, signatory];
  return { kind: 'SIGN', version, revision: plan.revision + 1, fullySigned: isFullySigned(signedBy) };
}

export function isFullySigned(signedBy: readonly PlanSignatory[]): boolean {
  return PLAN_SIGNATORIES.every((signatory) => signedBy.includes(signatory));
}
