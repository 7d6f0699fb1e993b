import { buildFederatedSchema } from '@terugkeer/service-kit';
import { AppointmentResolver, CaseAppointmentsResolver } from './modules/appointment/appointment.resolver';
import { BuildUpResolver, CaseBuildUpResolver } from './modules/build-up/build-up.resolver';
import { CalendarResolver } from './modules/calendar/calendar.resolver';
import { CaseRef } from './modules/case/case.types';
import { NotificationResolver } from './modules/notification/notification.resolver';
import { CaseProgrammeResolver, ProgrammeResolver } from './modules/programme/programme.resolver';
import { CaseTalkRequestsResolver, TalkRequestResolver } from './modules/talk-request/talk-request.resolver';

export const resolvers = [
  CaseAppointmentsResolver,
  AppointmentResolver,
  CaseProgrammeResolver,
  ProgrammeResolver,
  CaseBuildUpResolver,
  BuildUpResolver,
  NotificationResolver,
  CalendarResolver,
  CaseTalkRequestsResolver,
  TalkRequestResolver,
] as const;

export function buildSchedulingSchema() {
  return buildFederatedSchema({
    resolvers,
    orphanedTypes: [CaseRef],
    referenceResolvers: { Case: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) } },
  });
}
