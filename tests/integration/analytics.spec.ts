import { required } from '@terugkeer/domain';
import { gatewaySecret, readServiceConfig } from '@terugkeer/service-kit';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { clientToken, createAnalyticsClient, lastTwoYears, requestToken, wholeSeries, type AnalyticsClient } from '../support/analytics-client';
import { gatewayUrl, graphql, graphqlAs, tokenFor } from '../support/gateway-client';
import { freePort, stopChild, waitForOk } from '../support/production-login-stack';
import { eventually } from '../support/case-events';
import { withDatabase } from '../support/database';
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

  it('counts the programmes returned within the N weeks asked for, 12 unless told', async () => {
    const { from, to } = lastTwoYears();
    const returned = async (weeks?: number) => {
      const { data, errors } = await graphql(
        token,
        `
          query ($from: Date!, $to: Date!, $weeks: Int) {
            analyticsSeries(
              from: $from
              to: $to
              granularity: YEAR
              byDepartment: false
              metrics: [PROGRAMMES_RETURNED_WITHIN_WEEKS]
              returnWithinWeeks: $weeks
            ) {
              rows {
                value
              }
            }
          }
        `,
        { from, to, ...(weeks === undefined ? {} : { weeks }) },
      );
      expect(errors).toBeUndefined();
      return data.analyticsSeries.rows.map((row: { value: number | null }) => row.value ?? 0).reduce((sum: number, value: number) => sum + value, 0);
    };
    const [one, twelve, byDefault, all] = [await returned(1), await returned(12), await returned(undefined), await returned(104)];
    expect(byDefault).toBe(twelve);
    expect(one).toBeLessThanOrEqual(twelve);
    expect(twelve).toBeLessThanOrEqual(all);
    for (const weeks of [0, 105]) {
      const { errors } = await graphql(token, `{ analyticsSeries(from: "${from}", to: "${to}", returnWithinWeeks: ${weeks}) { totalRows } }`);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'returnWithinWeeks' });
    }
  });

  it('writes every query to the audit log: the analyst, the operation and its fields, no figure', async () => {
    const { from, to } = lastTwoYears();
    const operationName = `AuditedSeries${Date.now()}`;
    const query = `query ${operationName}($from: Date!, $to: Date!) {
      analyticsSeries(from: $from, to: $to, granularity: QUARTER, byDepartment: false, metrics: [ABSENCE_PERCENTAGE]) { rows { period value suppressed } }
    }`;
    expect((await graphql(token, query, { from, to })).errors).toBeUndefined();
    expect((await graphqlAs('analist@demo.test', query, { from, to })).errors).toBeUndefined();
    const entries = await eventually(async () => {
      const rows = await withDatabase('case', (db) =>
        db.query(`SELECT actor_user_id, actor_role, action, detail FROM audit_log WHERE data_class = 'ANALYTICS_QUERY' AND detail->>'operationName' = $1`, [
          operationName,
        ]),
      );
      if (rows.rows.length !== 2) throw new Error(`${rows.rows.length} of the 2 queries audited so far`);
      return rows.rows;
    });
    const byClient = required(
      entries.find((entry) => entry.detail.analystKind === 'CLIENT'),
      'the client’s entry',
    );
    expect(byClient).toMatchObject({
      actor_user_id: client.clientId,
      actor_role: 'ANALYST',
      action: 'READ',
      detail: {
        analyst: client.clientId,
        field: 'analyticsSeries',
        selection: ['rows.period', 'rows.suppressed', 'rows.value'],
        arguments: { from, to, granularity: 'QUARTER', byDepartment: false, metrics: ['ABSENCE_PERCENTAGE'] },
      },
    });
    expect(typeof byClient.detail.queriedAt).toBe('string');
    expect(entries.find((entry) => entry.detail.analystKind === 'PERSON')?.actor_user_id).toMatch(/^[0-9a-f-]{36}$/);
    // The answer's figures never reach the log.
    expect(JSON.stringify(entries)).not.toMatch(/"value":/);
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
  /** The organization's own identity provider for its analysts: a key pair and its JWKS served over HTTP. */
  let ownProvider: { server: Server; issuer: string; key: CryptoKey };

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'zorggroep-1', alg: 'ES256', use: 'sig' }] });
    const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`;
    ownProvider = { server, issuer: 'https://login.zorggroep.example/realms/analytics', key: privateKey };
    const { from, to } = lastTwoYears();
    const { data } = await graphql(
      token,
      `{ analyticsSeries(from: "${from}", to: "${to}", granularity: YEAR, byDepartment: false, metrics: [NEW_REPORTS]) { rows { organizationId } } }`,
    );
    const organizationId = required(data.analyticsSeries.rows[0]?.organizationId, 'Zorggroep Demo');
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
        ANALYTICS_TOKEN_ISSUERS: JSON.stringify([{ organizationId, issuer: ownProvider.issuer, jwksUrl, audience: 'terugkeer' }]),
      },
      stdio: 'ignore',
    });
    await waitForOk(`${base}/healthz`);
  });

  afterAll(async () => {
    if (gateway) await stopChild(gateway);
    await new Promise<void>((resolve) => ownProvider.server.close(() => resolve()));
  });

  it("accepts a client-credentials token of the organization's own identity provider for that organization's series", async () => {
    const signed = (claims: Record<string, unknown>, audience = 'terugkeer') =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: 'zorggroep-1' })
        .setIssuer(ownProvider.issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(ownProvider.key);
    const operationName = `OwnProviderSeries${Date.now()}`;
    const ask = async (bearer: string) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({
          query: `query ${operationName} { analyticsSeries(from: "2025-01-01", to: "2025-12-31", granularity: YEAR, byDepartment: false, metrics: [NEW_REPORTS]) { rows { organization value } } }`,
        }),
      });
      return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
    };
    const answer = await ask(await signed({ client_id: 'powerbi-hr' }));
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.analyticsSeries.rows).toEqual([{ organization: 'Zorggroep Demo', value: expect.any(Number) }]);
    expect((await ask(await signed({ client_id: 'powerbi-hr' }, 'someone-else'))).status).toBe(401);
    expect((await ask(await signed({ azp: 'shell', email: 'hr@demo.test' }))).status).toBe(401);
    const audited = await eventually(async () => {
      const { rows } = await withDatabase('case', (db) =>
        db.query(`SELECT actor_user_id, detail FROM audit_log WHERE data_class = 'ANALYTICS_QUERY' AND detail->>'operationName' = $1`, [operationName]),
      );
      if (rows.length !== 1) throw new Error('not audited yet');
      return rows[0];
    });
    expect(audited).toMatchObject({ actor_user_id: null, detail: { analyst: `${ownProvider.issuer}#powerbi-hr`, analystKind: 'CLIENT' } });
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
