import { sendJson } from '@terugkeer/service-kit';
import type { IncomingMessage, ServerResponse } from 'node:http';

const COLUMNS = ['period', 'organizationId', 'organization', 'departmentId', 'department', 'metric', 'value', 'suppressed'] as const;
const PAGE = 1_000;

const QUERY = `query AnalyticsSeriesCsv($from: Date!, $to: Date!, $granularity: AnalyticsGranularity!, $byDepartment: Boolean!,
    $organizationId: ID, $metrics: [AnalyticsMetric!], $first: Int!, $after: String, $returnWithinWeeks: Int!) {
  analyticsSeries(from: $from, to: $to, granularity: $granularity, byDepartment: $byDepartment, organizationId: $organizationId,
      metrics: $metrics, first: $first, after: $after, returnWithinWeeks: $returnWithinWeeks) {
    pageInfo { hasNextPage endCursor }
    rows { ${COLUMNS.join(' ')} }
  }
}`;

type Row = Record<(typeof COLUMNS)[number], string | number | boolean | null>;

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
const csvField = (value: string | number | boolean | null) => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * `GET /analytics/series.csv?from=…&to=…[&granularity=MONTH|QUARTER|YEAR][&byDepartment=false]
 * [&organizationId=…][&metrics=A,B][&returnWithinWeeks=N]` with the analyst's bearer token: the same series as
 * `analyticsSeries`, every page, as CSV for tools that cannot speak GraphQL. It asks the
 * gateway's own GraphQL endpoint, so the token, the refusals and the cost budget are the same.
 */
export function analyticsCsvRoute(graphqlUrl: string) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    if (request.method !== 'GET') return sendJson(response, 405, { error: 'Use GET.' });
    const authorization = request.headers.authorization;
    if (!authorization?.startsWith('Bearer ')) return sendJson(response, 401, { error: 'A bearer token is required.' });
    const parameter = (name: string) => url.searchParams.get(name);
    const variables: Record<string, unknown> = {
      from: parameter('from'),
      to: parameter('to'),
      granularity: parameter('granularity') ?? 'MONTH',
      byDepartment: parameter('byDepartment') !== 'false',
      organizationId: parameter('organizationId'),
      metrics: parameter('metrics')?.split(',') ?? null,
      first: PAGE,
      after: null,
      // A text that is no number travels as null (JSON has no NaN), which GraphQL refuses for Int!; the resolver checks the bounds.
      returnWithinWeeks: parameter('returnWithinWeeks') === null ? 12 : Number(parameter('returnWithinWeeks')),
    };
    const rows: Row[] = [];
    do {
      const answer = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: QUERY, variables }),
      });
      const body = (await answer.json()) as {
        data?: { analyticsSeries?: { rows: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
        errors?: unknown[];
      };
      const series = body.data?.analyticsSeries;
      if (!series || body.errors?.length) return sendJson(response, answer.status === 200 ? 400 : answer.status, { errors: body.errors ?? [] });
      rows.push(...series.rows);
      variables.after = series.pageInfo.hasNextPage ? series.pageInfo.endCursor : null;
    } while (variables.after);
    const text = [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((column) => csvField(row[column])).join(','))].join('\r\n') + '\r\n';
    response.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="terugkeer-series.csv"',
      'content-length': Buffer.byteLength(text),
      'cache-control': 'no-store',
    });
    response.end(text);
  };
}
