import { required } from '@terugkeer/domain';
import { Client } from 'pg';
import { eventually, publishCaseEvent } from '../support/case-events';
import { isoDaysFromToday, isoToday } from '../support/dates';
import { clientToken, createAnalyticsClient, lastTwoYears, SERIES_QUERY } from '../support/analytics-client';
import { withDatabase } from '../support/database';
import { createOwnOrganization, type OwnOrganization } from '../support/own-organization';
import { appliedBy, deadLettersOf, outboxEvents, outboxMark, type OutboxEvent, type ServiceSchema } from '../support/event-log';
import { gatewayUrl, graphqlAs } from '../support/gateway-client';
import { mondayInWeeks } from '../support/scheduling-fixtures';
import { runTerugkeer } from '../support/terugkeer-command';

jest.setTimeout(120_000);

const SUBGRAPHS: readonly ServiceSchema[] = ['case', 'scheduling', 'reporting'];

interface ConsumedType {
  service: ServiceSchema;
  type: string;
}

/**
 * Every (consuming service, event type) pair, as the services registered them in the shared
 * queue: a service subscribes its queue `<service>.<name>` to each event type it consumes.
 */
async function consumedTypes(): Promise<ConsumedType[]> {
  const client = new Client({ connectionString: required(process.env.DATABASE_URL, 'DATABASE_URL') });
  await client.connect();
  try {
    const { rows } = await client.query<{ event: string; name: string }>(`SELECT event, name FROM pgboss.subscription ORDER BY name, event`);
    return rows.map((row) => ({ service: row.name.split('.')[0] as ServiceSchema, type: row.event })).filter((pair) => SUBGRAPHS.includes(pair.service));
  } finally {
    await client.end();
  }
}

/** What the steps below learn along the way and hand to the next. */
interface Story {
  world: OwnOrganization;
  caseId: string;
  reportId: string;
  reportVersion: number;
}

interface Step {
  /** The mutation(s), as a reader of the test output should see them. */
  name: string;
  /** The event types the step must write to the outboxes. */
  writes: string[];
  run(story: Story): Promise<void>;
  /** What the consumers' own APIs show once they applied it, where that is more than the inbox row. */
  observe?: (story: Story) => Promise<void>;
}

async function mutate(email: string, query: string, variables: Record<string, unknown>) {
  const { data, errors } = await graphqlAs(email, query, variables);
  if (errors) throw new Error(`${query.trim().split(/\s+/).slice(0, 4).join(' ')} failed: ${JSON.stringify(errors)}`);
  return data;
}

/**
 * One return-to-work story through the gateway, in order: each step is a real mutation of
 * a real person that writes its events to the outbox in the same transaction.
 */
const STEPS: Step[] = [
  {
    name: 'the case manager changes the organization settings (updateOrganizationSettings)',
    writes: ['organization.upserted'],
    run: async ({ world }) => {
      await mutate(world.caseManager.email, `mutation ($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { id } }`, {
        input: { organizationId: world.organizationId, fullTimeHours: 38, dailyAbsenceCost: 310, programmeCost: 2400 },
      });
    },
  },
  {
    name: 'the case manager imports a new hire in a new department (importOrganizationData)',
    writes: ['department.upserted', 'employee.upserted'],
    run: async ({ world }) => {
      const data = await mutate(
        world.caseManager.email,
        `mutation ($input: ImportOrganizationDataInput!) { importOrganizationData(input: $input) { imported problems { line field } } }`,
        {
          input: {
            organizationId: world.organizationId,
            employeesCsv: 'employee_number,name,email,department,start_date,end_date,hours_per_week\nG004,Iris Vink,,Buitendienst,2026-03-01,,28\n',
            absencesCsv: 'employee_number,report_number,start_date,end_date,absence_percentage,therapeutic\n',
          },
        },
      );
      expect(data.importOrganizationData).toMatchObject({ imported: true, problems: [] });
    },
  },
  {
    name: 'the manager reports the employee sick (recordSickReport)',
    writes: ['absence.report-recorded', 'case.opened', 'case.timeline-changed'],
    run: async (story) => {
      const data = await mutate(
        story.world.manager.email,
        `mutation ($input: RecordSickReportInput!) { recordSickReport(input: $input) { saved report { id version } case { id } } }`,
        {
          input: { employeeId: story.world.employee.employeeId, firstSickDay: isoDaysFromToday(-45) },
        },
      );
      expect(data.recordSickReport.saved).toBe(true);
      story.caseId = data.recordSickReport.case.id;
      story.reportId = data.recordSickReport.report.id;
      story.reportVersion = data.recordSickReport.report.version;
    },
  },
  {
    name: 'the case manager assigns a doctor and a coach (assignToCase)',
    writes: ['case.participants-changed'],
    run: async ({ world, caseId }) => {
      for (const [person, role] of [
        [world.doctor, 'COMPANY_DOCTOR'],
        [world.coach, 'COACH'],
      ] as const) {
        await mutate(world.caseManager.email, `mutation ($input: AssignToCaseInput!) { assignToCase(input: $input) { id } }`, {
          input: { caseId, userId: person.userId, role },
        });
      }
    },
    observe: async ({ world, caseId }) => {
      const { errors } = await graphqlAs(world.coach.email, `query ($input: AppointmentTimeInput!) { appointmentConflicts(input: $input) { userId } }`, {
        input: { caseId, startsAt: '2030-01-07T09:00:00Z', endsAt: '2030-01-07T10:00:00Z', participantUserIds: [world.coach.userId] },
      });
      expect(errors).toBeUndefined();
    },
  },
  {
    name: 'the employee records a check-in (recordCheckIn)',
    writes: ['check-in.recorded'],
    run: async ({ world, caseId }) => {
      await mutate(world.employee.email, `mutation ($input: RecordCheckInInput!) { recordCheckIn(input: $input) { checkIn { id } } }`, {
        input: { caseId, energy: 4, mood: 5, sleep: 4, demands: 8, autonomy: 3, recognition: 4, socialSupport: 4 },
      });
    },
  },
  {
    name: 'the employee lets her manager see the trend (setConsent)',
    writes: ['consent.changed'],
    run: async ({ world, caseId }) => {
      await mutate(world.employee.email, `mutation ($input: SetConsentInput!) { setConsent(input: $input) { granted } }`, {
        input: { caseId, scope: 'CHECK_IN_TREND', granteeRole: 'MANAGER', granted: true },
      });
    },
    observe: async ({ world, caseId }) => {
      const { data } = await graphqlAs(world.manager.email, `query ($id: ID!) { case(id: $id) { progress { checkInTrend { checkIns } } } }`, { id: caseId });
      expect(data.case.progress.checkInTrend).toEqual([expect.objectContaining({ checkIns: 1 })]);
    },
  },
  {
    name: 'the doctor records the problem analysis (recordProblemAnalysis)',
    writes: ['problem-analysis.recorded', 'case.timeline-changed'],
    run: async ({ world, caseId }) => {
      await mutate(world.doctor.email, `mutation ($input: RecordProblemAnalysisInput!) { recordProblemAnalysis(input: $input) { problemAnalysis { id } } }`, {
        input: {
          caseId,
          expectedVersion: 0,
          possibilities: ['Kan zelfstandig plannen'],
          limitations: ['Geen tijdsdruk'],
          expectedDuration: 'ongeveer twee maanden',
          advice: 'Start met korte dagdelen.',
        },
      });
    },
  },
  {
    name: 'the coach records the programme intake (recordProgrammeIntake)',
    writes: ['programme-intake.recorded'],
    run: async ({ world, caseId }) => {
      await mutate(world.coach.email, `mutation ($input: RecordProgrammeIntakeInput!) { recordProgrammeIntake(input: $input) { programmeIntake { id } } }`, {
        input: { caseId, fits: true },
      });
    },
  },
  {
    name: 'the case manager saves the plan of action (saveActionPlan)',
    writes: ['action-plan.version-changed'],
    run: async ({ world, caseId }) => {
      await mutate(world.caseManager.email, `mutation ($input: SaveActionPlanInput!) { saveActionPlan(input: $input) { id } }`, {
        input: {
          caseId,
          expectedVersion: 0,
          goals: [{ description: 'Twee dagdelen per week werken', deadline: mondayInWeeks(6) }],
          hourAgreements: [
            { weekStart: mondayInWeeks(1), hoursPerWeek: 8, homeHours: 4, locationHours: 4, tasksToStartWith: ['post'], tasksTooMuch: [], therapeutic: true },
          ],
        },
      });
    },
  },
  {
    name: 'the coach saves the relapse-prevention plan (saveRelapsePreventionPlan)',
    writes: ['relapse-plan.changed'],
    run: async ({ world, caseId }) => {
      await mutate(world.coach.email, `mutation ($input: SaveRelapsePlanInput!) { saveRelapsePreventionPlan(input: $input) { revision } }`, {
        input: {
          caseId,
          expectedRevision: 0,
          signals: [{ description: 'Ik slaap slechter', actions: ['Een dag minder werken'] }],
          normalisationStatement: 'Een dip mag.',
        },
      });
    },
  },
  {
    name: 'the coach asks the doctor to look at the case (escalateToCompanyDoctor)',
    writes: ['escalation.changed'],
    run: async ({ world, caseId }) => {
      await mutate(world.coach.email, `mutation ($input: EscalateToCompanyDoctorInput!) { escalateToCompanyDoctor(input: $input) { id } }`, {
        input: { caseId, reason: 'De opbouw loopt vast; graag overleg.', recordedAgreement: { way: 'BY_PHONE', agreedOn: isoToday() } },
      });
    },
  },
  {
    name: 'the coach writes a session report (writeSessionReport)',
    writes: ['session-report.changed'],
    run: async ({ world, caseId }) => {
      await mutate(world.coach.email, `mutation ($input: WriteSessionReportInput!) { writeSessionReport(input: $input) { saved } }`, {
        input: {
          caseId,
          kind: 'REFLECTION',
          heldOn: isoDaysFromToday(-1),
          summary: 'Eline begint met de post en belt wekelijks met Gijs.',
          reflection: { wentWell: 'Rustig begonnen.', wasHard: 'Nee zeggen.', learned: 'Vooraf grenzen noemen.', nextTime: 'Eerst in de planning kijken.' },
        },
      });
    },
  },
  {
    name: 'the coach books a three-way talk (bookAppointment)',
    writes: ['appointment.changed'],
    run: async ({ world, caseId }) => {
      const day = mondayInWeeks(30);
      const data = await mutate(world.coach.email, `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booked } }`, {
        input: {
          caseId,
          kind: 'THREE_WAY_TALK',
          location: 'OFFICE',
          startsAt: `${day}T09:00:00Z`,
          endsAt: `${day}T10:00:00Z`,
          participantUserIds: [world.coach.userId, world.employee.userId, world.manager.userId],
          bookDespiteConflicts: true,
        },
      });
      expect(data.bookAppointment.booked).toBe(true);
    },
  },
  {
    name: 'the case manager plans the build-up and the manager records fewer hours (setBuildUpPlan, recordActualHours)',
    writes: ['build-up.changed', 'stagnation.detected'],
    run: async ({ world, caseId }) => {
      const weeks = [mondayInWeeks(-3), mondayInWeeks(-2), mondayInWeeks(-1)];
      await mutate(world.caseManager.email, `mutation ($input: SetBuildUpPlanInput!) { setBuildUpPlan(input: $input) { version } }`, {
        input: { caseId, expectedVersion: 0, weeks: weeks.map((weekStart, i) => ({ weekStart, homeHours: 4, locationHours: 4 * (i + 1) })) },
      });
      for (const [weekStart, hours] of [
        [weeks[0], 8],
        [weeks[1], 6],
        [weeks[2], 6],
      ] as const) {
        await mutate(world.manager.email, `mutation ($input: RecordActualHoursInput!) { recordActualHours(input: $input) { version } }`, {
          input: { caseId, weekStart, hours },
        });
      }
    },
  },
  {
    name: 'the coach starts the 8-week programme (startProgramme)',
    writes: ['programme.changed', 'appointment.changed'],
    run: async ({ world, caseId }) => {
      await mutate(world.coach.email, `mutation ($input: StartProgrammeInput!) { startProgramme(input: $input) { id } }`, {
        input: {
          caseId,
          startDate: mondayInWeeks(10),
          reflectionWeekday: 1,
          dialogueWeekdays: [2, 4],
          startTime: '10:00',
          colleagueUserId: world.manager.userId,
        },
      });
    },
  },
  {
    name: 'the case manager records the recovery (recordRecovery)',
    writes: ['absence.report-recorded', 'case.status-changed', 'case.timeline-changed'],
    run: async ({ world, reportId, reportVersion }) => {
      await mutate(world.caseManager.email, `mutation ($input: RecordRecoveryInput!) { recordRecovery(input: $input) { saved } }`, {
        input: { reportId, expectedVersion: reportVersion, recoveryDate: isoDaysFromToday(0) },
      });
    },
  },
  {
    name: "an analytics client of the organization asks for its series (analyticsSeries), which the case service's audit log records",
    writes: ['analytics.queried'],
    run: async ({ world }) => {
      const { rows } = await withDatabase('case', (db) => db.query(`SELECT name FROM organizations WHERE id = $1`, [world.organizationId]));
      const token = await clientToken(await createAnalyticsClient(['--organization', rows[0].name]));
      const response = await fetch(`${gatewayUrl()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: SERIES_QUERY, variables: lastTwoYears() }),
      });
      expect((await response.json()).errors).toBeUndefined();
    },
  },
  {
    // No mutation withdraws a sick report, yet reporting subscribes to its removal: the
    // event is written to the case service's outbox as the case service would write it.
    name: 'a sick report is withdrawn (no mutation yet: written to the outbox directly)',
    writes: ['absence.report-removed'],
    run: async ({ world, caseId, reportId }) => {
      await publishCaseEvent({ type: 'absence.report-removed', aggregateId: reportId, organizationId: world.organizationId, payload: { reportId, caseId } });
    },
  },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every field that names an id (`…Id`, `…Ids`, `id`) anywhere in a payload, with where it is. */
function idFields(value: unknown, path: string): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => idFields(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]): [string, unknown][] => {
    const at = `${path}.${key}`;
    if (/(^id|Id)$/.test(key)) return [[at, inner]];
    if (/Ids$/.test(key) && Array.isArray(inner)) return inner.map((item, i) => [`${at}[${i}]`, item] as [string, unknown]);
    return idFields(inner, at);
  });
}

describe('every event a service consumes, from the mutation that writes it to the consumer that applies it', () => {
  const story = {} as Story;
  const written = new Map<Step, OutboxEvent[]>();
  let consumed: ConsumedType[] = [];
  const consumers = () => [...new Set(consumed.map((pair) => pair.service))];
  const consumersOf = (type: string) => consumed.filter((pair) => pair.type === type).map((pair) => pair.service);

  beforeAll(async () => {
    consumed = await consumedTypes();
    story.world = await createOwnOrganization('Gebeurtenis');
  });

  afterAll(async () => {
    const events = await outboxEvents(story.world.organizationId);
    const applied = await Promise.all(
      consumers().map(
        async (service) =>
          (
            await appliedBy(
              service,
              events.map((event) => event.id),
            )
          ).length,
      ),
    );
    console.log(
      `events: ${events.length} written by the story, ${applied.reduce((sum, n) => sum + n, 0)} applications by their consumers ` +
        `(${consumed.length} consumer × type pairs), ${
          (
            await Promise.all(
              consumers().map((service) =>
                deadLettersOf(
                  service,
                  events.map((event) => event.id),
                ),
              ),
            )
          ).flat().length
        } dead-lettered`,
    );
  });

  it('covers every event type a service consumes with a step of the story', () => {
    const told = new Set(STEPS.flatMap((step) => step.writes));
    expect(consumed.length).toBeGreaterThan(0);
    expect(consumed.filter((pair) => !told.has(pair.type))).toEqual([]);
  });

  it('gives every consuming service a dead-letter table and an events tool for it', async () => {
    for (const service of consumers()) {
      expect(await deadLettersOf(service, [])).toEqual([]);
      const { status, summary } = await runTerugkeer(['events', 'dead-letters', '--service', service]);
      expect({ service, status, ok: summary?.ok }).toEqual({ service, status: 0, ok: true });
    }
  });

  describe.each(STEPS.map((step) => [step.name, step] as const))('%s', (_, step) => {
    beforeAll(async () => {
      const mark = await outboxMark();
      await step.run(story);
      written.set(step, await outboxEvents(story.world.organizationId, mark));
    });

    it(`writes ${step.writes.join(', ')} to the outbox`, () => {
      expect([...new Set(required(written.get(step), `the events written by ${step.name}`).map((event) => event.type))]).toEqual(
        expect.arrayContaining(step.writes),
      );
    });

    it('is applied by every service that consumes what it writes, once and without a dead letter', async () => {
      for (const type of step.writes) {
        const ids = required(written.get(step), `the events written by ${step.name}`)
          .filter((event) => event.type === type)
          .map((event) => event.id);
        expect(ids.length).toBeGreaterThan(0);
        for (const service of consumersOf(type)) {
          await eventually(
            async () => expect({ service, type, applied: (await appliedBy(service, ids)).sort() }).toEqual({ service, type, applied: [...ids].sort() }),
            30_000,
          );
          expect(await deadLettersOf(service, ids)).toEqual([]);
        }
      }
    });
    const observe = step.observe;
    if (observe) it("shows in the consumers' own API", () => observe(story));
  });

  it('names only uuids in the id fields of every event the story wrote', async () => {
    const events = await outboxEvents(story.world.organizationId);
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(STEPS.flatMap((step) => step.writes)));
    const wrong = events.flatMap((event) =>
      [
        ['aggregateId', event.aggregateId] as [string, unknown],
        ['organizationId', event.organizationId] as [string, unknown],
        ...idFields(event.payload, 'payload'),
      ]
        .filter(([, value]) => value !== null && !(typeof value === 'string' && UUID.test(value)))
        .map(([path, value]) => `${event.type} ${path} = ${JSON.stringify(value)}`),
    );
    expect(wrong).toEqual([]);
  });
});
