import { withDatabase } from '../support/database';
import { zorggroepCaseId } from '../support/dossier-fixtures';
import { graphqlAs } from '../support/gateway-client';

jest.setTimeout(30_000);

const COACH = 'coach@arbo.test';
const RECORD = `mutation ($input: RecordProgrammeIntakeInput!) {
  recordProgrammeIntake(input: $input) { programmeIntake { id fits reason recordedBy } healthWordingWarnings { field term } } }`;
const READ = `query ($id: ID!) { case(id: $id) { programmeIntake { fits reason recordedBy } } }`;

describe('the programme intake', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = await zorggroepCaseId('Lisa van Dijk');
  });

  it('says why the programme does not fit, names the missing reason, and warns about health-like wording', async () => {
    const noReason = await graphqlAs(COACH, RECORD, { input: { caseId, fits: false } });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const medical = await graphqlAs(COACH, RECORD, { input: { caseId, fits: false, reason: 'Eerst behandeling van de depressie' } });
    expect(medical.data.recordProgrammeIntake).toMatchObject({ programmeIntake: null, healthWordingWarnings: [{ field: 'reason' }] });

    const reason = 'Het werk is nu tijdelijk niet beschikbaar; eerst een andere functie zoeken.';
    const saved = await graphqlAs(COACH, RECORD, { input: { caseId, fits: false, reason } });
    expect(saved.data.recordProgrammeIntake.programmeIntake).toMatchObject({ fits: false, reason, recordedBy: 'Joost Visser' });

    const { data } = await graphqlAs('leidinggevende@demo.test', READ, { id: caseId });
    expect(data.case.programmeIntake).toMatchObject({ fits: false, reason });

    await withDatabase('case', async (db) => {
      const { rows } = await db.query(`SELECT payload FROM outbox WHERE type = 'programme-intake.recorded' AND aggregate_id = $1`, [caseId]);
      expect(rows.map((row) => row.payload)).toEqual([expect.objectContaining({ caseId, fits: false, reason })]);
    });
  });

  it('is recorded by the assigned coach only', async () => {
    for (const email of ['coach2@arbo.test', 'bedrijfsarts@arbo.test', 'hr@demo.test', 'leidinggevende@demo.test']) {
      const refused = await graphqlAs(email, RECORD, { input: { caseId, fits: true } });
      expect(refused.errors?.length).toBeGreaterThan(0);
      expect(refused.data?.recordProgrammeIntake ?? null).toBeNull();
    }
  });
});
