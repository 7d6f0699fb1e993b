import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ProgrammeIntakeRepository } from './programme-intake.repository';
import type { ProgrammeIntake } from './programme-intake.types';

export interface ProgrammeIntakeLoaders {
  programmeIntake: DataLoader<string, ProgrammeIntake | null>;
}

export function createProgrammeIntakeLoaders(dataSource: DataSource): ProgrammeIntakeLoaders {
  const repository = new ProgrammeIntakeRepository();
  return {
    programmeIntake: new DataLoader(async (caseIds) => {
      const intakes = await repository.latest(dataSource, caseIds);
      return caseIds.map((caseId) => intakes.find((intake) => intake.caseId === caseId) ?? null);
    }),
  };
}
