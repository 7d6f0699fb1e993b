import { withDatabase } from '../support/database';
import { isoDaysFromToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, openOwnCase, type OwnOrganization } from '../support/own-organization';

jest.setTimeout(120_000);

const RECORD = `mutation ($input: RecordProgrammeIntakeInput!) {
  recordProgrammeIntake(input: $input) { programmeIntake { id fits reason recordedBy } healthWordingWarnings { field term } } }`;
const READ = `query ($id: ID!) { case(id: $id) { programmeIntake { fits reason recordedBy } } }`;

describe('the programme intake', () => {
  let organization: OwnOrganization;
  let caseId: string;
  let coach: string;
  beforeAll(async () => {
    organization = await createOwnOrganization('Intake');
    caseId = await openOwnCase(organization, isoDaysFromToday(-30));
    coach = organization.coach.email;
  });

  it('says why the programme does not fit, names the missing reason, and warns about health-like wording', async () => {
    const noReason = await graphqlAs(coach, RECORD, { input: { caseId, fits: false } });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const medical = await graphqlAs(coach, RECORD, { input: { caseId, fits: false, reason: 'Eerst behandeling van de depressie' } });
    expect(medical.data.recordProgrammeIntake).toMatchObject({ programmeIntake: null, healthWordingWarnings: [{ field: 'reason' }] });

    const reason = 'Het werk is nu tijdelijk niet beschikbaar; eerst een andere functie zoeken.';
    const saved = await graphqlAs(coach, RECORD, { input: { caseId, fits: false, reason } });
    expect(saved.data.recordProgrammeIntake.programmeIntake).toMatchObject({ fits: false, reason, recordedBy: organization.coach.name });

    const { data } = await graphqlAs(organization.manager.email, READ, { id: caseId });
    expect(data.case.programmeIntake).toMatchObject({ fits: false, reason });

    await withDatabase('case', async (db) => {
      const { rows } = await db.query(`SELECT payload FROM outbox WHERE type = 'programme-intake.recorded' AND aggregate_id = $1`, [caseId]);
      expect(rows.map((row) => row.payload)).toEqual([expect.objectContaining({ caseId, fits: false, reason })]);
    });
  });

  it('is recorded by the assigned coach only', async () => {
    for (const email of [organization.otherCoach.email, organization.doctor.email, organization.caseManager.email, organization.manager.email]) {
      const refused = await graphqlAs(email, RECORD, { input: { caseId, fits: true } });
      expect(refused.errors?.length).toBeGreaterThan(0);
      expect(refused.data?.recordProgrammeIntake ?? null).toBeNull();
    }
  });
});
