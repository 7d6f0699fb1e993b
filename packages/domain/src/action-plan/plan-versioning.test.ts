import { decideEdit, decideSignature, isFullySigned, type PlanSignatory, type PlanState } from './plan-versioning';

const plan = (revision: number, latestVersion: number, latestSignedBy: PlanSignatory[] = []): PlanState => ({ revision, latestVersion, latestSignedBy });

describe('decideEdit', () => {
  it.each<[string, PlanState | null, number, ReturnType<typeof decideEdit>]>([
    ['no plan yet, editor read none', null, 0, { kind: 'CREATE_FIRST_VERSION', version: 1, revision: 1 }],
    ['no plan yet, but the editor thinks there is one', null, 3, { kind: 'CONFLICT', currentRevision: 0 }],
    ['a draft is edited in place', plan(1, 1), 1, { kind: 'EDIT_IN_PLACE', version: 1, revision: 2 }],
    ['a fully signed version starts a new draft', plan(3, 1, ['EMPLOYEE', 'MANAGER']), 3, { kind: 'NEW_VERSION', version: 2, revision: 4 }],
    ['a version with one signature is frozen too', plan(2, 1, ['MANAGER']), 2, { kind: 'NEW_VERSION', version: 2, revision: 3 }],
    ['a draft second version is edited in place', plan(5, 2), 5, { kind: 'EDIT_IN_PLACE', version: 2, revision: 6 }],
    ['a stale revision is a conflict carrying the current one', plan(4, 1), 3, { kind: 'CONFLICT', currentRevision: 4 }],
    ['a revision from the future is a conflict as well', plan(4, 1), 5, { kind: 'CONFLICT', currentRevision: 4 }],
    ['creating when a plan exists is a conflict', plan(2, 1), 0, { kind: 'CONFLICT', currentRevision: 2 }],
  ])('%s', (_, state, expected, decision) => {
    expect(decideEdit(state, expected)).toEqual(decision);
  });
});

describe('decideSignature', () => {
  it.each<[string, PlanState | null, PlanSignatory, number, number, ReturnType<typeof decideSignature>]>([
    ['nothing to sign', null, 'EMPLOYEE', 1, 0, { kind: 'NO_PLAN' }],
    ['the first signature', plan(1, 1), 'EMPLOYEE', 1, 1, { kind: 'SIGN', version: 1, revision: 2, fullySigned: false }],
    ['the second signature completes it', plan(2, 1, ['EMPLOYEE']), 'MANAGER', 1, 2, { kind: 'SIGN', version: 1, revision: 3, fullySigned: true }],
    ['manager first, then employee', plan(2, 1, ['MANAGER']), 'EMPLOYEE', 1, 2, { kind: 'SIGN', version: 1, revision: 3, fullySigned: true }],
    ['signing twice', plan(2, 1, ['EMPLOYEE']), 'EMPLOYEE', 1, 2, { kind: 'ALREADY_SIGNED' }],
    ['an older version cannot be signed', plan(4, 2), 'MANAGER', 1, 4, { kind: 'NOT_THE_LATEST_VERSION', latestVersion: 2 }],
    ['signing what was read before an edit', plan(3, 1), 'EMPLOYEE', 1, 2, { kind: 'CONFLICT', currentRevision: 3 }],
  ])('%s', (_, state, signatory, version, expected, decision) => {
    expect(decideSignature(state, signatory, version, expected)).toEqual(decision);
  });
});

describe('isFullySigned', () => {
  it.each<[PlanSignatory[], boolean]>([
    [[], false],
    [['EMPLOYEE'], false],
    [['MANAGER'], false],
    [['MANAGER', 'EMPLOYEE'], true],
  ])('%j → %s', (signedBy, expected) => {
    expect(isFullySigned(signedBy)).toBe(expected);
  });
});
