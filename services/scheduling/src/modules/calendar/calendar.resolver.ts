import { Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context';
import { Appointment } from '../appointment/appointment.entity';
import { appointmentIcsPath, createFeed, revokeFeeds } from './calendar.service';
import { CalendarFeed } from './calendar.types';

@Resolver(() => Appointment)
export class CalendarResolver {
  @Authorized()
  @Mutation(() => CalendarFeed, { description: "A new feed of the viewer's appointments; an earlier feed address stops working." })
  createCalendarFeed(@Ctx() context: SchedulingContext): Promise<CalendarFeed> {
    return createFeed(context.dataSource, context.viewer.userId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Stops the viewer's feed address; true when there was one." })
  async revokeCalendarFeed(@Ctx() context: SchedulingContext): Promise<boolean> {
    return (await revokeFeeds(context.dataSource, context.viewer.userId)) > 0;
  }

  @Authorized()
  @FieldResolver(() => String, { description: 'Path of the .ics download of this appointment (send the bearer token).' })
  icsPath(@Root() appointment: Appointment): string {
    return appointmentIcsPath(appointment.id);
  }
}
