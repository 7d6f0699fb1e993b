import { required } from '@terugkeer/domain';
import { eventually } from '../support/case-events';
import { isoDaysFromToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { fixturePath, runImport } from '../support/terugkeer-command';
import { who } from '../support/scheduling-fixtures';

jest.setTimeout(120_000);

const FIGURES = `from to periodDays suppressed suppressionReason absencePercentage absentDayFactor employmentDayFactor
  notificationFrequency frequencyMethod newReports employmentDays averageHeadcount annualisationFactor
  averageDurationDays totalDurationDays endedReports zeroAbsencePercentage personsWithoutSickDay personsEmployed
  durationClasses { durationClass reports }`;

const STATISTICS = `query Statistics($org: ID!, $from: Date!, $to: Date!, $department: ID, $method: FrequencyMethod) {
  absenceStatistics(organizationId: $org, from: $from, to: $to, departmentId: $department, frequencyMethod: $method) {
    ${FIGURES}
    byDepartment { departmentId departmentName figures { ${FIGURES} } }
    byMonth { month figures { ${FIGURES} } }
  }
}`;

const close = (value: number) => expect.closeTo(value, 9);

/**
 * A small organization whose figures are computed by hand below (full time = 40 hours,
 * February 2024 = 29 days, 2024 has 366 days):
 *   S1 Anna  40 h → factor 1,   Zorg:    R1 sick 02-05..02-09 (recovers 02-10), relapse R2 02-20..02-22 (recovers 02-23)
 *   S2 Bram  20 h → factor 0.5, Zorg:    R3 100 % 01-29..02-04, 50 % 02-05..02-11 (recovers 02-12), spans the period start
 *   S3 Carla 32 h → factor 0.8, Kantoor: hired 02-16, never sick
 *   S4 Dirk  40 h → factor 1,   Kantoor: leaves 02-10, sick from 02-08 and still sick when leaving
 *   S5 Eva   24 h → factor 0.6, Kantoor: R5 100 % 02-12..02-18, therapeutic 50 % 02-19..02-25 (recovers 02-26)
 *   S6 Finn  40 h → factor 1,   Zorg:    never sick
 */
describe('standard absence statistics through the gateway', () => {
  const caseManager = 'hr@statistiek.test';
  let organizationId: string;

  beforeAll(async () => {
    const result = await runImport([
      '--organization',
      'Statistiek Test BV',
      '--employees',
      fixturePath('statistics', 'employees.csv'),
      '--absences',
      fixturePath('statistics', 'absences.csv'),
      '--case-manager-email',
      caseManager,
      '--full-time-hours',
      '40',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    organizationId = result.summary.organizationId;
    // The read model is built from events: wait until every employee and report has arrived.
    await eventually(async () => {
      const { data } = await graphqlAs(caseManager, STATISTICS, { org: organizationId, from: '2024-02-01', to: '2024-02-29' });
      expect(data.absenceStatistics).toMatchObject({ personsEmployed: 6, newReports: 4, endedReports: 4 });
    }, 30_000);
  });

  it('gives the case manager the hand-computed figures of February 2024 (a leap year)', async () => {
    const { data, errors } = await graphqlAs(caseManager, STATISTICS, { org: organizationId, from: '2024-02-01', to: '2024-02-29' });
    expect(errors).toBeUndefined();
    const statistics = data.absenceStatistics;
    expect(statistics).toMatchObject({
      from: '2024-02-01',
      to: '2024-02-29',
      periodDays: 29,
      suppressed: false,
      suppressionReason: null,
      // Employment days: Anna 29 + Bram 29 + Carla 14 (16..29) + Dirk 10 (1..10) + Eva 29 + Finn 29 = 140.
      employmentDays: 140,
      // Part-time weighted: 29 × 1 + 29 × 0.5 + 14 × 0.8 + 10 × 1 + 29 × 0.6 + 29 × 1 = 29 + 14.5 + 11.2 + 10 + 17.4 + 29 = 111.1
      employmentDayFactor: close(111.1),
      // Anna 5 (R1) + 3 (R2) = 8; Bram only 02-01..02-04 count: 4 × 0.5 × 1 = 2, then 7 × 0.5 × 0.5 = 1.75;
      // Dirk 02-08..02-10 while employed: 3 × 1 = 3; Eva 7 × 0.6 + 7 × 0.6 (therapeutic counts as full) = 8.4.
      // 8 + 3.75 + 3 + 8.4 = 23.15
      absentDayFactor: close(23.15),
      // 100 × 23.15 ÷ 111.1 = 20.837083…
      absencePercentage: close((100 * 23.15) / 111.1),
      // New reports: R1, R2 (a relapse is a new report), R4, R5; R3 began in January.
      newReports: 4,
      // Headcount 140 ÷ 29; 4 ÷ (140 ÷ 29) × 366 ÷ 29 = 4 × 366 ÷ 140 = 10.457142…
      averageHeadcount: close(140 / 29),
      annualisationFactor: close(366 / 29),
      notificationFrequency: close((4 * 366) / 140),
      frequencyMethod: 'NVS',
      // Ended in February: R1 02-05→02-10 = 5, R2 02-20→02-23 = 3, R3 01-29→02-12 = 14 (January days count), R5 02-12→02-26 = 14.
      totalDurationDays: 36,
      endedReports: 4,
      averageDurationDays: 9,
      // Carla and Finn had no sick day: 100 × 2 ÷ 6 = 33.333…
      personsWithoutSickDay: 2,
      personsEmployed: 6,
      zeroAbsencePercentage: close(100 / 3),
      durationClasses: [
        { durationClass: '1-14', reports: 4 },
        { durationClass: '15-91', reports: 0 },
        { durationClass: '92-365', reports: 0 },
        { durationClass: '366-730', reports: 0 },
        { durationClass: '>730', reports: 0 },
      ],
    });

    // Zorg (Anna, Bram, Finn) and Kantoor (Carla, Dirk, Eva) have 3 people each: below 5, so not
    // even the case manager sees them (their arithmetic is tested in the domain's breakdown tests).
    const byName = Object.fromEntries(statistics.byDepartment.map((d: any) => [d.departmentName, d.figures]));
    expect(Object.keys(byName).sort()).toEqual(['Kantoor', 'Zorg']);
    for (const department of ['Zorg', 'Kantoor']) {
      expect(byName[department]).toMatchObject({ suppressed: true, suppressionReason: 'GROUP_TOO_SMALL', absencePercentage: null, personsEmployed: null });
    }
    expect(statistics.byMonth).toEqual([{ month: '2024-02', figures: expect.objectContaining({ absentDayFactor: close(23.15), employmentDays: 140 }) }]);
  });

  it('annualises one calendar quarter by 4 with SECTOR_QUARTER, and by 366 ÷ 91 with NVS', async () => {
    const quarter = { org: organizationId, from: '2024-01-01', to: '2024-03-31' };
    // Q1 2024 = 31 + 29 + 31 = 91 days. New reports: R3 (01-29), R1, R2, R4, R5 = 5.
    // Employment days: Anna, Bram, Eva, Finn 4 × 91 = 364; Carla 02-16..03-31 = 14 + 31 = 45; Dirk 01-01..02-10 = 41; 450.
    const sector = await graphqlAs(caseManager, STATISTICS, { ...quarter, method: 'SECTOR_QUARTER' });
    expect(sector.errors).toBeUndefined();
    // 5 ÷ (450 ÷ 91) × 4 = 1820 ÷ 450 = 4.0444…
    expect(sector.data.absenceStatistics).toMatchObject({
      newReports: 5,
      employmentDays: 450,
      annualisationFactor: 4,
      notificationFrequency: close(1820 / 450),
      frequencyMethod: 'SECTOR_QUARTER',
    });
    const nvs = await graphqlAs(caseManager, STATISTICS, quarter);
    // 5 ÷ (450 ÷ 91) × 366 ÷ 91 = 5 × 366 ÷ 450 = 4.0666…
    expect(nvs.data.absenceStatistics).toMatchObject({ notificationFrequency: close((5 * 366) / 450), frequencyMethod: 'NVS' });

    const january = nvs.data.absenceStatistics.byMonth[0];
    expect(nvs.data.absenceStatistics.byMonth.map((m: any) => m.month)).toEqual(['2024-01', '2024-02', '2024-03']);
    // January: Anna, Bram, Dirk, Eva, Finn employed 31 days, Carla not yet: factor days 31 × (1 + 0.5 + 1 + 0.6 + 1) = 127.1;
    // only Bram's 01-29..01-31 at 100 %: 3 × 0.5 = 1.5. Four of the five had no sick day: 80 %.
    expect(january.figures).toMatchObject({
      employmentDayFactor: close(127.1),
      absentDayFactor: close(1.5),
      absencePercentage: close(150 / 127.1),
      zeroAbsencePercentage: 80,
    });
  });

  it('gives the same verdict for one department asked alone as for its cell in the breakdown: hidden below 5', async () => {
    const { data } = await graphqlAs(caseManager, STATISTICS, { org: organizationId, from: '2024-02-01', to: '2024-02-29' });
    const zorg = data.absenceStatistics.byDepartment.find((d: any) => d.departmentName === 'Zorg');
    const one = await graphqlAs(caseManager, STATISTICS, { org: organizationId, from: '2024-02-01', to: '2024-02-29', department: zorg.departmentId });
    expect(one.errors).toBeUndefined();
    expect(one.data.absenceStatistics).toMatchObject({ suppressed: true, absentDayFactor: null, personsEmployed: null });
    expect(one.data.absenceStatistics.byDepartment).toHaveLength(1);
  });

  it.each([
    [{ from: '2024-03-01', to: '2024-02-01' }, 'to'],
    [{ from: '2024-02-01', to: '2024-02-28', method: 'SECTOR_QUARTER' }, 'frequencyMethod'],
    [{ from: '2010-01-01', to: '2024-02-28' }, 'to'],
  ])('rejects %o naming the field %s', async (variables, field) => {
    const { errors } = await graphqlAs(caseManager, STATISTICS, { org: organizationId, ...variables });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it("refuses another organization's case manager and managers without a team there, as if it did not exist", async () => {
    for (const email of ['hr@demo.test', 'leidinggevende@demo.test']) {
      const { data, errors } = await graphqlAs(email, STATISTICS, { org: organizationId, from: '2024-02-01', to: '2024-02-29' });
      expect(data?.absenceStatistics ?? null).toBeNull();
      expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const employee = await graphqlAs('werknemer@demo.test', STATISTICS, { org: organizationId, from: '2024-02-01', to: '2024-02-29' });
    expect(employee.data?.absenceStatistics ?? null).toBeNull();
    expect(employee.errors).toBeDefined();
  });
  it('reports compliance, returns, relapses and cost of the organization as of 2024-03-31, computed by hand', async () => {
    const settings = await graphqlAs(caseManager, `mutation ($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { id } }`, {
      input: { organizationId, fullTimeHours: 40, dailyAbsenceCost: 250, programmeCost: 4000 },
    });
    expect(settings.errors).toBeUndefined();
    const REPORT = `query ($org: ID!) { organizationReport(organizationId: $org, asOf: "2024-03-31") {
      asOf compliance { milestonesOnTime milestonesLate shareOnTime } casesByPhase { phase cases }
      timeToFullReturn { returnedCases medianDays distribution { durationClass reports } }
      relapseWithin28Days { recoveries relapses rate } relapseWithin6Months { recoveries relapses rate }
      cost { dailyAbsenceCost programmeCost programmes programmeCostTotal absenceDays absenceCost cases { firstSickDay recoveryDate therapeuticWork absenceDays absenceCost } } } }`;
    const report = await eventually(async () => {
      const { data, errors } = await graphqlAs(caseManager, REPORT, { org: organizationId });
      expect(errors).toBeUndefined();
      expect(data.organizationReport.cost.dailyAbsenceCost).toBe(250);
      return data.organizationReport;
    }, 30_000);

    // Cases: Anna's R2 starts 10 days after R1's recovery, so it continues her case (02-05 → 02-23 = 18 days);
    // Bram 01-29 → 02-12 = 14; Eva 02-12 → 02-26 = 14; Dirk still sick.
    expect(report.cost.cases.map((c: any) => [c.firstSickDay, c.recoveryDate])).toEqual([
      ['2024-01-29', '2024-02-12'],
      ['2024-02-05', '2024-02-23'],
      ['2024-02-08', null],
      ['2024-02-12', '2024-02-26'],
    ]);
    // Returned 14, 14, 18: the median is 14; two in 1–14 days, one in 15–91.
    expect(report.timeToFullReturn).toMatchObject({ returnedCases: 3, medianDays: 14 });
    expect(report.timeToFullReturn.distribution.slice(0, 2)).toEqual([
      { durationClass: '1-14', reports: 2 },
      { durationClass: '15-91', reports: 1 },
    ]);
    // 28 days: R1 (recovered 02-10) relapsed on 02-20; R2, R3 and R5 stayed fit for their whole 28 days by 03-31. 1 ÷ 4.
    expect(report.relapseWithin28Days).toEqual({ recoveries: 4, relapses: 1, rate: 0.25 });
    // Six months: only R1's relapse is known; the others' six months have not passed by 03-31, so they wait. 1 ÷ 1.
    expect(report.relapseWithin6Months).toEqual({ recoveries: 1, relapses: 1, rate: 1 });
    // Cost at 250 a day: Bram 7 + 7 × 0.5 = 10.5 days; Anna 5 + 3 = 8; Dirk 02-08..02-10 until he left = 3;
    // Eva 7 + 7 (therapeutic days are paid in full) = 14. 35.5 days × 250 = 8,875.
    expect(report.cost.cases.map((c: any) => [c.absenceDays, c.absenceCost])).toEqual([
      [10.5, 2625],
      [8, 2000],
      [3, 750],
      [14, 3500],
    ]);
    expect(report.cost).toMatchObject({ absenceDays: 35.5, absenceCost: 8875, programmeCost: 4000, programmes: 0, programmeCostTotal: 0 });
    // Only Eva worked on a therapeutic basis (R5, 02-19..02-25): her case is marked, the others not.
    expect(report.cost.cases.map((c: any) => c.therapeuticWork)).toEqual([false, false, false, true]);
    expect(report.casesByPhase.reduce((sum: number, p: any) => sum + p.cases, 0)).toBe(4);

    // Compliance agrees with the milestones the case service shows for these cases.
    const { data } = await graphqlAs(
      caseManager,
      `query ($org: ID!) { a: employee(organizationId: $org, employeeNumber: "S1") { cases { milestones { onTime status } } }
      b: employee(organizationId: $org, employeeNumber: "S2") { cases { milestones { onTime status } } }
      d: employee(organizationId: $org, employeeNumber: "S4") { cases { milestones { onTime status } } }
      e: employee(organizationId: $org, employeeNumber: "S5") { cases { milestones { onTime status } } } }`,
      { org: organizationId },
    );
    const milestones = ['a', 'b', 'd', 'e'].flatMap((k) => data[k].cases.flatMap((c: any) => c.milestones));
    const onTime = milestones.filter((m: any) => m.onTime === true).length;
    const late = milestones.filter((m: any) => m.onTime === false || (m.onTime === null && m.status === 'OVERDUE')).length;
    expect(report.compliance).toEqual({ milestonesOnTime: onTime, milestonesLate: late, shareOnTime: onTime + late === 0 ? null : onTime / (onTime + late) });

    const other = await graphqlAs('hr@demo.test', REPORT, { org: organizationId });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('aggregates of the demo organization and suppression of small groups', () => {
  const period = { from: isoDaysFromToday(-90), to: isoDaysFromToday(0) };
  let organizationId: string;

  beforeAll(async () => {
    organizationId = required((await who('hr@demo.test')).organizationId, 'the organization of hr@demo.test');
    await eventually(async () => {
      const result = await graphqlAs('hr@demo.test', STATISTICS, { org: organizationId, ...period });
      expect(result.data.absenceStatistics.personsEmployed).toBeGreaterThanOrEqual(14);
      expect(result.data.absenceStatistics.newReports).toBeGreaterThan(0);
    }, 30_000);
  });

  it('shows the case manager the whole of Zorggroep Demo, and its departments under the same promise as everyone: none below 5', async () => {
    const { data } = await graphqlAs('hr@demo.test', STATISTICS, { org: organizationId, ...period });
    const statistics = data.absenceStatistics;
    expect(statistics.suppressed).toBe(false);
    expect(statistics.absencePercentage).toBeGreaterThan(0);
    const byName = Object.fromEntries(statistics.byDepartment.map((d: any) => [d.departmentName, d.figures]));
    // Administratie (3) and Facilitair (4) are too small; Verpleging (7) stays, as two hidden cells cannot be told apart.
    expect(byName.Administratie).toMatchObject({ suppressed: true, suppressionReason: 'GROUP_TOO_SMALL', absencePercentage: null });
    expect(byName.Facilitair).toMatchObject({ suppressed: true, suppressionReason: 'GROUP_TOO_SMALL', absencePercentage: null });
    expect(byName.Verpleging).toMatchObject({ suppressed: false });
    expect(byName.Verpleging.absencePercentage).not.toBeNull();
  });

  it('gives Mark his team (Verpleging 7, Administratie 3) and suppresses the small department and its complement', async () => {
    const { data, errors } = await graphqlAs('leidinggevende@demo.test', STATISTICS, { org: organizationId, ...period });
    expect(errors).toBeUndefined();
    const statistics = data.absenceStatistics;
    expect(statistics).toMatchObject({ suppressed: false, personsEmployed: 10 });
    const byName = Object.fromEntries(statistics.byDepartment.map((d: any) => [d.departmentName, d.figures]));
    expect(Object.keys(byName).sort()).toEqual(['Administratie', 'Verpleging']);
    expect(byName.Administratie).toMatchObject({ suppressed: true, suppressionReason: 'GROUP_TOO_SMALL', absencePercentage: null, personsEmployed: null });
    // Team minus Verpleging would reveal Administratie, so Verpleging is hidden too.
    expect(byName.Verpleging).toMatchObject({ suppressed: true, suppressionReason: 'COMPLEMENTARY', absencePercentage: null, absentDayFactor: null });

    const verpleging = statistics.byDepartment.find((d: any) => d.departmentName === 'Verpleging').departmentId;
    const alone = await graphqlAs('leidinggevende@demo.test', STATISTICS, { org: organizationId, ...period, department: verpleging });
    expect(alone.data.absenceStatistics).toMatchObject({
      suppressed: true,
      suppressionReason: 'COMPLEMENTARY',
      absencePercentage: null,
      notificationFrequency: null,
    });
  });

  it("suppresses Ingrid's team of 4 entirely, and hides another team's department from her", async () => {
    const { data } = await graphqlAs('leidinggevende2@demo.test', STATISTICS, { org: organizationId, ...period });
    expect(data.absenceStatistics).toMatchObject({
      suppressed: true,
      suppressionReason: 'GROUP_TOO_SMALL',
      absencePercentage: null,
      zeroAbsencePercentage: null,
      durationClasses: null,
    });
    expect(data.absenceStatistics.byMonth.every((m: any) => m.figures.suppressed)).toBe(true);

    const mark = await graphqlAs('leidinggevende@demo.test', STATISTICS, { org: organizationId, ...period });
    const verpleging = mark.data.absenceStatistics.byDepartment[0].departmentId;
    const { errors } = await graphqlAs('leidinggevende2@demo.test', STATISTICS, { org: organizationId, ...period, department: verpleging });
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('gives the health provider aggregates across its organizations with every group under 5 suppressed', async () => {
    const query = `query ($from: Date!, $to: Date!) { providerAbsenceStatistics(from: $from, to: $to) {
      ${FIGURES} byDepartment { departmentName figures { suppressed suppressionReason personsEmployed absencePercentage } } } }`;
    const { data, errors } = await graphqlAs('bedrijfsarts@arbo.test', query, period);
    expect(errors).toBeUndefined();
    const statistics = data.providerAbsenceStatistics;
    expect(statistics.suppressed).toBe(false);
    expect(statistics.personsEmployed).toBeGreaterThanOrEqual(14);
    for (const department of statistics.byDepartment) {
      if (department.figures.suppressed) expect(department.figures).toMatchObject({ personsEmployed: null, absencePercentage: null });
      else expect(department.figures.personsEmployed).toBeGreaterThanOrEqual(5);
    }
    expect(statistics.byDepartment.find((d: any) => d.departmentName === 'Verpleging').figures).toMatchObject({ suppressed: false, personsEmployed: 7 });
    expect(statistics.byDepartment.find((d: any) => d.departmentName === 'Facilitair').figures).toMatchObject({
      suppressed: true,
      suppressionReason: 'GROUP_TOO_SMALL',
    });

    const manager = await graphqlAs('leidinggevende@demo.test', query, period);
    expect(manager.errors).toBeDefined();
  });
});
