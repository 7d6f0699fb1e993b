import { required } from '@terugkeer/domain';
import { eventually } from '../support/case-events';
import { graphqlAs } from '../support/gateway-client';
import { runTerugkeer } from '../support/terugkeer-command';

jest.setTimeout(240_000);

const CASE_MANAGER = 'hr@generated-dossiers.test';
const GENERATE = [
  'generate',
  '--employees',
  '200',
  '--years',
  '1',
  '--seed',
  '7',
  '--organization',
  'Generated Dossiers BV',
  '--case-manager-email',
  CASE_MANAGER,
];
const OTHER_TENANT_CASE_MANAGER = 'hr@other-generated.test';

const CASES = `query ($after: String) { viewer { cases(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node {
  id status firstSickDay recoveryDate employee { employeeNumber }
  participants { userId role }
  actionPlan { latest { status hourAgreements { weekStart hoursPerWeek therapeutic } contactAgreement { frequency } signatures { role } } }
  checkIns { id }
  checkInTrend { weekStart }
} } } } }`;

const SCHEDULING = `query ($id: ID!) { case(id: $id) {
  buildUp { weeks { weekStart planned } }
  appointments { kind status startsAt }
  progress { weeks { plannedHours } milestones { key fulfilledOn } }
} }`;

describe('generate with dossiers', () => {
  let organizationId: string;
  let cases: any[];

  beforeAll(async () => {
    const generated = await runTerugkeer(GENERATE);
    expect(generated.stderr).not.toMatch(/failed/);
    expect(generated.status).toBe(0);
    organizationId = generated.summary.organizationId;
    expect(generated.summary.dossiers.plans).toBeGreaterThan(0);
    expect(generated.summary.dossiers.checkIns).toBeGreaterThan(generated.summary.dossiers.plans);
    const other = await runTerugkeer([
      'generate',
      '--employees',
      '20',
      '--years',
      '1',
      '--organization',
      'Other Generated BV',
      '--case-manager-email',
      OTHER_TENANT_CASE_MANAGER,
    ]);
    expect(other.status).toBe(0);
    cases = [];
    for (let after: string | null = null; ;) {
      const { data, errors }: { data?: any; errors?: unknown } = await graphqlAs(CASE_MANAGER, CASES, { after });
      expect(errors).toBeUndefined();
      cases.push(...data.viewer.cases.edges.map((edge: any) => edge.node));
      if (!data.viewer.cases.pageInfo.hasNextPage) break;
      after = data.viewer.cases.pageInfo.endCursor;
    }
  });

  it('gives the long absences a plan of action signed by employee and manager, with a build-up of hours', () => {
    const planned = cases.filter((found) => found.actionPlan);
    expect(planned.length).toBeGreaterThan(0);
    for (const found of planned) {
      expect(found.actionPlan.latest.status).toBe('SIGNED');
      expect(found.actionPlan.latest.signatures.map((s: any) => s.role).sort()).toEqual(['EMPLOYEE', 'MANAGER']);
      const hours = found.actionPlan.latest.hourAgreements.map((a: any) => a.hoursPerWeek);
      expect(hours).toEqual([...hours].sort((a, b) => a - b));
      expect(found.actionPlan.latest.hourAgreements[0].therapeutic).toBe(true);
      expect(found.participants.map((p: any) => p.role).sort()).toEqual(['EMPLOYEE', 'MANAGER']);
    }
    expect(cases.filter((found) => !found.actionPlan).length).toBeGreaterThan(planned.length);
  });

  it('adds nothing on a second run', async () => {
    const again = await runTerugkeer(GENERATE);
    expect(again.status).toBe(0);
    expect(again.summary).toMatchObject({ organizationId, organizationCreated: false, dossiers: { logins: 0, plans: 0, checkIns: 0 } });
  });

  it('keeps check-ins from the case manager, as the API does', () => {
    for (const found of cases) {
      expect(found.checkIns).toBeNull();
      expect(found.checkInTrend).toBeNull();
    }
  });

  it('lets scheduling adopt the build-up and book the talks, and reporting see both', async () => {
    const planned = cases.filter((found) => found.actionPlan);
    // Contact moments and evaluations are booked from the signing on, for 26 weeks, and only in the future.
    const recent = planned.filter((found) => Date.now() - Date.parse(found.firstSickDay) < 180 * 86_400_000);
    expect(recent.length).toBeGreaterThan(0);
    await eventually(async () => {
      for (const found of planned) {
        const { data, errors } = await graphqlAs(CASE_MANAGER, SCHEDULING, { id: found.id });
        expect(errors).toBeUndefined();
        expect(data.case.buildUp.weeks.length).toBeGreaterThanOrEqual(found.actionPlan.latest.hourAgreements.length);
        expect(data.case.progress.weeks.length).toBeGreaterThan(0);
        expect(data.case.progress.milestones.find((m: any) => m.key === 'ACTION_PLAN').fulfilledOn).not.toBeNull();
      }
      const booked = await Promise.all(recent.map(async (found) => (await graphqlAs(CASE_MANAGER, SCHEDULING, { id: found.id })).data.case.appointments));
      const kinds = new Set(booked.flat().map((appointment: any) => appointment.kind));
      expect(kinds).toEqual(new Set(['CONTACT_MOMENT', 'ACTION_PLAN_EVALUATION']));
    }, 120_000);
  });

  it('shows the employee her own check-ins, her manager none without consent, and another tenant nothing', async () => {
    const query = `query ($id: ID!) { case(id: $id) { checkIns { date energy demands resources } actionPlan { latest { status } } } }`;
    const found = required(
      cases.find((c) => c.actionPlan),
      'a case with a plan',
    );
    const login = (local: string) => `${local}.${organizationId}@generated.example`;

    const employee = await graphqlAs(login(found.employee.employeeNumber.toLowerCase()), query, { id: found.id });
    expect(employee.errors).toBeUndefined();
    expect(employee.data.case.actionPlan.latest.status).toBe('SIGNED');

    const managers = await Promise.all([1, 2, 3, 4, 5].map((n) => graphqlAs(login(`manager-${n}`), query, { id: found.id })));
    const own = managers.filter((answer) => answer.data?.case);
    expect(own).toHaveLength(1);
    expect(own[0].data.case.actionPlan.latest.status).toBe('SIGNED');
    expect(own[0].data.case.checkIns).toBeNull();

    const other = await graphqlAs(OTHER_TENANT_CASE_MANAGER, query, { id: found.id });
    expect(other.data?.case ?? null).toBeNull();
    const theirs = await graphqlAs(OTHER_TENANT_CASE_MANAGER, `query { viewer { cases(first: 100) { edges { node { id } } } } }`);
    expect(theirs.data.viewer.cases.edges.map((edge: any) => edge.node.id)).not.toContain(found.id);
  });

  it('shows the employee the check-ins of her case', async () => {
    const withCheckIns = await Promise.all(
      cases
        .filter((found) => found.participants.some((p: any) => p.role === 'EMPLOYEE'))
        .map(async (found) => {
          const answer = await graphqlAs(
            `${found.employee.employeeNumber.toLowerCase()}.${organizationId}@generated.example`,
            `query ($id: ID!) { case(id: $id) { checkIns { date energy demands resources dip } } }`,
            { id: found.id },
          );
          expect(answer.errors).toBeUndefined();
          return answer.data.case.checkIns;
        }),
    );
    const all = withCheckIns.flat();
    expect(all.length).toBeGreaterThan(0);
    for (const checkIn of all) {
      for (const score of [checkIn.energy, checkIn.demands]) expect(score).toBeGreaterThanOrEqual(1);
      if (checkIn.demands > checkIn.resources) expect(checkIn.dip).toBe(true);
    }
  });
});
