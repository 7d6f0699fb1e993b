import { caseAccessLoader, type RequestContext, type Viewer } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { appointmentsByCaseLoader } from './modules/appointment/appointment.loaders';

export interface SchedulingContext extends RequestContext {
  loaders: {
    caseAccess: ReturnType<typeof caseAccessLoader>;
    appointmentsByCase: ReturnType<typeof appointmentsByCaseLoader>;
  };
}

export function createSchedulingContext(dataSource: DataSource) {
  return (viewer: Viewer, requestId: string): SchedulingContext => ({
    viewer,
    requestId,
    loaders: { caseAccess: caseAccessLoader(dataSource), appointmentsByCase: appointmentsByCaseLoader(dataSource) },
  });
}
