import { withDatabase } from '../support/database';
import { ownCaseId } from '../support/dossier-fixtures';
import { graphqlAs } from '../support/gateway-client';

jest.setTimeout(30_000);

const COACH = 'coach@arbo.test';
const DOCTOR = 'bedrijfsarts@arbo.test';
const ESCALATE = `mutation ($input: EscalateToCompanyDoctorInput!) { escalateToCompanyDoctor(input: $input) { id status urgency doctor version } }`;
const ACKNOWLEDGE = `mutation ($input: AcknowledgeEscalationInput!) { acknowledgeEscalation(input: $input) { id status acknowledgementNote version } }`;
const READ = `query ($id: ID!) { case(id: $id) { id escalations { id reason status } } }`;

describe('escalation to the company doctor', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = await ownCaseId('werknemer@demo.test');
  });

  it("is raised by the coach with the employee's agreement and acknowledged by the assigned doctor", async () => {
    const reason = `Klachten lijken ernstiger dan verwacht (${Date.now()}).`;
    const withoutAgreement = await graphqlAs(COACH, ESCALATE, { input: { caseId, reason, urgency: 'URGENT', employeeAgreed: false } });
    expect(withoutAgreement.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'employeeAgreed' });

    const raised = (await graphqlAs(COACH, ESCALATE, { input: { caseId, reason, urgency: 'URGENT', employeeAgreed: true } })).data.escalateToCompanyDoctor;
    expect(raised).toMatchObject({ status: 'OPEN', urgency: 'URGENT', doctor: 'Eva Bakker', version: 1 });

    const byOtherDoctor = await graphqlAs('bedrijfsarts2@arbo.test', ACKNOWLEDGE, { input: { id: raised.id, expectedVersion: 1, note: 'x' } });
    expect(byOtherDoctor.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const acknowledged = await graphqlAs(DOCTOR, ACKNOWLEDGE, { input: { id: raised.id, expectedVersion: 1, note: 'Ik plan deze week een consult.' } });
    expect(acknowledged.data.acknowledgeEscalation).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledgementNote: 'Ik plan deze week een consult.',
      version: 2,
    });
    const again = await graphqlAs(DOCTOR, ACKNOWLEDGE, { input: { id: raised.id, expectedVersion: 2, note: 'nogmaals' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    for (const email of ['werknemer@demo.test', COACH, DOCTOR]) {
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

  it.each(['leidinggevende@demo.test', 'hr@demo.test'])('is kept away from %s', async (email) => {
    const { data, errors } = await graphqlAs(email, READ, { id: caseId });
    expect(data.case).toMatchObject({ id: caseId, escalations: null });
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is raised by the assigned coach only', async () => {
    for (const email of ['coach2@arbo.test', DOCTOR, 'werknemer@demo.test', 'hr@demo.test']) {
      const refused = await graphqlAs(email, ESCALATE, { input: { caseId, reason: 'x', urgency: 'NORMAL', employeeAgreed: true } });
      expect(refused.errors?.length).toBeGreaterThan(0);
      expect(refused.data?.escalateToCompanyDoctor ?? null).toBeNull();
    }
  });
});
