import { eventually } from '../support/case-events';
import { withDatabase } from '../support/database';
import { graphqlAs } from '../support/gateway-client';
import { fixturePath, runImport, runTerugkeer } from '../support/terugkeer-command';

jest.setTimeout(180_000);

const FIGURES = `suppressed absencePercentage absentDayFactor employmentDayFactor notificationFrequency newReports employmentDays
  averageDurationDays totalDurationDays endedReports zeroAbsencePercentage personsEmployed durationClasses { durationClass reports }`;

const ANSWERS = `query ($org: ID!) {
  february: absenceStatistics(organizationId: $org, from: "2024-02-01", to: "2024-02-29") {
    ${FIGURES} byDepartment { departmentName figures { ${FIGURES} } } byMonth { month figures { ${FIGURES} } } }
  quarter: absenceStatistics(organizationId: $org, from: "2024-01-01", to: "2024-03-31", frequencyMethod: SECTOR_QUARTER) {
    ${FIGURES} byMonth { month figures { ${FIGURES} } } }
  organizationReport(organizationId: $org, asOf: "2024-03-31") {
    compliance { milestonesOnTime milestonesLate shareOnTime } casesByPhase { phase cases }
    timeToFullReturn { returnedCases medianDays distribution { durationClass reports } }
    relapseWithin28Days { recoveries relapses rate } relapseWithin6Months { recoveries relapses rate }
    cost { absenceDays absenceCost cases { firstSickDay recoveryDate absenceDays absenceCost } } }
}`;

describe('rebuilding the reporting read model from its inbox', () => {
  const caseManager = 'hr@herbouw.test';
  let organizationId: string;
  const answers = async () => {
    const { data, errors } = await graphqlAs(caseManager, ANSWERS, { org: organizationId });
    expect(errors).toBeUndefined();
    return data;
  };

  beforeAll(async () => {
    const result = await runImport([
      '--organization',
      'Herbouw Test BV',
      '--employees',
      fixturePath('statistics', 'employees.csv'),
      '--absences',
      fixturePath('statistics', 'absences.csv'),
      '--case-manager-email',
      caseManager,
    ]);
    expect(result.status).toBe(0);
    organizationId = result.summary.organizationId;
    await eventually(async () => {
      expect((await answers()).february).toMatchObject({ personsEmployed: 6, newReports: 4, endedReports: 4 });
    }, 30_000);
  });

  it('gives the same answers after truncating the read model and replaying every event', async () => {
    const before = await answers();
    expect(before.organizationReport.cost.cases).toHaveLength(4);

    const rebuild = await runTerugkeer(['reporting', 'rebuild']);
    expect(rebuild.status).toBe(0);
    expect(rebuild.summary).toMatchObject({ ok: true });
    expect(rebuild.summary.events).toBeGreaterThan(0);

    expect(await answers()).toEqual(before);
  });

  it('repairs a damaged read model', async () => {
    const before = await answers();
    // The sick reports and the absence days counted from them, as a lost table would leave them.
    await withDatabase('reporting', async (db) => {
      for (const table of ['sick_reports', 'absence_segments', 'absence_report_placements']) {
        await db.query(`DELETE FROM ${table} WHERE organization_id = $1`, [organizationId]);
      }
    });
    const damaged = await answers();
    expect(damaged.february.newReports).toBe(0);

    expect((await runTerugkeer(['reporting', 'rebuild'])).status).toBe(0);
    expect(await answers()).toEqual(before);
  });
});
