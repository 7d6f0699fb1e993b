import { graphqlAs } from '../support/gateway-client';
import { sanneCaseId } from '../support/scheduling-fixtures';

jest.setTimeout(30_000);

const SANNE = 'werknemer@demo.test';
const COACH = 'coach@arbo.test';

describe('a refused input through the gateway', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = await sanneCaseId();
  });

  it.each<[string, string, string, () => Record<string, unknown>, string, string, Record<string, string | number>]>([
    [
      'a too long medical note (case)',
      'bedrijfsarts@arbo.test',
      'mutation ($input: AddMedicalNoteInput!) { addMedicalNote(input: $input) { id } }',
      () => ({ input: { caseId, text: 'x'.repeat(20_001) } }),
      'text',
      'TOO_LONG',
      { max: 20_000 },
    ],
    [
      'an empty statement (case)',
      SANNE,
      'mutation ($input: AddEmployeeStatementInput!) { addEmployeeStatement(input: $input) { id } }',
      () => ({ input: { caseId, text: '   ' } }),
      'text',
      'EMPTY',
      {},
    ],
    [
      'a score off the scale, a rule of the domain (case)',
      SANNE,
      'mutation ($input: RecordCheckInInput!) { recordCheckIn(input: $input) { checkIn { id } } }',
      () => ({ input: { caseId, energy: 11, mood: 5, sleep: 5, demands: 5, autonomy: 5, recognition: 5, socialSupport: 5 } }),
      'energy',
      'OUT_OF_RANGE',
      { min: 1, max: 10 },
    ],
    [
      'too large a page (case)',
      SANNE,
      '{ viewer { cases(first: 101) { edges { node { id } } } } }',
      () => ({}),
      'first',
      'NOT_AN_INTEGER',
      { min: 0, max: 100 },
    ],
    [
      'an appointment that ends before it starts (scheduling)',
      COACH,
      'query ($input: AppointmentTimeInput!) { appointmentConflicts(input: $input) { userId } }',
      () => ({ input: { caseId, startsAt: '2030-01-07T10:00:00Z', endsAt: '2030-01-07T09:00:00Z', participantUserIds: [] } }),
      'endsAt',
      'BEFORE_START',
      { start: 'startsAt' },
    ],
    [
      'a reversed period (reporting)',
      COACH,
      'query ($from: Date!, $to: Date!) { providerAbsenceStatistics(from: $from, to: $to) { periodDays } }',
      () => ({ from: '2024-03-01', to: '2024-02-01' }),
      'to',
      'BEFORE_START',
      { start: 'from' },
    ],
    [
      'a NUL byte in free text (case)',
      SANNE,
      'mutation ($input: AddEmployeeStatementInput!) { addEmployeeStatement(input: $input) { id } }',
      () => ({ input: { caseId, text: 'Het gaat\u0000 beter' } }),
      'text',
      'CONTROL_CHARACTER',
      { character: 'U+0000' },
    ],
    [
      'an escape character in a moment (scheduling)',
      COACH,
      'query ($input: AppointmentTimeInput!) { appointmentConflicts(input: $input) { userId } }',
      () => ({ input: { caseId, startsAt: '2030-01-07T09:00:00Z\u001b[2J', endsAt: '2030-01-07T10:00:00Z', participantUserIds: [] } }),
      'startsAt',
      'CONTROL_CHARACTER',
      { character: 'U+001B' },
    ],
    [
      'a line break in a date (reporting)',
      COACH,
      'query ($from: Date!, $to: Date!) { providerAbsenceStatistics(from: $from, to: $to) { periodDays } }',
      () => ({ from: '2024-01-01\n', to: '2024-02-01' }),
      'from',
      'CONTROL_CHARACTER',
      { character: 'U+000A' },
    ],
  ])('%s names the field, the reason code and its values', async (_name, email, query, variables, field, reasonCode, values) => {
    const { errors } = await graphqlAs(email, query, variables());
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reasonCode });
    expect(errors![0].extensions!.values).toEqual(values);
    expect(errors![0].extensions!.reason).toEqual(expect.any(String));
    expect(errors![0].message).toBe(`${field}: ${errors![0].extensions!.reason}`);
  });

  it.each([
    ['a moment on 30 February (scheduling)', '{ myAppointments(from: "2025-02-30T09:00:00Z") { id } }', {}, 'NOT_A_DATE_TIME'],
    ['a day without a time (scheduling)', 'query ($from: DateTime) { myAppointments(from: $from) { id } }', { from: '2025-02-30' }, 'NOT_A_DATE_TIME'],
    ['a date on 30 February (reporting)', 'query ($from: Date!) { providerAbsenceStatistics(from: $from, to: "2025-12-31") { periodDays } }', { from: '2025-02-30' }, 'NOT_A_DATE'],
  ])('refuses %s at the scalar, with its reason code', async (_name, query, variables, reasonCode) => {
    const { data, errors } = await graphqlAs(COACH, query, variables);
    expect(data ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reasonCode, values: {} });
  });

  it('names the signal the plan does not know', async () => {
    const { errors } = await graphqlAs(SANNE, 'mutation ($input: RecordCheckInInput!) { recordCheckIn(input: $input) { checkIn { id } } }', {
      input: { caseId, energy: 5, mood: 5, sleep: 5, demands: 5, autonomy: 5, recognition: 5, socialSupport: 5, signalIds: ['verzonnen'] },
    });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'signalIds', reasonCode: 'UNKNOWN_SIGNAL', values: { signal: 'verzonnen' } });
  });
});
