import type { RequestContext, Viewer } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { createCaseProgressLoaders, type CaseProgressLoaders } from './modules/progress/case-progress.loaders';
import { caseAccessLoader } from './modules/case/case-access.repository';

export interface ReportingContext extends RequestContext {
  dataSource: DataSource;
  loaders: CaseProgressLoaders & {
    caseAccess: ReturnType<typeof caseAccessLoader>;
  };
}

export function createReportingContext(dataSource: DataSource) {
  return (viewer: Viewer, requestId: string): ReportingContext => ({
    viewer,
    requestId,
    dataSource,
    loaders: { caseAccess: caseAccessLoader(dataSource), ...createCaseProgressLoaders(dataSource) },
  });
}
