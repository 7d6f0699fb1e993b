import { withDatabase } from '../support/database';
import { isoDaysFromToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, openOwnCase, type OwnOrganization } from '../support/own-organization';

jest.setTimeout(120_000);

const ESCALATE = `mutation ($input: EscalateToCompanyDoctorInput!) { escalateToCompanyDoctor(input: $input) { id status urgency doctor version } }`;
const ACKNOWLEDGE = `mutation ($input: AcknowledgeEscalationInput!) { acknowledgeEscalation(input: $input) { id status acknowledgementNote version } }`;
const READ = `query ($id: ID!) { case(id: $id) { id escalations { id reason status } } }`;

describe('escalation to the company doctor', () => {
  let organization: OwnOrganization;
  let caseId: string;
  let coach: string;
  let doctor: string;
  beforeAll(async () => {
    organization = await createOwnOrganization('Escalatie');
    caseId = await openOwnCase(organization, isoDaysFromToday(-30));
    coach = organization.coach.email;
    doctor = organization.doctor.email;
  });

  it("is raised by the coach with the employee's agreement and acknowledged by the assigned doctor", async () => {
    const reason = `Klachten lijken ernstiger dan verwacht (${Date.now()}).`;
    const withoutAgreement = await graphqlAs(coach, ESCALATE, { input: { caseId, reason, urgency: 'URGENT', employeeAgreed: false } });
    expect(withoutAgreement.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'employeeAgreed' });

    const raised = (await graphqlAs(coach, ESCALATE, { input: { caseId, reason, urgency: 'URGENT', employeeAgreed: true } })).data.escalateToCompanyDoctor;
    expect(raised).toMatchObject({ status: 'OPEN', urgency: 'URGENT', doctor: organization.doctor.name, version: 1 });

    const byOtherDoctor = await graphqlAs(organization.otherDoctor.email, ACKNOWLEDGE, { input: { id: raised.id, expectedVersion: 1, note: 'x' } });
    expect(byOtherDoctor.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const acknowledged = await graphqlAs(doctor, ACKNOWLEDGE, { input: { id: raised.id, expectedVersion: 1, note: 'Ik plan deze week een consult.' } });
    expect(acknowledged.data.acknowledgeEscalation).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledgementNote: 'Ik plan deze week een consult.',
      version: 2,
    });
    const again = await graphqlAs(doctor, ACKNOWLEDGE, { input: { id: raised.id, expectedVersion: 2, note: 'nogmaals' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    for (const email of [organization.employee.email, coach, doctor]) {
      const { data } = await graphqlAs(email, READ, { id: caseId });
      expect(data.case.escalations).toEqual(expect.arrayContaining([{ id: raised.id, reason, status: 'ACKNOWLEDGED' }]));
    }

    await withDatabase('case', async (db) => {
      const { rows } = await db.query(`SELECT payload FROM outbox WHERE type = 'escalation.changed' AND payload->>'escalationId' = $1 ORDER BY position`, [
        raised.id,
      ]);
      expect(rows.map((row) => row.payload.status)).toEqual(['OPEN', 'ACKNOWLEDGED']);
      expect(JSON.stringify(rows)).not.toContain('Klachten');
    });
  });

  it.each(['manager', 'caseManager'] as const)('is kept away from the %s', async (role) => {
    const email = organization[role].email;
    const { data, errors } = await graphqlAs(email, READ, { id: caseId });
    expect(data.case).toMatchObject({ id: caseId, escalations: null });
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is raised by the assigned coach only', async () => {
    for (const email of [organization.otherCoach.email, doctor, organization.employee.email, organization.caseManager.email]) {
      const refused = await graphqlAs(email, ESCALATE, { input: { caseId, reason: 'x', urgency: 'NORMAL', employeeAgreed: true } });
      expect(refused.errors?.length).toBeGreaterThan(0);
      expect(refused.data?.escalateToCompanyDoctor ?? null).toBeNull();
    }
  });
});
