import { randomUUID } from 'node:crypto';
import { required } from '@terugkeer/domain';
import { isoDaysFromToday, mondayOfWeeksFromNow } from './dates';
import { graphqlAs } from './gateway-client';
import { eventually, publishCaseEvent } from './case-events';

export interface Who {
  id: string;
  organizationId: string | null;
}

export async function who(email: string): Promise<Who> {
  const { data } = await graphqlAs(email, '{ viewer { id memberships { organization { id } } } }');
  const organization = data.viewer.memberships.find((m: { organization: { id: string } | null }) => m.organization)?.organization;
  return { id: data.viewer.id, organizationId: organization?.id ?? null };
}

export async function sanneCaseId(): Promise<string> {
  const { data } = await graphqlAs('werknemer@demo.test', '{ viewer { cases(first: 5) { edges { node { id } } } } }');
  return data.viewer.cases.edges[0].node.id;
}

/**
 * A fresh case at Zorggroep Demo, opened through the case service's outbox: Daan is the
 * employee, Mark his manager, Eva the doctor and Joost the coach. Resolves when the
 * scheduling service's replica knows it (the coach can see its appointments list).
 */
export async function openTestCase(): Promise<{ caseId: string; organizationId: string; people: Record<'daan' | 'mark' | 'eva' | 'joost', string> }> {
  const [daan, mark, eva, joost] = await Promise.all(['collega@demo.test', 'leidinggevende@demo.test', 'bedrijfsarts@arbo.test', 'coach@arbo.test'].map(who));
  const caseId = randomUUID();
  const organizationId = required(daan.organizationId, "Daan's organization");
  await publishCaseEvent({
    type: 'case.opened',
    aggregateId: caseId,
    organizationId,
    payload: {
      caseId,
      organizationId,
      healthProviderId: null,
      employeeId: randomUUID(),
      departmentId: null,
      firstSickDay: isoDaysFromToday(-60),
      jurisdiction: 'NL',
      status: 'BUILD_UP',
      participants: [
        { userId: daan.id, role: 'EMPLOYEE' },
        { userId: mark.id, role: 'MANAGER' },
        { userId: eva.id, role: 'COMPANY_DOCTOR' },
        { userId: joost.id, role: 'COACH' },
      ],
    },
  });
  await eventually(async () => {
    const { errors } = await graphqlAs('coach@arbo.test', 'query ($input: AppointmentTimeInput!) { appointmentConflicts(input: $input) { userId } }', {
      input: { caseId, startsAt: '2030-01-01T09:00:00Z', endsAt: '2030-01-01T10:00:00Z', participantUserIds: [joost.id] },
    });
    if (errors) throw new Error(errors[0].message);
  });
  return { caseId, organizationId, people: { daan: daan.id, mark: mark.id, eva: eva.id, joost: joost.id } };
}

/** Monday `weeks` weeks from now's week, as an ISO date. */
export const mondayInWeeks = mondayOfWeeksFromNow;
