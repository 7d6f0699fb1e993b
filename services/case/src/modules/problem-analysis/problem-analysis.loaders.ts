import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ProblemAnalysisRepository } from './problem-analysis.repository';
import type { ProblemAnalysis } from './problem-analysis.types';

export interface ProblemAnalysisLoaders {
  problemAnalyses: DataLoader<string, ProblemAnalysis[]>;
}

export function createProblemAnalysisLoaders(dataSource: DataSource): ProblemAnalysisLoaders {
  const repository = new ProblemAnalysisRepository();
  return {
    problemAnalyses: new DataLoader(async (caseIds) => {
      const analyses = await repository.analyses(dataSource, caseIds);
      return caseIds.map((caseId) => analyses.filter((analysis) => analysis.caseId === caseId));
    }),
  };
}
