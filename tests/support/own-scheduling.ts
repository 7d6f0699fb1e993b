import { eventually } from './case-events';
import { isoDaysFromToday } from './dates';
import { graphqlAs } from './gateway-client';
import { openOwnCase, type OwnOrganization } from './own-organization';

const CONFLICTS = 'query ($input: AppointmentTimeInput!) { appointmentConflicts(input: $input) { userId } }';

/**
 * Everyone of the organization opens the app once (the bell asks for their unread count): the
 * scheduling service learns names and e-mail addresses from the verified callers only.
 */
export async function everyoneSignsIn(organization: OwnOrganization): Promise<void> {
  const people = [
    organization.caseManager,
    organization.employee,
    organization.manager,
    organization.otherManager,
    organization.doctor,
    organization.coach,
    organization.otherDoctor,
    organization.otherCoach,
  ];
  for (const person of people) {
    const { errors } = await graphqlAs(person.email, '{ unreadNotificationCount }');
    if (errors) throw new Error(`${person.email} could not sign in: ${JSON.stringify(errors)}`);
  }
}

/**
 * The employee's case as `openOwnCase` opens it, once everyone has signed in and the scheduling
 * service knows the case and the organization's people: the coach can ask after the busy
 * times of the case's coach and of a colleague, the other team's manager. Answers the case id.
 */
export async function openOwnSchedulingCase(organization: OwnOrganization, firstSickDay = isoDaysFromToday(-60)): Promise<string> {
  await everyoneSignsIn(organization);
  const caseId = await openOwnCase(organization, firstSickDay);
  await eventually(async () => {
    const { errors } = await graphqlAs(organization.coach.email, CONFLICTS, {
      input: {
        caseId,
        startsAt: '2030-01-01T09:00:00Z',
        endsAt: '2030-01-01T10:00:00Z',
        participantUserIds: [organization.coach.userId, organization.otherManager.userId],
      },
    });
    if (errors) throw new Error(errors[0].message);
  });
  return caseId;
}
