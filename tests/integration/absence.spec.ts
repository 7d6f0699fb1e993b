import { graphqlAs } from '../support/gateway-client';
import { addIsoDays, isoDaysFromToday } from '../support/dates';
import { createOwnOrganization, type OwnOrganization } from '../support/own-organization';

jest.setTimeout(120_000);

const DEMO_HR = 'hr@demo.test';

const EMPLOYEE = `query ($org: ID!, $number: String!) {
  employee(organizationId: $org, employeeNumber: $number) {
    id name contracts { from hoursPerWeek }
    cases { id status firstSickDay recoveryDate jurisdiction absencePercentage
      sickReports { id version firstSickDay recoveryDate intervals { from percentage therapeutic } }
      milestones { key kind dueDate status fulfilledOn } }
  }
}`;

const RECORD = `mutation ($input: RecordSickReportInput!) {
  recordSickReport(input: $input) { saved warnings { field term } report { id version } case { id status firstSickDay } }
}`;
const ADD_INTERVAL = `mutation ($input: AddAbsenceIntervalInput!) {
  addAbsenceInterval(input: $input) { saved report { id version intervals { from percentage therapeutic } } case { id absencePercentage } }
}`;
const RECOVER = `mutation ($input: RecordRecoveryInput!) {
  recordRecovery(input: $input) { saved report { id version recoveryDate } case { id status recoveryDate } }
}`;

/** The sick reports are recorded at an employer of the test's own; the demo timelines are only read. */
let organization: OwnOrganization;
let organizationId: string;
let HR: string;
let demoOrganizationId: string;

async function employee(number: string, as = HR, org = organizationId) {
  const { data, errors } = await graphqlAs(as, EMPLOYEE, { org, number });
  expect(errors).toBeUndefined();
  return data.employee;
}

const demoEmployee = (number: string) => employee(number, DEMO_HR, demoOrganizationId);

async function record(as: string, input: Record<string, unknown>) {
  return graphqlAs(as, RECORD, { input });
}

beforeAll(async () => {
  organization = await createOwnOrganization('Verzuim', {
    moreEmployees: [
      { number: 'T011', name: 'Iris Vink' },
      { number: 'T012', name: 'Daan Mol' },
      { number: 'T013', name: 'Fenna Kuiper' },
      { number: 'T014', name: 'Lisa de Jong' },
    ],
  });
  organizationId = organization.organizationId;
  HR = organization.caseManager.email;
  const { data } = await graphqlAs(DEMO_HR, '{ viewer { memberships { role organization { id name } } } }');
  demoOrganizationId = data.viewer.memberships.find((m: any) => m.role === 'CASE_MANAGER').organization.id;
});

describe('a sick report', () => {
  it('opens a case with its legal timeline, recorded by the manager of the team', async () => {
    const lotte = await employee('T001');
    const firstSickDay = isoDaysFromToday(-10);
    const { data, errors } = await record(organization.manager.email, {
      employeeId: lotte.id,
      firstSickDay,
      contactDetails: 'Bel na 10 uur',
      workToTakeOver: 'De overdracht van de avonddienst',
    });
    expect(errors).toBeUndefined();
    expect(data.recordSickReport).toMatchObject({ saved: true, case: { status: 'NEW', firstSickDay } });

    const [opened] = (await employee('T001')).cases;
    expect(opened.absencePercentage).toBe(100);
    const byKind = Object.fromEntries(opened.milestones.map((m: any) => [m.key, m]));
    expect(byKind.PROBLEM_ANALYSIS.dueDate).toBe(addIsoDays(firstSickDay, 41));
    expect(byKind.ACTION_PLAN.dueDate).toBe(addIsoDays(firstSickDay, 55));
    expect(byKind.PROBLEM_ANALYSIS.status).toBe('UPCOMING');
    expect(opened.milestones.map((m: any) => m.kind)).toEqual(
      expect.arrayContaining(['UWV_SICKNESS_NOTIFICATION', 'FIRST_YEAR_EVALUATION', 'WIA_APPLICATION', 'END_OF_WAGE_PAYMENT']),
    );
  });

  it('holds back health-like wording until it is acknowledged', async () => {
    const iris = await employee('T011');
    const input = { employeeId: iris.id, firstSickDay: isoDaysFromToday(-2), expectedDuration: 'Burn-out, waarschijnlijk depressie' };
    const warned = await record(HR, input);
    expect(warned.data.recordSickReport.saved).toBe(false);
    expect(warned.data.recordSickReport.warnings.map((w: any) => w.field)).toContain('expectedDuration');
    expect((await employee('T011')).cases).toHaveLength(0);

    const saved = await record(HR, { ...input, acknowledgeHealthWording: true });
    expect(saved.data.recordSickReport.saved).toBe(true);
  });

  it('names the field of bad input and writes nothing', async () => {
    const daan = await employee('T012');
    const badPercentage = await record(HR, { employeeId: daan.id, firstSickDay: isoDaysFromToday(-1), percentage: 0 });
    expect(badPercentage.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'percentage' });
    const badDate = await record(HR, { employeeId: daan.id, firstSickDay: '31-12-2026' });
    expect(badDate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'firstSickDay' });
    expect((await employee('T012')).cases).toHaveLength(0);
  });

  it('is refused for the manager of another team and for another employer', async () => {
    const lotte = await employee('T001');
    for (const outsider of [organization.otherManager.email, 'hr@andere.test']) {
      const { errors } = await record(outsider, { employeeId: lotte.id, firstSickDay: isoDaysFromToday(-1) });
      expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const asOtherEmployer = await graphqlAs('hr@andere.test', EMPLOYEE, { org: organizationId, number: 'T001' });
    expect(asOtherEmployer.data.employee).toBeNull();
  });
});

describe('partial recovery, therapeutic work and relapses', () => {
  it('lowers the absence percentage, counts therapeutic work as full absence, and rejects a stale version', async () => {
    const daan = await employee('T012');
    const { data } = await record(HR, { employeeId: daan.id, firstSickDay: isoDaysFromToday(-30) });
    const report = data.recordSickReport.report;

    const partial = await graphqlAs(HR, ADD_INTERVAL, { input: { reportId: report.id, expectedVersion: 1, from: isoDaysFromToday(-10), percentage: 50 } });
    expect(partial.data.addAbsenceInterval.case.absencePercentage).toBe(50);

    const stale = await graphqlAs(HR, ADD_INTERVAL, { input: { reportId: report.id, expectedVersion: 1, from: isoDaysFromToday(-5), percentage: 40 } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const therapeutic = await graphqlAs(HR, ADD_INTERVAL, {
      input: { reportId: report.id, expectedVersion: 2, from: isoDaysFromToday(-3), percentage: 50, therapeutic: true },
    });
    expect(therapeutic.data.addAbsenceInterval.case.absencePercentage).toBe(100);

    const before = await graphqlAs(HR, ADD_INTERVAL, { input: { reportId: report.id, expectedVersion: 3, from: isoDaysFromToday(-20), percentage: 30 } });
    expect(before.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('continues the same case after fewer than 28 fit days, with milestones pushed back by the gap', async () => {
    const fenna = await employee('T013');
    const first = isoDaysFromToday(-80);
    const recorded = await record(HR, { employeeId: fenna.id, firstSickDay: first });
    const report = recorded.data.recordSickReport.report;
    const caseId = recorded.data.recordSickReport.case.id;
    const recovered = await graphqlAs(HR, RECOVER, { input: { reportId: report.id, expectedVersion: 1, recoveryDate: isoDaysFromToday(-50) } });
    expect(recovered.data.recordRecovery.case).toMatchObject({ status: 'RECOVERED', recoveryDate: isoDaysFromToday(-50) });

    // 20 fit days, then sick again: the same case, every later milestone 20 days later.
    const relapse = await record(HR, { employeeId: fenna.id, firstSickDay: isoDaysFromToday(-30) });
    expect(relapse.data.recordSickReport.case).toMatchObject({ id: caseId, status: 'RELAPSE', firstSickDay: first });
    const [continued] = (await employee('T013')).cases.filter((c: any) => c.id === caseId);
    expect(continued.sickReports).toHaveLength(2);
    const byKey = Object.fromEntries(continued.milestones.map((m: any) => [m.key, m]));
    // Sick day 42 falls after the 20 fit days, so even the problem analysis moves.
    expect(byKey.PROBLEM_ANALYSIS.dueDate).toBe(addIsoDays(first, 41 + 20));
    expect(byKey.UWV_SICKNESS_NOTIFICATION.dueDate >= addIsoDays(first, 294 + 20)).toBe(true);
  });

  it('opens a new case after 28 fit days or more', async () => {
    const lisa = await employee('T014');
    const current = await record(HR, { employeeId: lisa.id, firstSickDay: isoDaysFromToday(-58) });
    expect(current.data.recordSickReport.saved).toBe(true);
    const earlier = (await employee('T014')).cases;
    const first = isoDaysFromToday(-200);
    // Lisa's case started 58 days ago: an absence recorded afterwards, 200 to 100 days ago, stands alone.
    const recorded = await record(HR, { employeeId: lisa.id, firstSickDay: first, recoveryDate: isoDaysFromToday(-100) });
    expect(recorded.data.recordSickReport.case).toMatchObject({ status: 'RECOVERED', firstSickDay: first });
    const cases = (await employee('T014')).cases;
    expect(cases).toHaveLength(earlier.length + 1);
    expect(cases.map((c: any) => c.firstSickDay)).toEqual(expect.arrayContaining([first, isoDaysFromToday(-58)]));
  });
});

describe('the demo timelines', () => {
  it('show done, overdue and due-soon milestones, and a Belgian case on the Belgian rules', async () => {
    const lisa = (await demoEmployee('1008')).cases.find((c: any) => c.firstSickDay === isoDaysFromToday(-58));
    const status = Object.fromEntries(lisa.milestones.map((m: any) => [m.key, m.status]));
    expect(status).toMatchObject({ PROBLEM_ANALYSIS: 'DONE', ACTION_PLAN: 'OVERDUE' });
    // Thomas's analysis is due within days.
    const thomas = (await demoEmployee('1007')).cases[0];
    const analysis = thomas.milestones.find((m: any) => m.key === 'PROBLEM_ANALYSIS');
    expect(analysis).toMatchObject({ status: 'DUE_SOON', fulfilledOn: null });

    const { data } = await graphqlAs('hr@andere.test', '{ viewer { cases(first: 10) { edges { node { jurisdiction milestones { kind } } } } } }');
    const belgian = data.viewer.cases.edges.map((e: any) => e.node).find((c: any) => c.jurisdiction === 'BE');
    expect(belgian.milestones.map((m: any) => m.kind)).toEqual(expect.arrayContaining(['REINTEGRATION_ELIGIBLE', 'MEDICAL_FORCE_MAJEURE_ELIGIBLE']));
  });

  it('warn on the working day before a deadline that falls on a weekend', async () => {
    const { data } = await graphqlAs(DEMO_HR, '{ viewer { cases(first: 50) { edges { node { milestones { dueDate warnOn } } } } } }');
    const warned = data.viewer.cases.edges.flatMap((e: any) => e.node.milestones).filter((m: any) => m.warnOn);
    expect(warned.length).toBeGreaterThan(0);
    for (const milestone of warned) {
      expect(milestone.warnOn < milestone.dueDate).toBe(true);
      const weekday = new Date(`${milestone.warnOn}T00:00:00Z`).getUTCDay();
      expect(weekday).not.toBe(0);
      expect(weekday).not.toBe(6);
    }
  });
});
