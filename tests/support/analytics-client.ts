import { addDays } from '@terugkeer/domain';
import { isoToday } from './dates';
import { gatewayUrl } from './gateway-client';
import { runTerugkeer } from './terugkeer-command';

export interface AnalyticsClient {
  clientId: string;
  clientSecret: string;
}

/** `npm run terugkeer -- analytics-client create …` as the README gives it; the credentials from its last line. */
export async function createAnalyticsClient(scope: ['--organization' | '--provider', string]): Promise<AnalyticsClient> {
  const { status, stderr, summary } = await runTerugkeer(['analytics-client', 'create', ...scope]);
  if (status !== 0 || !summary?.clientId) throw new Error(`analytics-client create failed (${status}): ${stderr}`);
  return { clientId: summary.clientId, clientSecret: summary.clientSecret };
}

/** A token request to `/oauth/token`, form-encoded, the client in the body unless `headers` authenticate it. */
export async function requestToken(body: Record<string, string>, headers: Record<string, string> = {}, base = gatewayUrl()) {
  const response = await fetch(`${base}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body).toString(),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> };
}

export async function clientToken(client: AnalyticsClient, base = gatewayUrl()): Promise<string> {
  const { status, body } = await requestToken({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }, {}, base);
  if (status !== 200) throw new Error(`No token for the client: ${status} ${JSON.stringify(body)}`);
  return body.access_token;
}

/** The series query of the recipes: 24 whole months up to the last one, every department, flat rows. */
export const SERIES_QUERY = `query AnalyticsSeries($from: Date!, $to: Date!, $after: String) {
  analyticsSeries(from: $from, to: $to, granularity: MONTH, byDepartment: true, first: 1000, after: $after) {
    totalRows
    pageInfo { hasNextPage endCursor }
    rows { period organization department metric value suppressed }
  }
}`;

/** 24 whole months up to the end of the last one. */
export function lastTwoYears(): { from: string; to: string } {
  const to = addDays(`${isoToday().slice(0, 7)}-01`, -1);
  const year = Number(to.slice(0, 4)) - 2;
  const month = Number(to.slice(5, 7)) + 1;
  const from = month > 12 ? `${year + 1}-01-01` : `${year}-${String(month).padStart(2, '0')}-01`;
  return { from, to };
}

/** Every row of the series, page after page, through a GraphQL call of the caller's choosing. */
export async function wholeSeries(
  call: (query: string, variables: Record<string, unknown>) => Promise<{ data?: any; errors?: unknown[] }>,
  range: { from: string; to: string },
): Promise<{ rows: any[]; totalRows: number }> {
  const rows: any[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  do {
    const { data, errors } = await call(SERIES_QUERY, { ...range, after });
    if (errors?.length) throw new Error(JSON.stringify(errors));
    rows.push(...data.analyticsSeries.rows);
    totals.add(data.analyticsSeries.totalRows);
    after = data.analyticsSeries.pageInfo.hasNextPage ? data.analyticsSeries.pageInfo.endCursor : null;
  } while (after);
  if (totals.size !== 1) throw new Error(`The total changed between pages: ${[...totals].join(', ')}`);
  return { rows, totalRows: [...totals][0] };
}
