import { graphql, graphqlAs, tokenFor } from '../support/gateway-client';

const CASE_ACROSS_SUBGRAPHS = `
  query ($id: ID!) {
    case(id: $id) {
      id
      status
      firstSickDay
      employee { name }
      appointments { kind status }
      progress { absenceDays eventsApplied }
    }
  }`;

async function sanneCaseId(): Promise<string> {
  const { data } = await graphqlAs('werknemer@demo.test', '{ viewer { cases(first: 5) { edges { node { id } } } } }');
  return data.viewer.cases.edges[0].node.id;
}

describe('one query through the gateway reaches all three subgraphs', () => {
  it('returns the case (case), its appointments (scheduling) and its progress from the read model (reporting)', async () => {
    const id = await sanneCaseId();
    const { data, errors } = await graphqlAs('werknemer@demo.test', CASE_ACROSS_SUBGRAPHS, { id });
    expect(errors).toBeUndefined();
    expect(data.case.employee.name).toBe('Sanne de Vries');
    expect(data.case.status).toBe('BUILD_UP');
    expect(data.case.appointments.length).toBeGreaterThanOrEqual(5);
    expect(data.case.appointments.map((a: { kind: string }) => a.kind)).toContain('THREE_WAY_TALK');
    // The read model learnt of the case from the case.opened event delivered through the queue.
    expect(data.case.progress.eventsApplied).toBeGreaterThanOrEqual(1);
    expect(data.case.progress.absenceDays).toBe(84);
  });

  it('tells each user who they are and which cases they may see', async () => {
    const { data } = await graphqlAs(
      'leidinggevende@demo.test',
      '{ viewer { email name memberships { role organization { name } } cases(first: 50) { edges { node { employee { name } } } } } }',
    );
    expect(data.viewer.email).toBe('leidinggevende@demo.test');
    expect(data.viewer.memberships).toEqual(expect.arrayContaining([{ role: 'MANAGER', organization: { name: 'Zorggroep Demo' } }]));
    const names = data.viewer.cases.edges.map((e: { node: { employee: { name: string } } }) => e.node.employee.name);
    expect(names).toEqual(expect.arrayContaining(['Sanne de Vries', 'Noor Willems']));
    expect(names).not.toContain('Youssef Haddou'); // Ingrid's team
    expect(names).not.toContain('Pieter Hendriks'); // another employer
  });

  it('pages through cases with cursors and refuses more than 100 at once', async () => {
    // The coach's caseload: other tests open cases for the organization, never for him.
    const token = await tokenFor('coach@arbo.test');
    const whole = await graphql(token, '{ viewer { cases(first: 100) { edges { node { id } } } } }');
    const first = await graphql(token, '{ viewer { cases(first: 3) { edges { node { id } cursor } pageInfo { hasNextPage endCursor } } } }');
    expect(first.data.viewer.cases.edges).toHaveLength(3);
    expect(first.data.viewer.cases.pageInfo.hasNextPage).toBe(true);
    const second = await graphql(token, 'query ($after: String) { viewer { cases(first: 100, after: $after) { edges { node { id } } } } }', {
      after: first.data.viewer.cases.pageInfo.endCursor,
    });
    const all = [...first.data.viewer.cases.edges, ...second.data.viewer.cases.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(whole.data.viewer.cases.edges.map((e: { node: { id: string } }) => e.node.id));

    const tooMany = await graphql(token, '{ viewer { cases(first: 101) { edges { node { id } } } } }');
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('authentication and tenant isolation', () => {
  it('answers UNAUTHENTICATED without a token or with an unknown one', async () => {
    for (const token of [null, 'not-a-token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl']) {
      const response = await graphql(token, '{ viewer { id } }');
      expect(response.status).toBe(401);
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('gives a valid token of another employer nothing of this one', async () => {
    const id = await sanneCaseId();
    for (const email of ['hr@andere.test', 'leidinggevende@andere.test', 'werknemer@andere.test']) {
      const { data, errors } = await graphqlAs(email, CASE_ACROSS_SUBGRAPHS, { id });
      expect(errors).toBeUndefined();
      expect(data.case).toBeNull();
    }
  });

  it('shows a case to its assigned doctor and coach, and not to unassigned ones', async () => {
    const id = await sanneCaseId();
    for (const email of ['bedrijfsarts@arbo.test', 'coach@arbo.test']) {
      expect((await graphqlAs(email, CASE_ACROSS_SUBGRAPHS, { id })).data.case.id).toBe(id);
    }
    for (const email of ['bedrijfsarts2@arbo.test', 'coach2@arbo.test', 'collega@demo.test', 'leidinggevende2@demo.test']) {
      expect((await graphqlAs(email, CASE_ACROSS_SUBGRAPHS, { id })).data.case).toBeNull();
    }
  });

  it('refuses a subgraph call that bypasses the gateway without a valid token', async () => {
    const casePort = process.env.CASE_PORT ?? '4101';
    const response = await fetch(`http://127.0.0.1:${casePort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(response.status).toBe(401);
  });
});

describe('gateway endpoints', () => {
  it('publishes its signing keys and reports the health of every subgraph', async () => {
    const base = process.env.GATEWAY_URL;
    const jwks = await (await fetch(`${base}/.well-known/jwks.json`)).json();
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
    expect(jwks.keys[0].d).toBeUndefined();
    const health = await (await fetch(`${base}/healthz`)).json();
    expect(health).toEqual({ status: 'ok', subgraphs: { case: 'ok', scheduling: 'ok', reporting: 'ok' } });
  });

  it('refuses a development token for an unknown user', async () => {
    const response = await fetch(`${process.env.GATEWAY_URL}/auth/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@demo.test' }),
    });
    expect(response.status).toBe(404);
  });
});
