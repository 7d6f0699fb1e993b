import type { EventEnvelope } from './envelope';

/**
 * An analyst's query of the aggregates, for the audit log: who asked, what and when; never a
 * figure, a person or a case.
 */
export interface AnalyticsQueriedPayload {
  /** An analytics client's id or a person's user id; a client of an organization's own provider is `<issuer>#<client>`. */
  analyst: string;
  /** Whether the analyst is a service account (client credentials) or a person with the role ANALYST. */
  analystKind: 'CLIENT' | 'PERSON';
  /** The root field and the operation's own name, as the client sent it. */
  field: string;
  operationName: string | null;
  /** The fields the query selected beneath the root field, as dotted paths. */
  selection: string[];
  /** The arguments that shape the answer (period, grouping, metrics, paging), none about a person. */
  arguments: Record<string, unknown>;
  organizationIds: string[];
  rows: number;
}

export type AnalyticsQueried = EventEnvelope<'analytics.queried', AnalyticsQueriedPayload>;

export type AnalyticsEvent = AnalyticsQueried;
