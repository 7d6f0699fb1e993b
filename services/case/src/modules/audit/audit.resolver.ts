import { decodeCursor, pageSize, toConnection } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
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
    const rows: (DataAccessEntry & { seq: string })[] = await this.dataSource.query(
      `SELECT a.seq, a.seq::text AS id, a.occurred_at AS "occurredAt", u.name AS "actorName", a.actor_role AS "actorRole",
              a.action, a.data_class AS "dataClass", a.case_id AS "caseId"
         FROM audit_log a
         LEFT JOIN users u ON u.id = a.actor_user_id
        WHERE a.subject_employee_id IN (SELECT id FROM employees WHERE user_id = $1)
          AND a.actor_user_id IS DISTINCT FROM $1
          AND ($2::bigint IS NULL OR a.seq < $2::bigint)
        ORDER BY a.seq DESC
        LIMIT $3`,
      [viewer.userId, cursor?.[0] ?? null, size + 1],
    );
    return toConnection(rows.slice(0, size), rows.length > size, (row) => [String(row.seq)]);
  }
}
