import { isoToday, mondayOfWeeksFromNow } from './dates';
import { graphqlAs } from './gateway-client';

/** The id of the first case of a demo employee, as they see it themselves. */
export async function ownCaseId(employeeEmail: string): Promise<string> {
  const { data } = await graphqlAs(employeeEmail, '{ viewer { cases(first: 1) { edges { node { id } } } } }');
  return data.viewer.cases.edges[0].node.id;
}

/** The next Monday on or after today, plus whole weeks. */
export function mondayInWeeks(weeks: number): string {
  const thisWeek = mondayOfWeeksFromNow(0);
  return mondayOfWeeksFromNow(thisWeek === isoToday() ? weeks : weeks + 1);
}

/** The id of a Zorggroep Demo case, found through its case manager by the employee's name. */
export async function zorggroepCaseId(employeeName: string): Promise<string> {
  const { data } = await graphqlAs('hr@demo.test', '{ viewer { cases(first: 100) { edges { node { id employee { name } } } } } }');
  const edge = data.viewer.cases.edges.find((e: { node: { employee: { name: string } } }) => e.node.employee.name === employeeName);
  if (!edge) throw new Error(`No demo case of ${employeeName}`);
  return edge.node.id;
}
