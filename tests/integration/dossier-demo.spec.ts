import { withDatabase } from '../support/database';
import { ownCaseId } from '../support/dossier-fixtures';
import { graphqlAs } from '../support/gateway-client';

jest.setTimeout(30_000);

const SANNE_DOSSIER = `query ($id: ID!) { case(id: $id) {
  firstSickDay
  problemAnalyses { version recordedOn }
  capabilityProfile { limitations advice }
  actionPlan {
    signed { number signatures { role name } evaluationEveryWeeks employeeView
      hourAgreements { hoursPerWeek homeHours locationHours therapeutic } contactAgreement { frequency purpose } }
    latest { number status }
  }
  programmeIntake { fits }
  escalations { status acknowledgementNote }
} }`;

const sickDay = (firstSickDay: string, date: string) => (Date.parse(date) - Date.parse(firstSickDay)) / 86_400_000 + 1;

describe("Sanne's demo dossier", () => {
  it('has a timely problem analysis, a signed plan of action with a draft in progress, an intake and an acknowledged escalation', async () => {
    const caseId = await ownCaseId('werknemer@demo.test');
    const { data, errors } = await graphqlAs('werknemer@demo.test', SANNE_DOSSIER, { id: caseId });
    expect(errors).toBeUndefined();
    const dossier = data.case;
    // Other specs may add later versions or escalations to this case meanwhile; the demo's come first.
    expect(dossier.problemAnalyses[0].version).toBe(1);
    expect(sickDay(dossier.firstSickDay, dossier.problemAnalyses[0].recordedOn)).toBeLessThanOrEqual(42);
    expect(dossier.capabilityProfile.advice).toEqual(expect.any(String));
    expect(dossier.actionPlan.signed).toMatchObject({
      number: 1,
      evaluationEveryWeeks: 6,
      employeeView: expect.any(String),
      contactAgreement: { frequency: 'WEEKLY' },
    });
    expect(dossier.actionPlan.signed.hourAgreements.map((a: { hoursPerWeek: number }) => a.hoursPerWeek)).toEqual([8, 12, 16, 20]);
    expect(dossier.actionPlan.signed.signatures.map((s: { name: string }) => s.name).sort()).toEqual(['Mark Jansen', 'Sanne de Vries']);
    // The manager's browser journey may already have signed version 2 in this run.
    expect(dossier.actionPlan.latest.number).toBe(2);
    expect(['DRAFT', 'PARTLY_SIGNED']).toContain(dossier.actionPlan.latest.status);
    expect(dossier.programmeIntake).toEqual({ fits: true });
    expect(dossier.escalations[0]).toEqual({ status: 'ACKNOWLEDGED', acknowledgementNote: expect.any(String) });

    const exported = (await graphqlAs('werknemer@demo.test', '{ myPersonalDataExport { dossier } }')).data.myPersonalDataExport.dossier;
    expect(exported.actionPlanVersions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    expect(exported.actionPlanVersions[0].signatures).toHaveLength(2);
    expect(exported.problemAnalyses[0]).toMatchObject({ version: 1, advice: expect.any(String) });
    expect(exported.programmeIntakes).toEqual([expect.objectContaining({ fits: true })]);
    expect(exported.escalations[0]).toMatchObject({ status: 'ACKNOWLEDGED' });
    expect(JSON.stringify(exported)).not.toContain('Spreekuur');

    const notes = await graphqlAs('bedrijfsarts@arbo.test', `query ($id: ID!) { case(id: $id) { medicalNotes { author } } }`, { id: caseId });
    expect(notes.data.case.medicalNotes[0]).toEqual({ author: 'Eva Bakker' });

    await withDatabase('case', async (db) => {
      const { rows } = await db.query(
        `SELECT milestone_key AS key, fulfilled_on - c.first_sick_day + 1 AS "sickDay"
           FROM milestone_fulfilments f JOIN cases c ON c.id = f.case_id
          WHERE f.case_id = $1 AND milestone_key IN ('ACTION_PLAN', 'PROBLEM_ANALYSIS') ORDER BY 1`,
        [caseId],
      );
      // A browser test records an evaluation of this plan too; the demo's own steps are these.
      expect(rows).toEqual([
        { key: 'ACTION_PLAN', sickDay: expect.any(Number) },
        { key: 'PROBLEM_ANALYSIS', sickDay: expect.any(Number) },
      ]);
      expect(rows[0].sickDay).toBeLessThanOrEqual(56);
      expect(rows[1].sickDay).toBeLessThanOrEqual(42);
      const events = await db.query(
        `SELECT type, count(*)::int AS n FROM outbox WHERE aggregate_id = $1 AND type NOT LIKE 'case.%' GROUP BY type ORDER BY type`,
        [caseId],
      );
      expect(events.rows).toEqual(
        expect.arrayContaining([
          { type: 'action-plan.version-changed', n: expect.any(Number) },
          { type: 'escalation.changed', n: expect.any(Number) },
          { type: 'problem-analysis.recorded', n: expect.any(Number) },
          { type: 'programme-intake.recorded', n: expect.any(Number) },
        ]),
      );
    });
  });
});
