import { graphqlAs } from './gateway-client';

/** The id of the first case of a demo employee, as they see it themselves. */
export async function ownCaseId(employeeEmail: string): Promise<string> {
  const { data } = await graphqlAs(employeeEmail, '{ viewer { cases(first: 1) { edges { node { id } } } } }');
  return data.viewer.cases.edges[0].node.id;
}

/** The next Monday on or after today, plus whole weeks. */
export function mondayInWeeks(weeks: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + ((8 - date.getUTCDay()) % 7) + weeks * 7);
  return date.toISOString().slice(0, 10);
}
