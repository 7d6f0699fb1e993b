import { mondayOfWeeksFromNow } from './dates';
import { graphqlAs } from './gateway-client';

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

/** Monday `weeks` weeks from now's week, as an ISO date. */
export const mondayInWeeks = mondayOfWeeksFromNow;
