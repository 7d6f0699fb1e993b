import { caseRelationships } from '@terugkeer/domain';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context';
import { Appointment } from './appointment.entity';
import { CaseRef } from './case-ref';

@Resolver(() => CaseRef)
export class CaseAppointmentsResolver {
  @Authorized()
  @FieldResolver(() => [Appointment], { description: 'Appointments about this case, in time order.' })
  async appointments(@Root() ref: CaseRef, @Ctx() context: SchedulingContext): Promise<Appointment[]> {
    const facts = await context.loaders.caseAccess.load(ref.id);
    if (!facts || caseRelationships(context.viewer, facts).length === 0) return [];
    return context.loaders.appointmentsByCase.load(ref.id);
  }
}
