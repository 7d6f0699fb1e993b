import type { Logger, RequestContext, Viewer } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { appointmentsByCaseLoader } from './modules/appointment/appointment.loaders';
import { buildUpLoaders, type BuildUpLoaders } from './modules/build-up/build-up.loaders';
import { rememberViewer } from './modules/people/people.service';
import { caseAccessLoader } from './modules/case/case-access.repository';

export interface SchedulingContext extends RequestContext {
  dataSource: DataSource;
  loaders: {
    caseAccess: ReturnType<typeof caseAccessLoader>;
    appointmentsByCase: ReturnType<typeof appointmentsByCaseLoader>;
    buildUp: BuildUpLoaders;
  };
}

export function createSchedulingContext(dataSource: DataSource, log: Logger) {
  return (viewer: Viewer, requestId: string): SchedulingContext => {
    rememberViewer(dataSource, viewer).catch((error: unknown) => log.error({ err: error }, 'could not remember the viewer in the address book'));
    return {
      viewer,
      requestId,
      dataSource,
      loaders: { caseAccess: caseAccessLoader(dataSource), appointmentsByCase: appointmentsByCaseLoader(dataSource), buildUp: buildUpLoaders(dataSource) },
    };
  };
}
