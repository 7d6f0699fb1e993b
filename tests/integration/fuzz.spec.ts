import { INPUT_REASON_CODES, type InputReasonCode } from '@terugkeer/domain';
import { gatewayUrl, graphqlAs, tokenFor } from '../support/gateway-client';

jest.setTimeout(120_000);

/** Anything that tells an attacker how we are built. */
const LEAKS = [
  /\bat [\w.<>]+ \(.*:\d+:\d+\)/, // stack frames
  /node_modules|\/dist\/|\.ts:\d+/,
  /\b(SELECT|INSERT|UPDATE|DELETE)\b.*\b(FROM|INTO|SET)\b/,
  /syntax error at or near|invalid input syntax|violates .* constraint|relation "|column "|QueryFailedError|duplicate key/i,
  /postgres|typeorm|pg-boss/i,
];

interface FuzzCase {
  name: string;
  body: string;
  contentType?: string;
  method?: 'GET' | 'POST';
  search?: string;
}

const gql = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
const repeat = (text: string, times: number, separator = ' ') => Array.from({ length: times }, () => text).join(separator);

function corpus(caseId: string): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const add = (name: string, body: string, extra: Partial<FuzzCase> = {}) => cases.push({ name, body, ...extra });

  for (const body of ['{', '{"query":', 'null', '[]', '"text"', '42', '{"query": 5}', '{"query": null}', '{"query": "{"}', '{"query": "query {"}', '\u0000\u0001', '{"query":"{ viewer { id } }","variables":"not-an-object"}']) {
    add(`malformed body ${JSON.stringify(body).slice(0, 30)}`, body);
  }
  for (const contentType of ['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', '']) {
    add(`content type "${contentType}"`, gql('{ viewer { id } }'), { contentType });
  }
  add('oversized body', gql(`{ viewer { id } } # ${'x'.repeat(300_000)}`));
  add('oversized variables', gql('query ($t: String) { viewer { id } }', { t: 'x'.repeat(300_000) }));
  add('deep nesting', gql('{ viewer { cases(first: 1) { edges { node { employee { department { id } } organization { id } } } } } }'));
  add('very deep selection', gql(`{ ${repeat('viewer {', 40, '')} id ${'}'.repeat(40)} }`));
  add('alias bomb', gql(`{ ${Array.from({ length: 500 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`));
  add('root field flood', gql(`{ ${Array.from({ length: 40 }, (_, i) => `r${i}: case(id: "${caseId}") { id }`).join(' ')} }`));
  add('fragment cycle', gql('query { viewer { ...A } } fragment A on ViewerProfile { ...B } fragment B on ViewerProfile { ...A }'));
  add('directive flood', gql(`{ viewer ${repeat('@skip(if: false)', 200)} { id } }`));
  add('token flood', gql(`{ viewer { ${repeat('__typename', 5000)} } }`));
  add('unknown field', gql('{ nope }'));
  add('unknown nested field', gql('{ viewer { passwordHash } }'));
  add('batched requests', JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]));
  add('GET with a huge query', '', { method: 'GET', search: `?query=${encodeURIComponent(`{ viewer { id } } #${'x'.repeat(20_000)}`)}` });
  add('GET mutation', '', { method: 'GET', search: `?query=${encodeURIComponent('mutation { markAllNotificationsRead }')}` });

  const hostile = [
    123, -1, 1e308, 'NaN', true, [], {}, [caseId], { id: caseId }, '', ' ', 'not-a-uuid', '00000000-0000-0000-0000-000000000000',
    "'; DROP TABLE cases; --", "' OR '1'='1", '\u0000', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ نص', 'x'.repeat(10_000), '../../etc/passwd', '${jndi:ldap://x}', '<script>alert(1)</script>',
  ];
  for (const value of hostile) {
    const label = JSON.stringify(value).slice(0, 24);
    add(`case id ${label}`, gql('query ($id: ID!) { case(id: $id) { id status } }', { id: value }));
    add(`cursor ${label}`, gql('query ($after: String) { viewer { cases(first: 5, after: $after) { edges { node { id } } } } }', { after: value }));
    add(`page size ${label}`, gql('query ($first: Int) { viewer { cases(first: $first) { edges { node { id } } } } }', { first: value }));
    add(`employee lookup ${label}`, gql('query ($org: ID!, $n: String!) { employee(organizationId: $org, employeeNumber: $n) { id } }', { org: value, n: value }));
    add(
      `sick report ${label}`,
      gql('mutation ($input: RecordSickReportInput!) { recordSickReport(input: $input) { saved } }', {
        input: { employeeId: value, firstSickDay: value, percentage: value, contactDetails: value },
      }),
    );
    add(
      `milestone ${label}`,
      gql('mutation ($input: MarkMilestoneDoneInput!) { markMilestoneDone(input: $input) { id } }', { input: { caseId: value, key: value, fulfilledOn: value } }),
    );
    add(
      `appointment ${label}`,
      gql('mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booked } }', {
        input: { caseId: value, kind: value, startsAt: value, endsAt: value, location: value, purpose: value, participantUserIds: value },
      }),
    );
    add(`notification ${label}`, gql('mutation ($id: ID!) { markNotificationRead(id: $id) { id } }', { id: value }));
  }
  for (const date of ['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', '0000-00-00', '9999-99-99']) {
    add(`impossible date ${date}`, gql('query ($id: ID!, $from: DateTime) { myAppointments(from: $from) { id } case(id: $id) { id } }', { id: caseId, from: `${date}T09:00:00Z` }));
    add(`impossible period ${date}`, gql('query ($from: Date!) { providerAbsenceStatistics(from: $from, to: "2026-12-31") { periodDays } }', { from: date }));
  }
  return cases;
}

interface ResponseBody {
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Bad input says why in a reason code a screen can word, with the values the reason names. */
function badInputWithoutReason(text: string): string | null {
  let body: ResponseBody | ResponseBody[] | null;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  const explained = (extensions: Record<string, unknown>) =>
    INPUT_REASON_CODES.includes(extensions.reasonCode as InputReasonCode) && typeof extensions.values === 'object' && extensions.values !== null;
  const unexplained = [body]
    .flat()
    .flatMap((b) => b?.errors ?? [])
    .find(({ extensions }) => extensions?.code === 'BAD_USER_INPUT' && !explained(extensions));
  return unexplained ? `${unexplained.message} ${JSON.stringify(unexplained.extensions)}`.slice(0, 200) : null;
}

async function send(baseUrl: string, token: string, fuzz: FuzzCase) {
  const response = await fetch(`${baseUrl}/graphql${fuzz.search ?? ''}`, {
    method: fuzz.method ?? 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(fuzz.contentType === '' ? {} : { 'content-type': fuzz.contentType ?? 'application/json' }),
      'apollo-require-preflight': 'true',
    },
    body: fuzz.method === 'GET' ? undefined : fuzz.body,
  });
  return { status: response.status, text: await response.text() };
}

describe('hostile input', () => {
  it('never gets a 5xx, a stack trace or database detail, from the gateway or any subgraph, and everything keeps serving', async () => {
    const token = await tokenFor('hr@demo.test');
    const { data } = await graphqlAs('werknemer@demo.test', '{ viewer { cases(first: 1) { edges { node { id } } } } }');
    const caseId = data.viewer.cases.edges[0].node.id;
    const targets = {
      gateway: gatewayUrl(),
      case: `http://localhost:${process.env.CASE_PORT}`,
      scheduling: `http://localhost:${process.env.SCHEDULING_PORT}`,
      reporting: `http://localhost:${process.env.REPORTING_PORT}`,
    };
    const failures: string[] = [];
    let sent = 0;
    for (const [target, baseUrl] of Object.entries(targets)) {
      for (const fuzz of corpus(caseId)) {
        sent += 1;
        const { status, text } = await send(baseUrl, token, fuzz);
        if (status >= 500) failures.push(`${target} × ${fuzz.name}: HTTP ${status} ${text.slice(0, 160)}`);
        const leak = LEAKS.find((pattern) => pattern.test(text));
        if (leak) failures.push(`${target} × ${fuzz.name}: leaks ${leak} in ${text.slice(0, 200)}`);
        const unexplained = badInputWithoutReason(text);
        if (unexplained) failures.push(`${target} × ${fuzz.name}: bad input without a known reason code: ${unexplained}`);
      }
    }
    for (const [target, baseUrl] of Object.entries(targets)) {
      const alive = await send(baseUrl, token, { name: 'normal', body: gql('{ __typename }') });
      if (alive.status !== 200) failures.push(`${target} stopped serving: HTTP ${alive.status}`);
    }
    const normal = await graphqlAs('hr@demo.test', '{ viewer { email } }');
    expect(normal.data.viewer.email).toBe('hr@demo.test');
    console.log(`fuzz: ${sent} hostile requests sent to the gateway and the three subgraphs, ${failures.length} failed`);
    expect(failures).toEqual([]);
  });

  it('refuses operations beyond the gateway limits with a clear, typed error', async () => {
    const token = await tokenFor('hr@demo.test');
    const deep = await send(gatewayUrl(), token, { name: 'deep', body: gql(`{ ${repeat('viewer {', 14, '')} id ${'}'.repeat(14)} }`) });
    const aliases = await send(gatewayUrl(), token, { name: 'aliases', body: gql(`{ ${Array.from({ length: 20 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`) });
    const roots = await send(gatewayUrl(), token, { name: 'roots', body: gql(`{ ${Array.from({ length: 13 }, (_, i) => `r${i}: viewer { id }`).join(' ')} }`) });
    const big = await send(gatewayUrl(), token, { name: 'big', body: gql(`{ viewer { id } } #${'x'.repeat(200_000)}`) });
    const tokens = await send(gatewayUrl(), token, { name: 'tokens', body: gql(`{ viewer { ${repeat('id', 4_100)} } }`) });
    const directives = await send(gatewayUrl(), token, { name: 'directives', body: gql(`{ viewer ${repeat('@skip(if: false)', 25)} { id } }`) });
    for (const [limit, refused] of [['depth', deep], ['aliases', aliases], ['tokens', tokens], ['directives', directives]] as const) {
      expect(refused.status).toBeLessThan(500);
      const [error] = JSON.parse(refused.text).errors;
      expect(error.message).toMatch(/depth|alias|token|directive/i);
      expect(error.extensions).toMatchObject({ code: 'OPERATION_LIMIT', limit });
    }
    expect(roots.status).toBeLessThan(500);
    expect(JSON.parse(roots.text).errors?.[0].message).toMatch(/root fields/);
    expect(big.status).toBe(413);
    expect(JSON.parse(big.text).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
  });
});
