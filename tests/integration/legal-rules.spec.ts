import { addMonths, workingDayOnOrAfter } from '@terugkeer/domain';
import { graphqlAs } from '../support/gateway-client';
import { addIsoDays, isoDaysFromToday } from '../support/dates';

jest.setTimeout(30_000);

// Andere BV's demo cases: Pieter (Belgian, a 20-day progressive return), Sofie (pregnancy-related), Jan (a wage sanction).
const HR = 'hr@andere.test';

const CASES = `{ viewer { cases(first: 20) { edges { node {
  id jurisdiction firstSickDay
  sickReports { safetyNetGround }
  milestones { key kind nature dueDate originalDueDate status fulfilledOn onTime }
} } } } }`;
const REQUEST = `mutation ($input: SetReintegrationRequestInput!) { setReintegrationRequest(input: $input) { id } }`;
const EXTEND = `mutation ($input: SetWagePaymentExtensionInput!) {
  setWagePaymentExtension(input: $input) { id milestones { key dueDate originalDueDate } }
}`;

interface MilestoneView {
  key: string;
  kind: string;
  nature: string;
  dueDate: string;
  originalDueDate: string | null;
  status: string;
  fulfilledOn: string | null;
  onTime: boolean | null;
}

async function cases(): Promise<
  { id: string; jurisdiction: string; firstSickDay: string; sickReports: { safetyNetGround: string | null }[]; milestones: MilestoneView[] }[]
> {
  const { data, errors } = await graphqlAs(HR, CASES);
  expect(errors).toBeUndefined();
  return data.viewer.cases.edges.map((e: any) => e.node);
}

const milestone = (found: { milestones: MilestoneView[] }, key: string) => found.milestones.find((m) => m.key === key);

describe('Belgian case: a progressive return interrupts the incapacity', () => {
  it('counts the 3 and 9 months from the renewed incapacity, and owes the prevention service a notice instead of a questionnaire', async () => {
    const pieter = (await cases()).find((c) => c.jurisdiction === 'BE');
    if (!pieter) throw new Error('no Belgian demo case');
    // Back at 50 % from 70 to 50 days ago (20 days): art. 34 AOW and art. I.4-73 §1 Codex restart the count 50 days ago.
    const renewed = isoDaysFromToday(-50);
    expect(milestone(pieter, 'REINTEGRATION_ELIGIBLE')?.dueDate).toBe(addMonths(renewed, 3));
    expect(milestone(pieter, 'MEDICAL_FORCE_MAJEURE_ELIGIBLE')?.dueDate).toBe(addMonths(renewed, 9));
    expect(pieter.milestones.map((m) => m.kind)).not.toContain('RETURN_TO_WORK_CONTACT');
    expect(milestone(pieter, 'PREVENTION_SERVICE_NOTICE')?.nature).toBe('DEADLINE');
  });

  it('counts an early trajectory asked for by the employee as lawful and on time', async () => {
    const pieter = (await cases()).find((c) => c.jurisdiction === 'BE');
    if (!pieter) throw new Error('no Belgian demo case');
    const requestedOn = isoDaysFromToday(-2);
    const { errors } = await graphqlAs(HR, REQUEST, { input: { caseId: pieter.id, requestedOn, requestedBy: 'EMPLOYEE' } });
    expect(errors).toBeUndefined();
    const after = (await cases()).find((c) => c.id === pieter.id);
    expect(after && milestone(after, 'REINTEGRATION_ELIGIBLE')).toMatchObject({ status: 'DONE', fulfilledOn: requestedOn, onTime: true });
    expect(after && milestone(after, 'NEW_TRAJECTORY_ELIGIBLE')).toMatchObject({ dueDate: addMonths(requestedOn, 12), nature: 'EARLIEST_DATE' });

    const dutchOnly = await graphqlAs(HR, EXTEND, { input: { caseId: pieter.id, kind: 'WAGE_SANCTION', days: 10 } });
    expect(dutchOnly.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
  });
});

describe('Dutch case: extension of wage payment', () => {
  it('shows the original and the current end after a wage sanction, and moves them with a late WIA application', async () => {
    const jan = (await cases()).find((c) => c.firstSickDay === isoDaysFromToday(-760));
    if (!jan) throw new Error('no wage-sanction demo case');
    // Art. 7:629 lid 1 and 11 BW: the day after 104 weeks (D+728), plus the 182 days of sanction.
    const original = addIsoDays(jan.firstSickDay, 728);
    expect(milestone(jan, 'END_OF_WAGE_PAYMENT')).toMatchObject({ dueDate: addIsoDays(original, 182), originalDueDate: original });
    expect(milestone(jan, 'DISMISSAL_BAN_ENDS')).toMatchObject({ dueDate: addIsoDays(original, 182), originalDueDate: original });
    expect(milestone(jan, 'WIA_APPLICATION')).toMatchObject({ originalDueDate: null, status: 'DONE' });

    const late = await graphqlAs(HR, EXTEND, { input: { caseId: jan.id, kind: 'LATE_WIA_APPLICATION', days: 10 } });
    expect(late.errors).toBeUndefined();
    const end = late.data.setWagePaymentExtension.milestones.find((m: MilestoneView) => m.key === 'END_OF_WAGE_PAYMENT');
    expect(end).toMatchObject({ dueDate: addIsoDays(original, 192), originalDueDate: original });

    const tooLong = await graphqlAs(HR, EXTEND, { input: { caseId: jan.id, kind: 'WAGE_SANCTION', days: 400 } });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    const reset = await graphqlAs(HR, EXTEND, { input: { caseId: jan.id, kind: 'LATE_WIA_APPLICATION', days: 0 } });
    expect(reset.errors).toBeUndefined();
  });
});

describe('Dutch safety-net case', () => {
  it('flags the pregnancy-related report and sets its UWV notification within 6 weeks', async () => {
    const sofie = (await cases()).find((c) => c.jurisdiction === 'NL' && c.firstSickDay === isoDaysFromToday(-12));
    if (!sofie) throw new Error('no pregnancy demo case');
    expect(sofie.sickReports.map((r) => r.safetyNetGround)).toEqual(['PREGNANCY']);
    expect(milestone(sofie, 'UWV_SICKNESS_NOTIFICATION')?.dueDate).toBe(workingDayOnOrAfter(addIsoDays(sofie.firstSickDay, 42), 'NL'));
  });
});
