import { withDatabase } from '../support/database';
import { isoDaysFromToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, openOwnCase, type OwnOrganization } from '../support/own-organization';

jest.setTimeout(120_000);

/** The analyses are recorded on a case of the test's own, opened 30 days ago: none is due or recorded yet. */
let organization: OwnOrganization;
let ownCaseId: string;
let doctor: string;
beforeAll(async () => {
  organization = await createOwnOrganization('Probleemanalyse');
  ownCaseId = await openOwnCase(organization, isoDaysFromToday(-30));
  doctor = organization.doctor.email;
});
const RECORD = `mutation ($input: RecordProblemAnalysisInput!) {
  recordProblemAnalysis(input: $input) {
    problemAnalysis { id version occasion recordedOn recordedBy capabilityProfile { possibilities limitations advice } }
    healthWordingWarnings { field term category }
  } }`;
const PROFILE = `query ($id: ID!) { case(id: $id) { capabilityProfile { version possibilities limitations expectedDuration advice } problemAnalyses { version occasion } } }`;

const profile = {
  possibilities: ['Kan zelfstandig administratief werk doen', 'Kan twee uur achter elkaar geconcentreerd werken'],
  limitations: ['Nog geen avond- en nachtdiensten', 'Geen tijdsdruk'],
  expectedDuration: 'ongeveer drie maanden',
  advice: 'Start met korte dagdelen en bouw elke twee weken op.',
};

async function latestVersion(caseId: string): Promise<number> {
  const { data } = await graphqlAs(doctor, PROFILE, { id: caseId });
  return data.case.problemAnalyses.at(-1)?.version ?? 0;
}

describe('the problem analysis', () => {
  it('is recorded by the assigned doctor, fulfils PROBLEM_ANALYSIS once, and an update is a new version', async () => {
    const caseId = ownCaseId;
    const first = await graphqlAs(doctor, RECORD, { input: { caseId, expectedVersion: 0, ...profile } });
    expect(first.errors).toBeUndefined();
    expect(first.data.recordProblemAnalysis).toMatchObject({
      problemAnalysis: { version: 1, occasion: 'INITIAL', recordedBy: organization.doctor.name },
      healthWordingWarnings: [],
    });

    const withoutOccasion = await graphqlAs(doctor, RECORD, { input: { caseId, expectedVersion: 1, ...profile } });
    expect(withoutOccasion.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occasion' });
    const update = await graphqlAs(doctor, RECORD, {
      input: { caseId, expectedVersion: 1, occasion: 'RELAPSE', ...profile, limitations: ['Geen tijdsdruk', 'Maximaal vier uur per dag'] },
    });
    expect(update.data.recordProblemAnalysis.problemAnalysis).toMatchObject({ version: 2, occasion: 'RELAPSE' });
    const stale = await graphqlAs(doctor, RECORD, { input: { caseId, expectedVersion: 1, occasion: 'CHANGE', ...profile } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const { data } = await graphqlAs(organization.manager.email, PROFILE, { id: caseId });
    expect(data.case.capabilityProfile).toMatchObject({ version: 2, limitations: ['Geen tijdsdruk', 'Maximaal vier uur per dag'] });
    expect(data.case.problemAnalyses.map((a: { occasion: string }) => a.occasion)).toEqual(['INITIAL', 'RELAPSE']);

    await withDatabase('case', async (db) => {
      const { rows } = await db.query(
        `SELECT f.fulfilled_on::text AS "on", f.record_id = a.id::text AS "byFirst"
           FROM milestone_fulfilments f JOIN problem_analyses a ON a.case_id = f.case_id AND a.version = 1
          WHERE f.case_id = $1 AND f.milestone_key = 'PROBLEM_ANALYSIS'`,
        [caseId],
      );
      expect(rows).toEqual([{ on: first.data.recordProblemAnalysis.problemAnalysis.recordedOn, byFirst: true }]);
      const events = await db.query(`SELECT payload FROM outbox WHERE type = 'problem-analysis.recorded' AND aggregate_id = $1 ORDER BY position`, [caseId]);
      expect(events.rows.map((row) => row.payload.version)).toEqual([1, 2]);
      expect(events.rows[1].payload).toMatchObject({ limitations: ['Geen tijdsdruk', 'Maximaal vier uur per dag'], advice: profile.advice });
    });
  });

  it('holds back health-like wording with warnings naming the field, and saves it once acknowledged', async () => {
    const caseId = ownCaseId;
    const expectedVersion = await latestVersion(caseId);
    const input = {
      caseId,
      expectedVersion,
      occasion: expectedVersion ? 'CHANGE' : null,
      ...profile,
      limitations: ['Geen tijdsdruk', 'Heeft last van een burn-out en slapeloosheid'],
    };
    const warned = await graphqlAs(doctor, RECORD, { input });
    expect(warned.data.recordProblemAnalysis.problemAnalysis).toBeNull();
    expect(warned.data.recordProblemAnalysis.healthWordingWarnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'limitations[1]', term: 'burn-out', category: 'DIAGNOSIS' })]),
    );
    expect(await latestVersion(caseId)).toBe(expectedVersion);

    const acknowledged = await graphqlAs(doctor, RECORD, { input: { ...input, acknowledgeHealthWording: true } });
    expect(acknowledged.data.recordProblemAnalysis.problemAnalysis.version).toBe(expectedVersion + 1);
  });

  it('is written by the assigned company doctor only', async () => {
    const caseId = ownCaseId;
    const input = { caseId, expectedVersion: await latestVersion(caseId), occasion: 'CHANGE', ...profile };
    for (const email of [organization.otherDoctor.email, organization.coach.email, organization.caseManager.email, organization.employee.email]) {
      const refused = await graphqlAs(email, RECORD, { input });
      expect(refused.errors?.length).toBeGreaterThan(0);
      expect(refused.data?.recordProblemAnalysis ?? null).toBeNull();
    }
    const empty = await graphqlAs(doctor, RECORD, { input: { ...input, possibilities: ['Kan plannen', ''] } });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'possibilities[1]' });
    for (const recordedOn of ['2099-01-01', '2000-01-01']) {
      const outOfCase = await graphqlAs(doctor, RECORD, { input: { ...input, recordedOn } });
      expect(outOfCase.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recordedOn' });
    }
  });

  it('shows the capability profile to everyone on the case and to no one else', async () => {
    const caseId = ownCaseId;
    for (const email of [organization.employee.email, organization.manager.email, organization.caseManager.email, doctor, organization.coach.email]) {
      const { data, errors } = await graphqlAs(email, PROFILE, { id: caseId });
      expect(errors).toBeUndefined();
      expect(data.case.capabilityProfile.advice).toEqual(expect.any(String));
    }
    const outsiders = [organization.otherManager.email, organization.otherDoctor.email, organization.otherCoach.email, 'hr@andere.test', 'collega@demo.test'];
    for (const email of outsiders) {
      const { data } = await graphqlAs(email, PROFILE, { id: caseId });
      expect(data.case).toBeNull();
    }
  });
});
