import { eventually } from '../support/case-events';
import { PROBE_INTERVAL } from './argument-values';
import { isoToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { numberKind, PERSON, type IdKind } from './id-slots';

/** The demo logins of one employer, with the health provider's doctor and coach on its case. */
export interface TenantPeople {
  employee: string;
  manager: string;
  caseManager: string;
  doctor: string;
  coach: string;
}

export const ZORGGROEP_DEMO: TenantPeople = {
  employee: 'werknemer@demo.test',
  manager: 'leidinggevende@demo.test',
  caseManager: 'hr@demo.test',
  doctor: 'bedrijfsarts@arbo.test',
  coach: 'coach@arbo.test',
};

export const ANDERE_BV: TenantPeople = {
  employee: 'werknemer@andere.test',
  manager: 'leidinggevende@andere.test',
  caseManager: 'hr@andere.test',
  doctor: 'bedrijfsarts2@arbo.test',
  coach: 'coach2@arbo.test',
};

export interface Tenant {
  name: string;
  people: TenantPeople;
  caseId: string;
  /** Ids of this employer's things by the kind they name, each found by someone allowed to see it. */
  ids: Map<IdKind, string[]>;
  /** Its people's names and its own: none of them may reach the other employer. */
  names: string[];
}

const HEALTH_TEXT_FREE = 'Afspraken over het werk en de uren.';

async function as(email: string, query: string, variables?: Record<string, unknown>) {
  const { data, errors } = await graphqlAs(email, query, variables);
  if (errors?.length) throw new Error(`${email}: ${errors.map((e) => e.message).join('; ')}`);
  return data;
}

const CASE = `query ($id: ID!) { case(id: $id) {
  organization { id name }
  employee { id name employeeNumber department { id } }
  participants { userId name role }
  sickReports { id }
  appointments { id }
} }`;

/**
 * Makes sure the employer's case has one of everything an id can name (a session report, a
 * rectification request, a medical note, an escalation, a request for an extra talk, a notification, an appointment at the
 * hour the generated calls ask about), each made by the person who may, through the gateway.
 */
async function completeCase(people: TenantPeople, caseId: string): Promise<void> {
  const dossier = (email: string, fields: string) => as(email, `query ($id: ID!) { case(id: $id) { ${fields} } }`, { id: caseId }).then((d) => d.case);
  const coachView = await dossier(people.coach, 'sessionReports { id state } escalations { id } participants { userId role }');
  if (!coachView.sessionReports.some((r: { state: string }) => r.state !== 'DRAFT')) {
    const written = await as(people.coach, `mutation ($input: WriteSessionReportInput!) { writeSessionReport(input: $input) { report { id version } } }`, {
      input: {
        caseId,
        kind: 'REFLECTION',
        heldOn: new Date().toISOString().slice(0, 10),
        summary: HEALTH_TEXT_FREE,
        reflection: { wentWell: 'Rustig begonnen.', wasHard: 'Nee zeggen.', learned: 'Vooraf grenzen noemen.', nextTime: 'Eerst in de planning kijken.' },
      },
    });
    const report = written.writeSessionReport.report;
    await as(people.coach, `mutation ($input: SessionReportStepInput!) { submitSessionReport(input: $input) { id } }`, {
      input: { reportId: report.id, expectedVersion: report.version },
    });
  }
  if (!coachView.escalations.length) {
    await as(people.coach, `mutation ($input: EscalateToCompanyDoctorInput!) { escalateToCompanyDoctor(input: $input) { id } }`, {
      input: { caseId, reason: 'Het lukt niet om de uren op te bouwen.', recordedAgreement: { way: 'IN_TALK', agreedOn: isoToday() } },
    });
  }
  if (!(await dossier(people.doctor, 'medicalNotes { id }')).medicalNotes.length) {
    await as(people.doctor, `mutation ($input: AddMedicalNoteInput!) { addMedicalNote(input: $input) { id } }`, {
      input: { caseId, text: 'Consult gehouden.' },
    });
  }
  if (!(await dossier(people.employee, 'rectificationRequests { id }')).rectificationRequests.length) {
    await as(people.employee, `mutation ($input: RequestRectificationInput!) { requestRectification(input: $input) { id } }`, {
      input: { caseId, dataClass: 'ACTION_PLAN', description: 'De werkdagen in het plan kloppen niet.' },
    });
  }
  if (!(await dossier(people.employee, 'talkRequests { id }')).talkRequests?.length) {
    await as(people.employee, `mutation ($caseId: ID!) { requestExtraTalk(caseId: $caseId) { id } }`, { caseId });
  }
  const appointments = (await dossier(people.caseManager, 'appointments { startsAt }')).appointments as { startsAt: string }[];
  if (!appointments.some((a) => a.startsAt === PROBE_INTERVAL.startsAt)) {
    const participantUserIds = coachView.participants
      .filter((p: { role: string }) => p.role === 'EMPLOYEE' || p.role === 'MANAGER')
      .map((p: { userId: string }) => p.userId);
    await as(people.caseManager, `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booked } }`, {
      input: { caseId, kind: 'CONTACT_MOMENT', location: 'ONLINE', ...PROBE_INTERVAL, participantUserIds, bookDespiteConflicts: true },
    });
  }
}

/**
 * An expert opinion of UWV on one of the employer's Dutch cases (the employee's own case may be
 * Belgian, where UWV has no say), requested by its case manager when there is none yet.
 */
async function expertOpinionIds(people: TenantPeople): Promise<string[]> {
  const { viewer } = await as(people.caseManager, '{ viewer { cases(first: 50) { edges { node { id jurisdiction expertOpinions { id } } } } } }');
  const cases: { id: string; jurisdiction: string; expertOpinions: { id: string }[] }[] = viewer.cases.edges.map((edge: { node: unknown }) => edge.node);
  const dutch = cases.find((c) => c.jurisdiction === 'NL');
  if (!dutch) throw new Error(`${people.caseManager} has no Dutch case`);
  if (dutch.expertOpinions.length) return dutch.expertOpinions.map((o) => o.id);
  const asked = await as(
    people.caseManager,
    `mutation ($input: RequestExpertOpinionInput!) { requestExpertOpinion(input: $input) { expertOpinions { id } } }`,
    {
      input: {
        caseId: dutch.id,
        requestedBy: 'EMPLOYER',
        subject: 'SUITABLE_WORK',
        question: 'Is het aangeboden werk passend?',
        requestedOn: new Date().toISOString().slice(0, 10),
      },
    },
  );
  return asked.requestExpertOpinion.expertOpinions.map((o: { id: string }) => o.id);
}

/** The employer's ids of every kind, from its employee's first case and the people around it. */
export async function loadTenant(name: string, people: TenantPeople): Promise<Tenant> {
  const own = await as(people.employee, '{ viewer { cases(first: 1) { edges { node { id } } } } }');
  const caseId: string = own.viewer.cases.edges[0].node.id;
  await completeCase(people, caseId);

  const seen = (await as(people.caseManager, CASE, { id: caseId })).case;
  const caseManager = (await as(people.caseManager, '{ viewer { id name } }')).viewer;
  const coachView = (
    await as(
      people.coach,
      `query ($id: ID!) { case(id: $id) { dialogueColleagues { userId name } sessionReports { id } escalations { id } relapsePreventionPlan { latest { signals { id } } } talkRequests { id } } }`,
      { id: caseId },
    )
  ).case;
  const doctorView = (await as(people.doctor, `query ($id: ID!) { case(id: $id) { medicalNotes { id } } }`, { id: caseId })).case;
  const employeeView = (await as(people.employee, `query ($id: ID!) { case(id: $id) { rectificationRequests { id } } }`, { id: caseId })).case;
  // A submitted session report asks the employee to validate it, a stagnation alerts coach and case manager: the
  // tenant's notifications, whoever of its people has them (an employee's may all be answered by now), through the queue.
  const notifications = await eventually(async () => {
    for (const person of [people.employee, people.coach, people.caseManager, people.manager, people.doctor]) {
      const { notifications: page } = await as(person, '{ notifications(first: 20) { edges { node { id } } } }');
      if (page.edges.length) return page.edges.map((edge: { node: { id: string } }) => edge.node.id);
    }
    throw new Error(`no notification for anyone of ${people.caseManager}'s organization yet`);
  });

  const employer = seen.participants.filter((p: { role: string }) => p.role === 'EMPLOYEE' || p.role === 'MANAGER');
  const persons = [...employer, ...coachView.dialogueColleagues, { userId: caseManager.id, name: caseManager.name }] as { userId: string; name: string }[];
  const ids = new Map<IdKind, string[]>([
    ['Case', [caseId]],
    ['Organization', [seen.organization.id]],
    ['Employee', [seen.employee.id]],
    [numberKind('Employee'), [seen.employee.employeeNumber]],
    ['Department', [seen.employee.department.id]],
    [PERSON, [...new Set(persons.map((p) => p.userId))]],
    ['SickReport', seen.sickReports.map((r: { id: string }) => r.id)],
    ['Appointment', seen.appointments.map((a: { id: string }) => a.id)],
    ['SessionReport', coachView.sessionReports.map((r: { id: string }) => r.id)],
    ['Escalation', coachView.escalations.map((e: { id: string }) => e.id)],
    ['EarlySignal', coachView.relapsePreventionPlan?.latest?.signals.map((s: { id: string }) => s.id) ?? []],
    ['TalkRequest', (coachView.talkRequests ?? []).map((r: { id: string }) => r.id)],
    ['MedicalNote', doctorView.medicalNotes.map((n: { id: string }) => n.id)],
    ['RectificationRequest', employeeView.rectificationRequests.map((r: { id: string }) => r.id)],
    ['Notification', notifications],
    ['ExpertOpinion', await expertOpinionIds(people)],
  ]);
  return { name, people, caseId, ids, names: [...new Set([seen.organization.name, ...persons.map((p) => p.name)])] };
}
