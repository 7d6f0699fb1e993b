import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CaseRepository } from '../case/case.repository';
import type { CasePerson, DialogueColleague } from './case-people.types';

export interface CasePeopleLoaders {
  participants: DataLoader<string, CasePerson[]>;
  dialogueColleagues: DataLoader<string, DialogueColleague[]>;
}

const groupBy = <T extends { caseId: string }>(rows: T[], ids: readonly string[]) => ids.map((id) => rows.filter((row) => row.caseId === id));

export function createCasePeopleLoaders(dataSource: DataSource): CasePeopleLoaders {
  const repository = new CaseRepository();
  return {
    participants: new DataLoader(async (caseIds) => {
      const rows = (await repository.people(dataSource, caseIds)) as Array<CasePerson & { caseId: string }>;
      return groupBy(rows, caseIds).map((people) => people.map(({ caseId: _, ...person }) => person));
    }),
    dialogueColleagues: new DataLoader(async (caseIds) => {
      const rows: Array<DialogueColleague & { caseId: string }> = await repository.dialogueColleagues(dataSource, caseIds);
      return groupBy(rows, caseIds).map((people) => people.map(({ caseId: _, ...person }) => person));
    }),
  };
}
