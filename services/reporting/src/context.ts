import type { RequestContext, Viewer } from '@terugkeer/service-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { caseAccessLoader } from './modules/case-access/case-access.repository';

interface CaseActivity {
  eventsApplied: number;
  lastEventAt: string | null;
}

export interface ReportingContext extends RequestContext {
  dataSource: DataSource;
  loaders: {
    caseAccess: ReturnType<typeof caseAccessLoader>;
    caseActivity: DataLoader<string, CaseActivity | null>;
  };
}

function caseActivityLoader(dataSource: DataSource) {
  return new DataLoader<string, CaseActivity | null>(async (ids) => {
    const rows: { case_id: string; events_applied: number; last_event_at: Date | null }[] = await dataSource.query(
      `SELECT case_id, events_applied, last_event_at FROM case_activity WHERE case_id = ANY($1::uuid[])`,
      [[...ids]],
    );
    const byId = new Map(rows.map((r) => [r.case_id, { eventsApplied: r.events_applied, lastEventAt: r.last_event_at?.toISOString() ?? null }]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export function createReportingContext(dataSource: DataSource) {
  return (viewer: Viewer, requestId: string): ReportingContext => ({
    viewer,
    requestId,
    dataSource,
    loaders: { caseAccess: caseAccessLoader(dataSource), caseActivity: caseActivityLoader(dataSource) },
  });
}
