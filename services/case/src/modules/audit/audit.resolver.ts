import { decodeCursor, pageSize, toConnection } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { dataAccessesOf } from './audit.service';
import { DataAccessConnection, DataAccessEntry } from './audit.types';

@Resolver(() => DataAccessEntry)
export class AuditResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Authorized('EMPLOYEE')
  @Query(() => DataAccessConnection, { description: "Who read or changed the viewer's own dossier, newest first." })
  async myDataAccessLog(
    @Ctx() { viewer }: CaseContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const size = pageSize(first);
    const cursor = decodeCursor(after, 'after');
    const rows = await dataAccessesOf(this.dataSource, viewer.userId, cursor?.[0] ?? null, size + 1);
    return toConnection(rows.slice(0, size), rows.length > size, (row) => [String(row.seq)]);
  }
}
