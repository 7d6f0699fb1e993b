import { withDatabase } from '../support/database';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization } from '../support/own-organization';
import { openOwnSchedulingCase } from '../support/own-scheduling';

jest.setTimeout(120_000);

const START = `
  mutation ($input: StartProgrammeInput!) {
    startProgramme(input: $input) { id sessions { kind startsAt programmeWeek } unplaced { week } }
  }`;

/** Belgian public holidays on weekdays that the Netherlands does not keep (Belgian holiday law, KB 18 April 1974). */
const ALL_SAINTS = '2027-11-01';
const ARMISTICE = '2027-11-11';

describe("a Belgian organization's programme", () => {
  it('is planned around Belgian public holidays, in the organization’s own calendar', async () => {
    const own = await createOwnOrganization('Belgische Zorg');
    await withDatabase('case', (db) => db.query(`UPDATE organizations SET jurisdiction = 'BE' WHERE id = $1`, [own.organizationId]));
    const caseId = await openOwnSchedulingCase(own);
    const { rows } = await withDatabase('scheduling', (db) => db.query(`SELECT jurisdiction FROM case_access WHERE case_id = $1`, [caseId]));
    expect(rows[0]?.jurisdiction).toBe('BE');

    // Monday 1 November (All Saints) is the preferred reflection day of week 1, Thursday 11 November
    // (Armistice) a dialogue day of week 2: both are working days in the Netherlands, not in Belgium.
    const started = await graphqlAs(own.coach.email, START, {
      input: { caseId, startDate: ALL_SAINTS, reflectionWeekday: 1, dialogueWeekdays: [2, 4], startTime: '10:00' },
    });
    expect(started.errors).toBeUndefined();
    const { sessions, unplaced } = started.data.startProgramme;
    expect(unplaced).toEqual([]);
    expect(sessions).toHaveLength(24);
    const days = sessions.map((s: { startsAt: string }) => s.startsAt.slice(0, 10));
    expect(days).not.toContain(ALL_SAINTS);
    expect(days).not.toContain(ARMISTICE);
    const weekOne = sessions.filter((s: { programmeWeek: number }) => s.programmeWeek === 1).map((s: { startsAt: string }) => s.startsAt.slice(0, 10));
    expect(weekOne.every((day: string) => day >= '2027-11-02' && day <= '2027-11-05')).toBe(true);
  });
});
