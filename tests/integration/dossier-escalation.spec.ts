import { withDatabase } from '../support/database';
import { isoDaysFromToday, isoToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, openOwnCase, type OwnOrganization } from '../support/own-organization';

jest.setTimeout(120_000);

const ESCALATE = `mutation ($input: EscalateToCompanyDoctorInput!) {
  escalateToCompanyDoctor(input: $input) { id status urgency doctor version agreementWay employeeAgreedOn }
}`;
const ANSWER = `mutation ($input: AnswerEscalationRequestInput!) {
  answerEscalationRequest(input: $input) { id status version agreementWay employeeAgreedOn declinedAt }
}`;
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

  it("is raised by the coach with the employee's recorded agreement and acknowledged by the assigned doctor", async () => {
    const reason = `Klachten lijken ernstiger dan verwacht (${Date.now()}).`;
    const tomorrow = await graphqlAs(coach, ESCALATE, {
      input: { caseId, reason, urgency: 'URGENT', recordedAgreement: { way: 'BY_PHONE', agreedOn: isoDaysFromToday(1) } },
    });
    expect(tomorrow.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recordedAgreement.agreedOn', reasonCode: 'IN_FUTURE' });

    const agreedOn = isoDaysFromToday(-1);
    const raised = (await graphqlAs(coach, ESCALATE, { input: { caseId, reason, urgency: 'URGENT', recordedAgreement: { way: 'IN_TALK', agreedOn } } })).data
      .escalateToCompanyDoctor;
    expect(raised).toMatchObject({
      status: 'OPEN',
      urgency: 'URGENT',
      doctor: organization.doctor.name,
      version: 1,
      agreementWay: 'IN_TALK',
      employeeAgreedOn: agreedOn,
    });

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

  it("without a recorded agreement waits for the employee, out of the doctor's sight until she agrees on her own screen", async () => {
    const reason = `De opbouw stokt; de bedrijfsarts kan meekijken (${Date.now()}).`;
    const asked = (await graphqlAs(coach, ESCALATE, { input: { caseId, reason, urgency: 'NORMAL' } })).data.escalateToCompanyDoctor;
    expect(asked).toMatchObject({ status: 'AWAITING_EMPLOYEE', agreementWay: null, employeeAgreedOn: null, version: 1 });

    const doctorsView = async () => (await graphqlAs(doctor, READ, { id: caseId })).data.case.escalations.map((e: { id: string }) => e.id);
    expect(await doctorsView()).not.toContain(asked.id);
    const tooEarly = await graphqlAs(doctor, ACKNOWLEDGE, { input: { id: asked.id, expectedVersion: 1, note: 'x' } });
    expect(tooEarly.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const email of [coach, organization.manager.email, organization.otherManager.email]) {
      const refused = await graphqlAs(email, ANSWER, { input: { id: asked.id, expectedVersion: 1, agree: true } });
      expect(refused.errors?.length).toBeGreaterThan(0);
      expect(refused.data?.answerEscalationRequest ?? null).toBeNull();
    }

    const stale = await graphqlAs(organization.employee.email, ANSWER, { input: { id: asked.id, expectedVersion: 7, agree: true } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const agreed = (await graphqlAs(organization.employee.email, ANSWER, { input: { id: asked.id, expectedVersion: 1, agree: true } })).data
      .answerEscalationRequest;
    expect(agreed).toMatchObject({ status: 'OPEN', version: 2, agreementWay: 'EMPLOYEE_SCREEN', employeeAgreedOn: isoToday(), declinedAt: null });
    expect(await doctorsView()).toContain(asked.id);
    const again = await graphqlAs(organization.employee.email, ANSWER, { input: { id: asked.id, expectedVersion: 2, agree: false } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reasonCode: 'NOT_AWAITING_EMPLOYEE' });
  });

  it('declined by the employee never reaches the doctor', async () => {
    const asked = (await graphqlAs(coach, ESCALATE, { input: { caseId, reason: 'Graag meekijken bij de opbouw.', urgency: 'NORMAL' } })).data
      .escalateToCompanyDoctor;
    const declined = (await graphqlAs(organization.employee.email, ANSWER, { input: { id: asked.id, expectedVersion: 1, agree: false } })).data
      .answerEscalationRequest;
    expect(declined).toMatchObject({ status: 'DECLINED', agreementWay: null, employeeAgreedOn: null });
    expect(declined.declinedAt).toEqual(expect.any(String));
    const { data } = await graphqlAs(doctor, READ, { id: caseId });
    expect(data.case.escalations.map((e: { id: string }) => e.id)).not.toContain(asked.id);
    const coachView = (await graphqlAs(coach, READ, { id: caseId })).data.case.escalations;
    expect(coachView).toEqual(expect.arrayContaining([expect.objectContaining({ id: asked.id, status: 'DECLINED' })]));
  });

  it.each(['manager', 'caseManager'] as const)('is kept away from the %s', async (role) => {
    const email = organization[role].email;
    const { data, errors } = await graphqlAs(email, READ, { id: caseId });
    expect(data.case).toMatchObject({ id: caseId, escalations: null });
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is raised by the assigned coach only', async () => {
    for (const email of [organization.otherCoach.email, doctor, organization.employee.email, organization.caseManager.email]) {
      const refused = await graphqlAs(email, ESCALATE, { input: { caseId, reason: 'x', urgency: 'NORMAL' } });
      expect(refused.errors?.length).toBeGreaterThan(0);
      expect(refused.data?.escalateToCompanyDoctor ?? null).toBeNull();
    }
  });
});
