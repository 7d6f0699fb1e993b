import { addIsoDays, isoDaysFromToday } from '../support/dates';
import { eventually } from '../support/case-events';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, type OwnOrganization } from '../support/own-organization';

jest.setTimeout(120_000);

let own: OwnOrganization;

beforeAll(async () => {
  own = await createOwnOrganization('Wettelijke Regels');
});

const as = async (email: string, query: string, variables?: Record<string, unknown>) => {
  const { data, errors } = await graphqlAs(email, query, variables);
  if (errors?.length) throw new Error(errors.map((e) => `${e.message} ${JSON.stringify(e.extensions)}`).join('; '));
  return data;
};

/** A pregnancy-related sick report (safety-net ground PREGNANCY), reported by the manager. */
async function pregnancyCase(firstSickDay: string): Promise<string> {
  const data = await as(own.manager.email, `mutation ($input: RecordSickReportInput!) { recordSickReport(input: $input) { saved case { id } } }`, {
    input: { employeeId: own.employee.employeeId, firstSickDay, safetyNetGround: 'PREGNANCY' },
  });
  return data.recordSickReport.case.id;
}

const LEAVE = `mutation ($input: SetMaternityLeaveInput!) {
  setMaternityLeave(input: $input) { id maternityLeave { expectedDeliveryDate leaveFrom leaveUntil } milestones { key dueDate } }
}`;

describe('pregnancy: the maternity leave on the case', () => {
  it('moves the UWV notification of a pregnancy-related illness to the 4th day of the flexibility period, and refuses a leave Wazo does not allow', async () => {
    const firstSickDay = isoDaysFromToday(-5);
    const caseId = await pregnancyCase(firstSickDay);
    const expected = addIsoDays(firstSickDay, 60);
    // Flexibility period from expected − 42 days; leave from expected − 35 for 16 weeks (112 days, last day + 111).
    const leave = { expectedDeliveryDate: expected, leaveFrom: addIsoDays(expected, -35), leaveUntil: addIsoDays(expected, -35 + 111) };
    const set = await as(own.caseManager.email, LEAVE, { input: { caseId, ...leave } });
    expect(set.setMaternityLeave.maternityLeave).toEqual(leave);
    const notification = set.setMaternityLeave.milestones.find((m: { key: string }) => m.key === 'UWV_SICKNESS_NOTIFICATION');
    // PREGNANCY_NOTIFICATION_RULES SICK_BEFORE_FLEXIBILITY_PERIOD: its 4th day, flexibility start + 3.
    expect(notification.dueDate).toBe(addIsoDays(expected, -42 + 3));

    const tooEarly = await graphqlAs(own.caseManager.email, LEAVE, { input: { caseId, ...leave, leaveFrom: addIsoDays(expected, -50) } });
    expect(tooEarly.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leaveFrom' });
    const tooShort = await graphqlAs(own.caseManager.email, LEAVE, { input: { caseId, ...leave, leaveUntil: addIsoDays(leave.leaveFrom, 100) } });
    expect(tooShort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leaveUntil' });
    const byManager = await graphqlAs(own.manager.email, LEAVE, { input: { caseId, ...leave } });
    expect(byManager.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const removed = await as(own.caseManager.email, LEAVE, { input: { caseId, expectedDeliveryDate: null } });
    expect(removed.setMaternityLeave.maternityLeave).toBeNull();
    const back = removed.setMaternityLeave.milestones.find((m: { key: string }) => m.key === 'UWV_SICKNESS_NOTIFICATION');
    // The safety net's own term again: within 6 weeks, moved to a working day.
    expect(back.dueDate >= addIsoDays(firstSickDay, 42)).toBe(true);
  });
});

describe('statistics: pregnancy left out of the absence percentage on the organization’s choice', () => {
  it('counts the pregnancy-related days by default (NVS) and leaves them out once the organization chooses CBS', async () => {
    const organizationId = own.organizationId;
    const period = { from: isoDaysFromToday(-3), to: isoDaysFromToday(-1) };
    const STATISTICS = `query ($organizationId: ID!, $from: Date!, $to: Date!) {
      absenceStatistics(organizationId: $organizationId, from: $from, to: $to) { absencePercentage absentDayFactor }
    }`;
    const SETTINGS = `mutation ($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { excludePregnancyFromAbsencePercentage } }`;
    // The pregnancy case of the test above is sick on each of these days.
    const counted = await eventually(async () => {
      const data = await as(own.caseManager.email, STATISTICS, { organizationId, ...period });
      if (!(data.absenceStatistics.absentDayFactor > 0)) throw new Error('the sick report has not reached the statistics yet');
      return data.absenceStatistics;
    });
    const set = await as(own.caseManager.email, SETTINGS, { input: { organizationId, fullTimeHours: 36, excludePregnancyFromAbsencePercentage: true } });
    expect(set.updateOrganizationSettings.excludePregnancyFromAbsencePercentage).toBe(true);
    const excluded = await eventually(async () => {
      const data = await as(own.caseManager.email, STATISTICS, { organizationId, ...period });
      if (data.absenceStatistics.absentDayFactor !== 0) throw new Error('the option has not reached the statistics yet');
      return data.absenceStatistics;
    });
    expect(excluded.absencePercentage).toBe(0);
    expect(counted.absencePercentage).toBeGreaterThan(0);
  });
});

describe('retention: an own-risk bearer for the WGA', () => {
  it('keeps its own, longer term beside the Ziektewet own-risk bearer’s', async () => {
    const POLICY = `mutation ($input: UpdateRetentionPolicyInput!) {
      updateRetentionPolicy(input: $input) { ownRiskBearer wgaOwnRiskBearer dossierYears ownRiskBearerDossierYears wgaOwnRiskBearerDossierYears medicalNotesYears }
    }`;
    const base = { organizationId: own.organizationId, ownRiskBearer: true, dossierYears: 2, ownRiskBearerDossierYears: 5, medicalNotesYears: 20 };
    const defaults = await as(own.caseManager.email, POLICY, { input: { ...base, wgaOwnRiskBearer: true } });
    // RETENTION_TERMS: 10 years for the WGA own-risk bearer unless the organization sets another term.
    expect(defaults.updateRetentionPolicy).toMatchObject({ wgaOwnRiskBearer: true, wgaOwnRiskBearerDossierYears: 10, ownRiskBearerDossierYears: 5 });
    const read = await as(
      own.caseManager.email,
      `{ viewer { memberships { organization { id retentionPolicy { wgaOwnRiskBearer wgaOwnRiskBearerDossierYears } } } } }`,
    );
    const organization = read.viewer.memberships.map((m: any) => m.organization).find((o: any) => o?.id === own.organizationId && o.retentionPolicy);
    expect(organization.retentionPolicy).toEqual({ wgaOwnRiskBearer: true, wgaOwnRiskBearerDossierYears: 10 });
    const tooLong = await graphqlAs(own.caseManager.email, POLICY, { input: { ...base, wgaOwnRiskBearer: true, wgaOwnRiskBearerDossierYears: 31 } });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'wgaOwnRiskBearerDossierYears' });
  });
});

describe('an expert opinion of UWV (deskundigenoordeel)', () => {
  it('is recorded on the case with who asked, the question and later the outcome; each party asks only what it may', async () => {
    const caseId = await as(own.employee.email, '{ viewer { cases(first: 1) { edges { node { id } } } } }').then((d) => d.viewer.cases.edges[0].node.id);
    const REQUEST = `mutation ($input: RequestExpertOpinionInput!) { requestExpertOpinion(input: $input) { id expertOpinions { id requestedBy subject question requestedOn outcome decidedOn } } }`;
    const requestedOn = isoDaysFromToday(-1);
    const asked = await as(own.caseManager.email, REQUEST, {
      input: {
        caseId,
        requestedBy: 'EMPLOYEE',
        subject: 'EMPLOYER_REINTEGRATION_EFFORTS',
        question: 'Doet de werkgever genoeg om passend werk te vinden?',
        requestedOn,
      },
    });
    const [opinion] = asked.requestExpertOpinion.expertOpinions;
    expect(opinion).toMatchObject({ requestedBy: 'EMPLOYEE', subject: 'EMPLOYER_REINTEGRATION_EFFORTS', requestedOn, outcome: null, decidedOn: null });

    // art. 32 Wet SUWI: the employer does not ask UWV about its own efforts.
    const ownEfforts = await graphqlAs(own.caseManager.email, REQUEST, {
      input: { caseId, requestedBy: 'EMPLOYER', subject: 'EMPLOYER_REINTEGRATION_EFFORTS', question: 'Doen wij genoeg?', requestedOn },
    });
    expect(ownEfforts.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subject' });

    const OUTCOME = `mutation ($input: RecordExpertOpinionOutcomeInput!) { recordExpertOpinionOutcome(input: $input) { expertOpinions { id outcome decidedOn } } }`;
    const early = await graphqlAs(own.caseManager.email, OUTCOME, {
      input: { expertOpinionId: opinion.id, outcome: 'Voldoende.', decidedOn: isoDaysFromToday(-2) },
    });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decidedOn' });
    const decided = await as(own.caseManager.email, OUTCOME, {
      input: { expertOpinionId: opinion.id, outcome: 'De inspanningen van de werkgever zijn voldoende.', decidedOn: isoDaysFromToday(0) },
    });
    expect(decided.recordExpertOpinionOutcome.expertOpinions).toEqual([
      { id: opinion.id, outcome: 'De inspanningen van de werkgever zijn voldoende.', decidedOn: isoDaysFromToday(0) },
    ]);
    const seenByEmployee = await as(own.employee.email, `query ($id: ID!) { case(id: $id) { expertOpinions { subject outcome } } }`, { id: caseId });
    expect(seenByEmployee.case.expertOpinions).toHaveLength(1);
    const byManager = await graphqlAs(own.manager.email, REQUEST, {
      input: { caseId, requestedBy: 'EMPLOYER', subject: 'SUITABLE_WORK', question: 'Is het werk passend?', requestedOn },
    });
    expect(byManager.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
