import { required } from '@terugkeer/domain';
import { gatewaySecret, readServiceConfig } from '@terugkeer/service-kit';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { clientToken, createAnalyticsClient, lastTwoYears, requestToken, wholeSeries, type AnalyticsClient } from '../support/analytics-client';
import { gatewayUrl, graphql, graphqlAs, tokenFor } from '../support/gateway-client';
import { freePort, stopChild, waitForOk } from '../support/production-login-stack';
import { runTerugkeer } from '../support/terugkeer-command';

jest.setTimeout(120_000);

let client: AnalyticsClient;
let token: string;

beforeAll(async () => {
  client = await createAnalyticsClient(['--organization', 'Zorggroep Demo']);
  token = await clientToken(client);
});

describe('analytics clients get tokens by client credentials', () => {
  it('prints the id and the secret once, and lists the client without its secret', async () => {
    expect(client.clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(client.clientSecret.length).toBeGreaterThanOrEqual(43);
    const listed = await runTerugkeer(['analytics-client', 'list']);
    expect(listed.status).toBe(0);
    const mine = listed.summary.clients.find((c: any) => c.clientId === client.clientId);
    expect(mine).toMatchObject({ revokedAt: null });
    expect(JSON.stringify(listed.summary)).not.toContain(client.clientSecret);
  });

  it('grants a short-lived bearer token for the id and secret in the body or as HTTP Basic', async () => {
    const inBody = await requestToken({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret });
    expect(inBody.status).toBe(200);
    expect(inBody.body).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    expect(inBody.headers.get('cache-control')).toBe('no-store');
    const basic = Buffer.from(`${client.clientId}:${encodeURIComponent(client.clientSecret)}`).toString('base64');
    const viaBasic = await requestToken({ grant_type: 'client_credentials' }, { authorization: `Basic ${basic}` });
    expect(viaBasic.status).toBe(200);
    const claims = JSON.parse(Buffer.from(viaBasic.body.access_token.split('.')[1], 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ sub: client.clientId, client_id: client.clientId, memberships: [{ role: 'ANALYST' }] });
    expect(claims.exp - claims.iat).toBe(900);
  });

  it.each([
    ['a wrong secret', { grant_type: 'client_credentials', client_id: 'CLIENT', client_secret: 'wrong' }, 401, 'invalid_client'],
    ['an unknown client', { grant_type: 'client_credentials', client_id: '00000000-0000-4000-8000-000000000000', client_secret: 'x' }, 401, 'invalid_client'],
    ['another grant type', { grant_type: 'password', username: 'a', password: 'b' }, 400, 'unsupported_grant_type'],
    ['no grant type', { client_id: 'CLIENT', client_secret: 'x' }, 400, 'invalid_request'],
  ])('refuses %s with the RFC 6749 error', async (_name, body, status, error) => {
    const filled = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, v === 'CLIENT' ? client.clientId : v]));
    const answer = await requestToken(filled);
    expect({ status: answer.status, error: answer.body.error }).toEqual({ status, error });
    expect(typeof answer.body.error_description).toBe('string');
    if (status === 401) expect(answer.headers.get('www-authenticate')).toMatch(/^Basic/);
  });

  it('refuses a JSON token request', async () => {
    const response = await fetch(`${gatewayUrl()}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }),
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('refuses a revoked client', async () => {
    const doomed = await createAnalyticsClient(['--organization', 'Zorggroep Demo']);
    await clientToken(doomed);
    const revoked = await runTerugkeer(['analytics-client', 'revoke', doomed.clientId]);
    expect(revoked.status).toBe(0);
    expect(revoked.summary.revokedAt).not.toBeNull();
    const answer = await requestToken({ grant_type: 'client_credentials', client_id: doomed.clientId, client_secret: doomed.clientSecret });
    expect(answer.body.error).toBe('invalid_client');
  });

  it('refuses an organization that does not exist', async () => {
    const result = await runTerugkeer(['analytics-client', 'create', '--organization', 'Bestaat Niet BV']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('No organization named');
  });
});

describe('the analyst’s series', () => {
  it('answers 24 months × every department as flat rows, small groups suppressed with a complement', async () => {
    const { from, to } = lastTwoYears();
    const series = await wholeSeries((query, variables) => graphql(token, query, variables), { from, to });
    expect(series.rows).toHaveLength(series.totalRows);
    const periods = new Set(series.rows.map((r: any) => r.period));
    expect(periods.size).toBe(24);
    const groups = new Set(series.rows.map((r: any) => r.department));
    expect(groups).toEqual(new Set([null, 'Verpleging', 'Administratie', 'Facilitair']));
    for (const row of series.rows) {
      expect(Object.keys(row).sort()).toEqual(['department', 'metric', 'organization', 'period', 'suppressed', 'value']);
      if (row.suppressed) expect(row.value).toBeNull();
    }
    // In no period is exactly one department hidden: it could be recovered from the total.
    for (const period of periods) {
      const hidden = new Set(series.rows.filter((r: any) => r.period === period && r.department !== null && r.suppressed).map((r: any) => r.department));
      expect(hidden.size).not.toBe(1);
    }
    const lastMonth = series.rows.filter((r: any) => r.period === to.slice(0, 7) && r.department === null);
    expect(lastMonth.find((r: any) => r.metric === 'ABSENCE_PERCENTAGE')).toMatchObject({ suppressed: false, value: expect.any(Number) });
  });

  it('pages through a large series without losing or repeating a row', async () => {
    const { from, to } = lastTwoYears();
    const query = `query ($from: Date!, $to: Date!, $after: String) {
      analyticsSeries(from: $from, to: $to, first: 700, after: $after) { totalRows pageInfo { hasNextPage endCursor } rows { period department metric } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    const totals = new Set<number>();
    do {
      const { data, errors }: { data?: any; errors?: unknown[] } = await graphql(token, query, { from, to, after });
      expect(errors).toBeUndefined();
      totals.add(data.analyticsSeries.totalRows);
      seen.push(...data.analyticsSeries.rows.map((r: any) => `${r.period}|${r.department}|${r.metric}`));
      after = data.analyticsSeries.pageInfo.hasNextPage ? data.analyticsSeries.pageInfo.endCursor : null;
    } while (after);
    expect(totals.size).toBe(1);
    expect(seen.length).toBe([...totals][0]);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('gives the same series as CSV from /analytics/series.csv', async () => {
    const { from, to } = lastTwoYears();
    const response = await fetch(`${gatewayUrl()}/analytics/series.csv?from=${from}&to=${to}&granularity=QUARTER`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('period,organizationId,organization,departmentId,department,metric,value,suppressed');
    const { data } = await graphql(
      token,
      `
        query ($from: Date!, $to: Date!) {
          analyticsSeries(from: $from, to: $to, granularity: QUARTER) {
            totalRows
          }
        }
      `,
      { from, to },
    );
    expect(lines.length - 1).toBe(data.analyticsSeries.totalRows);
    const refused = await fetch(`${gatewayUrl()}/analytics/series.csv?from=${from}&to=${to}`, {
      headers: { authorization: `Bearer ${await tokenFor('hr@demo.test')}` },
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('FORBIDDEN');
  });

  it('gives quarters and years, and the same figures to the person with the ANALYST role', async () => {
    const { from, to } = lastTwoYears();
    const query = `query ($from: Date!, $to: Date!) { analyticsSeries(from: $from, to: $to, granularity: YEAR, byDepartment: false, metrics: [NEW_REPORTS]) { rows { period value } } }`;
    const asClient = await graphql(token, query, { from, to });
    const asPerson = await graphqlAs('analist@demo.test', query, { from, to });
    expect(asPerson.errors).toBeUndefined();
    expect(asPerson.data).toEqual(asClient.data);
    expect(asClient.data.analyticsSeries.rows.length).toBeGreaterThanOrEqual(2);
  });

  it('names the field of a bad period', async () => {
    const { errors } = await graphql(
      token,
      `
        {
          analyticsSeries(from: "2025-03-01", to: "2025-01-01") {
            totalRows
          }
        }
      `,
    );
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('is refused to everyone who is not an analyst', async () => {
    for (const email of ['hr@demo.test', 'werknemer@demo.test', 'bedrijfsarts@arbo.test']) {
      const { errors } = await graphqlAs(email, `{ analyticsSeries(from: "2025-01-01", to: "2025-12-31") { totalRows } }`);
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses another organization', async () => {
    const { data } = await graphqlAs('hr@andere.test', '{ viewer { cases(first: 1) { edges { node { organization { id } } } } } }');
    const other = required(data.viewer.cases.edges[0]?.node.organization.id, 'an organization of Andere BV');
    const { errors } = await graphql(
      token,
      `
        query ($org: ID!) {
          analyticsSeries(organizationId: $org, from: "2025-01-01", to: "2025-12-31") {
            totalRows
          }
        }
      `,
      {
        org: other,
      },
    );
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('an analyst reads nothing but aggregates', () => {
  it.each([
    ['viewer', '{ viewer { name } }'],
    ['the personal export', '{ myPersonalDataExport { dossier } }'],
    ['notifications', '{ unreadNotificationCount }'],
    ['the appointments', '{ myAppointments { id } }'],
    ['the organization report', '{ organizationReport(organizationId: "00000000-0000-4000-8000-000000000000") { asOf } }'],
  ])('refuses %s', async (_name, query) => {
    const { data, errors } = await graphql(token, query);
    expect(errors?.length).toBeGreaterThan(0);
    expect(errors?.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(Object.values(data ?? {}).filter((value) => value !== null)).toEqual([]);
  });

  it('refuses a query over the cost budget with the cost and the budget', async () => {
    const { from, to } = lastTwoYears();
    const aliases = [1, 2, 3, 4, 5].map((n) => `s${n}: analyticsSeries(from: "${from}", to: "${to}", first: 1000) { rows { value } }`).join(' ');
    const { errors } = await graphql(token, `{ ${aliases} }`);
    expect(errors?.[0].extensions).toMatchObject({ code: 'COST_LIMIT', cost: 5005, budget: 5000 });
    expect(errors?.[0].message).toContain('5005');
  });
});

describe('in production', () => {
  let gateway: ChildProcess | undefined;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://localhost:${port}`;
    gateway = spawn(process.execPath, [join(__dirname, '..', '..', 'services', 'gateway', 'dist', 'main.js')], {
      env: {
        ...process.env,
        TERUGKEER_MODE: 'production',
        GATEWAY_SIGNING_SECRET: gatewaySecret(readServiceConfig('case')).toString('utf8'),
        GATEWAY_PORT: String(port),
        // No person logs in here: the provider is never asked.
        OIDC_JWKS_URL: 'http://127.0.0.1:9/jwks',
        OIDC_ISSUER: 'http://127.0.0.1:9',
        CORS_ORIGINS: 'http://localhost:9',
      },
      stdio: 'ignore',
    });
    await waitForOk(`${base}/healthz`);
  });

  afterAll(async () => {
    if (gateway) await stopChild(gateway);
  });

  it('grants a token and answers the 24-month series to an ad-hoc document, with introspection', async () => {
    const productionToken = await clientToken(client, base);
    const { from, to } = lastTwoYears();
    const call = async (bearer: string, query: string, variables?: Record<string, unknown>) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: any[] };
    };
    const series = await wholeSeries((query, variables) => call(productionToken, query, variables), { from, to });
    expect(new Set(series.rows.map((r: any) => r.period)).size).toBe(24);
    const introspection = await call(productionToken, '{ __type(name: "AnalyticsRow") { fields { name } } }');
    expect(introspection.data.__type.fields.map((f: any) => f.name)).toContain('suppressed');
    const personLevel = await call(productionToken, '{ viewer { name } }');
    expect(personLevel.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
