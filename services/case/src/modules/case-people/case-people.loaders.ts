import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { CasePerson, DialogueColleague } from './case-people.types';

export interface CasePeopleLoaders {
  participants: DataLoader<string, CasePerson[]>;
  dialogueColleagues: DataLoader<string, DialogueColleague[]>;
}

const groupBy = <T extends { caseId: string }>(rows: T[], ids: readonly string[]) => ids.map((id) => rows.filter((row) => row.caseId === id));

export function createCasePeopleLoaders(dataSource: DataSource): CasePeopleLoaders {
  return {
    participants: new DataLoader(async (caseIds) => {
      const rows: Array<CasePerson & { caseId: string }> = await dataSource.query(
        `SELECT c.id AS "caseId", u.id AS "userId", u.name, 'EMPLOYEE' AS role
           FROM cases c JOIN employees e ON e.id = c.employee_id JOIN users u ON u.id = e.user_id WHERE c.id = ANY($1::uuid[])
         UNION ALL
         SELECT c.id, u.id, u.name, 'MANAGER'
           FROM cases c JOIN employees e ON e.id = c.employee_id JOIN users u ON u.id = e.manager_user_id WHERE c.id = ANY($1::uuid[])
         UNION ALL
         SELECT a.case_id, u.id, u.name, a.role
           FROM case_assignments a JOIN users u ON u.id = a.user_id WHERE a.case_id = ANY($1::uuid[])
         ORDER BY 4, 3`,
        [caseIds],
      );
      return groupBy(rows, caseIds).map((people) => people.map(({ caseId: _, ...person }) => person));
    }),
    dialogueColleagues: new DataLoader(async (caseIds) => {
      const rows: Array<DialogueColleague & { caseId: string }> = await dataSource.query(
        `SELECT c.id AS "caseId", u.id AS "userId", u.name
           FROM cases c
           JOIN employees e ON e.id = c.employee_id
           JOIN employees colleague ON colleague.department_id = e.department_id AND colleague.id <> e.id
           JOIN users u ON u.id = colleague.user_id
          WHERE c.id = ANY($1::uuid[]) AND u.id IS DISTINCT FROM e.manager_user_id
          ORDER BY u.name`,
        [caseIds],
      );
      return groupBy(rows, caseIds).map((people) => people.map(({ caseId: _, ...person }) => person));
    }),
  };
}
