import { Connection, decodeCursor, notFound, pageSize, toConnection } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { SchedulingContext } from '../../context';
import { Notification } from './notification.entity';

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
    const size = pageSize(first);
    const cursor = decodeCursor(after, 'after', 2);
    const query = context.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :user', { user: context.viewer.userId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(size + 1);
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    if (cursor) query.andWhere('(n.created_at, n.id) < (:createdAt, :id)', { createdAt: cursor[0], id: cursor[1] });
    const rows = await query.getMany();
    return toConnection(rows.slice(0, size), rows.length > size, (n) => [n.createdAt, n.id]);
  }

  @Authorized()
  @Query(() => Int)
  async unreadNotificationCount(@Ctx() context: SchedulingContext): Promise<number> {
    return context.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :user AND n.read_at IS NULL', { user: context.viewer.userId })
      .getCount();
  }

  @Authorized()
  @Mutation(() => Notification)
  async markNotificationRead(@Arg('id', () => ID) id: string, @Ctx() context: SchedulingContext): Promise<Notification> {
    const [rows]: [{ id: string }[]] = await context.dataSource.query(
      `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`,
      [/^[0-9a-f-]{36}$/i.test(id) ? id : null, context.viewer.userId],
    );
    if (rows.length === 0) throw notFound('Notification', id);
    return context.dataSource.getRepository(Notification).findOneByOrFail({ id });
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks every unread notification read; returns how many.' })
  async markAllNotificationsRead(@Ctx() context: SchedulingContext): Promise<number> {
    const [, count]: [unknown, number] = await context.dataSource.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [
      context.viewer.userId,
    ]);
    return count;
  }
}
