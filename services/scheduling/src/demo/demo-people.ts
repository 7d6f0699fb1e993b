import { demoId } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { PeopleRepository } from '../modules/people/people.repository';

/** The demo people notifications go to (see the case service's demo story), by the same ids. */
const ZORGGROEP = demoId('zorggroep-demo');
const ANDERE = demoId('andere-bv');
const ARBO = demoId('arbo-demo');

const inOrg = (organizationId: string, ...roles: string[]) => roles.map((role) => ({ role, organizationId, healthProviderId: null }));
const inProvider = (role: string) => [{ role, organizationId: null, healthProviderId: ARBO }];

export const DEMO_PEOPLE = [
  { key: 'sanne', name: 'Sanne de Vries', email: 'werknemer@demo.test', memberships: inOrg(ZORGGROEP, 'EMPLOYEE') },
  { key: 'daan', name: 'Daan Bos', email: 'collega@demo.test', memberships: inOrg(ZORGGROEP, 'EMPLOYEE') },
  { key: 'mark', name: 'Mark Jansen', email: 'leidinggevende@demo.test', memberships: inOrg(ZORGGROEP, 'EMPLOYEE', 'MANAGER') },
  { key: 'ingrid', name: 'Ingrid Hoekstra', email: 'leidinggevende2@demo.test', memberships: inOrg(ZORGGROEP, 'EMPLOYEE', 'MANAGER') },
  { key: 'fatima', name: 'Fatima El Amrani', email: 'hr@demo.test', memberships: inOrg(ZORGGROEP, 'EMPLOYEE', 'CASE_MANAGER') },
  { key: 'andere-hr', name: 'Wendy Kramer', email: 'hr@andere.test', memberships: inOrg(ANDERE, 'EMPLOYEE', 'CASE_MANAGER') },
  { key: 'andere-werknemer', name: 'Pieter Hendriks', email: 'werknemer@andere.test', memberships: inOrg(ANDERE, 'EMPLOYEE') },
  { key: 'andere-manager', name: 'Kees de Groot', email: 'leidinggevende@andere.test', memberships: inOrg(ANDERE, 'EMPLOYEE', 'MANAGER') },
  { key: 'doctor-eva', name: 'Eva Bakker', email: 'bedrijfsarts@arbo.test', memberships: inProvider('COMPANY_DOCTOR') },
  { key: 'doctor-ruud', name: 'Ruud Smit', email: 'bedrijfsarts2@arbo.test', memberships: inProvider('COMPANY_DOCTOR') },
  { key: 'coach-joost', name: 'Joost Visser', email: 'coach@arbo.test', memberships: inProvider('COACH') },
  { key: 'coach-lotte', name: 'Lotte Mulder', email: 'coach2@arbo.test', memberships: inProvider('COACH') },
];

const people = new PeopleRepository();

export async function seedDemoPeople(dataSource: DataSource): Promise<void> {
  for (const person of DEMO_PEOPLE) {
    await people.insertUnlessPresent(dataSource, { userId: demoId(person.key), email: person.email, name: person.name, memberships: person.memberships });
    // The seed books Daan into Sanne's dialogue talks before the case service's `employee.upserted`
    // can arrive, so it names the demo employees itself; the events, being newer, then win.
    const employer = person.memberships.find((m) => m.organizationId)?.organizationId;
    if (employer) {
      await people.insertEmployeeUnlessPresent(dataSource, {
        employeeId: demoId(`employee:${person.key}`),
        userId: demoId(person.key),
        organizationId: employer,
      });
    }
  }
}
