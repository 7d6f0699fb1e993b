import { Connection } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context';
import { CaseRef } from '../case/case.types';
import { Notification } from './notification.entity';
import { markAllRead, markRead, notificationsOf, unreadCount } from './notification.service';

const NotificationConnection = Connection(Notification);

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
  async notifications(
    @Ctx() context: SchedulingContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('unreadOnly', { defaultValue: false }) unreadOnly?: boolean,
  ) {
    return notificationsOf(context.dataSource, context.viewer.userId, first, after, unreadOnly ?? false);
  }

  @Authorized()
  // The case service decides whether the viewer may open it: null for a case that is not theirs (a dialogue colleague's).
  @FieldResolver(() => CaseRef, {
    name: 'case',
    nullable: true,
    description: 'The case it is about, to lead to; null when there is none or it is not the viewer’s.',
  })
  caseOf(@Root() notification: Notification): CaseRef | null {
    return notification.caseId ? { id: notification.caseId } : null;
  }

  @Authorized()
  @Query(() => Int, { description: 'Notifications neither read nor resolved.' })
  async unreadNotificationCount(@Ctx() context: SchedulingContext): Promise<number> {
    return unreadCount(context.dataSource, context.viewer.userId);
  }

  @Authorized()
  @Mutation(() => Notification)
  async markNotificationRead(@Arg('id', () => ID) id: string, @Ctx() context: SchedulingContext): Promise<Notification> {
    return markRead(context.dataSource, id, context.viewer.userId);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks every unread notification read; returns how many.' })
  async markAllNotificationsRead(@Ctx() context: SchedulingContext): Promise<number> {
    return markAllRead(context.dataSource, context.viewer.userId);
  }
}
