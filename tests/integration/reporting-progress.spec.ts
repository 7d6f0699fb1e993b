import { randomUUID } from 'node:crypto';
import { eventually, publishCaseEvent } from '../support/case-events';
import { graphqlAs } from '../support/gateway-client';
import { sanneCaseId, who } from '../support/scheduling-fixtures';

jest.setTimeout(60_000);

const PROGRESS = `query ($id: ID!) { case(id: $id) { progress {
  absenceDays
  weeks { weekStart plannedHours actualHours differenceHours cumulativeDifferenceHours therapeutic }
  milestones { key kind dueDate status fulfilledOn onTime } milestonesOnTime milestonesLate
  programme { startDate status held missed remaining attendanceRate }
  stagnationAlerts { alertId reason weekStart }
  checkInTrend { weekStart checkIns energy demands resources dips }
} } }`;

const SOURCES = `query ($id: ID!) {
  case(id: $id) { milestones { key dueDate status } }
  buildUp(caseId: $id) { weeks { weekStart planned actual } }
  programme(caseId: $id) { progress { held missed remaining } }
}`;

describe("a case's progress from the reporting read model", () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = await sanneCaseId();
  });

  it('matches what the case and scheduling services say about the build-up, milestones and programme', async () => {
    await eventually(async () => {
      const [{ data: progress }, { data: sources }] = await Promise.all([
        graphqlAs('hr@demo.test', PROGRESS, { id: caseId }),
        graphqlAs('coach@arbo.test', SOURCES, { id: caseId }),
      ]);
      const p = progress.case.progress;
      expect(p.weeks.length).toBeGreaterThan(0);
      expect(p.weeks.map((w: any) => [w.weekStart, w.plannedHours, w.actualHours])).toEqual(
        sources.buildUp.weeks.map((w: any) => [w.weekStart, w.planned, w.actual]),
      );
      expect(p.milestones.length).toBeGreaterThan(0);
      expect(p.milestones.map((m: any) => [m.key, m.dueDate])).toEqual(sources.case.milestones.map((m: any) => [m.key, m.dueDate]));
      expect(p.milestonesOnTime).toBe(p.milestones.filter((m: any) => m.onTime === true).length);
      const { held, missed, remaining } = sources.programme.progress;
      expect(p.programme).toMatchObject({ held, missed, remaining, attendanceRate: held + missed === 0 ? null : held / (held + missed) });
    }, 30_000);
  });

  it('shows the weekly check-in trend to the employee and to a manager she consented to, never to the case manager', async () => {
    const sanne = await who('werknemer@demo.test');
    const checkIn = (date: string, energy: number, demands: number, resources: number) =>
      publishCaseEvent({
        type: 'check-in.recorded',
        aggregateId: caseId,
        organizationId: sanne.organizationId!,
        payload: { caseId, checkInId: randomUUID(), employeeId: sanne.id, date, energy, mood: 5, sleep: 5, demands, resources, dip: demands > resources },
      });
    // Weeks long past, so they stand apart from anything else recorded on the demo case.
    await checkIn('2020-01-06', 4, 6, 3);
    await checkIn('2020-01-08', 6, 4, 5);
    await checkIn('2020-01-14', 7, 3, 6);
    const consent = await graphqlAs(
      'werknemer@demo.test',
      `mutation ($input: SetConsentInput!) { setConsent(input: $input) { granted } }`,
      { input: { caseId, scope: 'CHECK_IN_TREND', granteeRole: 'MANAGER', granted: true } },
    );
    expect(consent.errors).toBeUndefined();

    const trendOf = async (email: string) => {
      const { data } = await graphqlAs(email, PROGRESS, { id: caseId });
      return data.case.progress.checkInTrend as any[] | null;
    };
    const expected = [
      // week of Monday 2020-01-06: energy (4 + 6) ÷ 2 = 5, demands (6 + 4) ÷ 2 = 5, resources (3 + 5) ÷ 2 = 4, one dip (6 > 3)
      { weekStart: '2020-01-06', checkIns: 2, energy: 5, demands: 5, resources: 4, dips: 1 },
      { weekStart: '2020-01-13', checkIns: 1, energy: 7, demands: 3, resources: 6, dips: 0 },
    ];
    await eventually(async () => {
      expect((await trendOf('leidinggevende@demo.test'))?.filter((w) => w.weekStart < '2021-01-01')).toEqual(expected);
    }, 30_000);
    expect((await trendOf('werknemer@demo.test'))?.filter((w) => w.weekStart < '2021-01-01')).toEqual(expected);
    expect(await trendOf('hr@demo.test')).toBeNull();
  });

  it('shows nothing to someone outside the case', async () => {
    const { data } = await graphqlAs('leidinggevende2@demo.test', PROGRESS, { id: caseId });
    expect(data?.case?.progress ?? null).toBeNull();
  });
});
