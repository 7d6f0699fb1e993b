import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { required } from '@terugkeer/domain';
import type { DataClass } from '../privacy/privacy-matrix';
import { MUTATIONS, ROOT_QUERY_FIELDS } from '../privacy/classification';
import { judge } from '../privacy/judge';
import { PERSONAS, type Persona, type Relationship } from '../privacy/personas';
import { apiSchema, probes, selectionOf, subgraphSchema, unclassified, type Probe } from '../privacy/schema-walk';
import { sampleArguments } from '../privacy/write-variables';
import { graphql, tokenFor } from '../support/gateway-client';

jest.setTimeout(180_000);

const SUBGRAPHS = { case: 'CASE_PORT', scheduling: 'SCHEDULING_PORT', reporting: 'REPORTING_PORT' } as const;
type Subgraph = keyof typeof SUBGRAPHS;

const schema = apiSchema();
const tokens = new Map<string, string>();
const token = async (persona: Persona) => {
  if (!tokens.has(persona.email)) tokens.set(persona.email, await tokenFor(persona.email));
  return required(tokens.get(persona.email), `the token of ${persona.email}`);
};

/** Runs tasks a few at a time: enough to be quick, few enough not to crowd the services. */
async function inPool<T>(tasks: (() => Promise<T>)[], size = 6): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await tasks[index]();
      }
    }),
  );
  return results;
}

async function callSubgraph(subgraph: Subgraph, bearer: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`http://localhost:${process.env[SUBGRAPHS[subgraph]]}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

interface ReadPath {
  name: string;
  /** Relationships this path serves; everyone else must find nothing through it. */
  servesOnly?: Relationship[];
  read: (persona: Persona, probe: Probe, caseId: string) => Promise<{ caseValue: any; errors?: any[] }>;
}

const GATEWAY_PATHS: ReadPath[] = [
  {
    name: 'case(id)',
    read: async (persona, probe, caseId) => {
      const { data, errors } = await graphql(await token(persona), `query ($id: ID!) { case(id: $id) { id ${probe.selection} } }`, { id: caseId });
      return { caseValue: data?.case ?? null, errors };
    },
  },
  {
    name: 'viewer.cases',
    read: async (persona, probe, caseId) => {
      const query = `{ viewer { cases(first: 100) { edges { node { id ${probe.selection} } } } } }`;
      const { data, errors } = await graphql(await token(persona), query);
      const node = data?.viewer?.cases?.edges?.find((edge: any) => edge.node?.id === caseId)?.node ?? null;
      return { caseValue: node, errors };
    },
  },
  {
    name: 'employee(organizationId, employeeNumber).cases',
    servesOnly: ['EMPLOYEE', 'MANAGER', 'CASE_MANAGER'],
    read: async (persona, probe, caseId) => {
      const query = `query ($org: ID!, $number: String!) { employee(organizationId: $org, employeeNumber: $number) { cases { id ${probe.selection} } } }`;
      const { data, errors } = await graphql(await token(persona), query, { org: organizationId, number: sanneNumber });
      return { caseValue: data?.employee?.cases?.find((c: any) => c?.id === caseId) ?? null, errors };
    },
  },
];

/** Root fields that take a case id and return one class of its data. */
function caseScopedRoots(): { field: string; dataClass: DataClass; selection: string }[] {
  const fields = required(schema.getQueryType(), 'the Query type').getFields();
  return Object.entries(ROOT_QUERY_FIELDS).flatMap(([field, kind]) => {
    if (typeof kind !== 'object') return [];
    const named = getNamedType(fields[field].type);
    const selection = isObjectType(named) ? `{ __typename ${selectionOf(named, kind.caseScoped)} }` : '';
    return [{ field, dataClass: kind.caseScoped, selection }];
  });
}

/** Federated entity lookups, sent straight to the subgraph that owns each field. */
function entityPaths(): { subgraph: Subgraph; probes: Probe[] }[] {
  return (Object.keys(SUBGRAPHS) as Subgraph[]).map((subgraph) => {
    const own = subgraphSchema(subgraph);
    const caseType = own.getType('Case') as GraphQLObjectType | undefined;
    const fields = caseType ? Object.keys(caseType.getFields()).filter((f) => f !== 'id') : [];
    return { subgraph, probes: caseType ? probes(own, fields) : [] };
  });
}

let sanneCaseId: string;
let organizationId: string;
let sanneEmployeeId: string;
let sanneNumber: string;

beforeAll(async () => {
  const { data } = await graphql(
    await token(PERSONAS[0]),
    '{ viewer { cases(first: 1) { edges { node { id organization { id } employee { id employeeNumber } } } } } }',
  );
  const node = data.viewer.cases.edges[0].node;
  sanneCaseId = node.id;
  organizationId = node.organization.id;
  sanneEmployeeId = node.employee.id;
  sanneNumber = node.employee.employeeNumber;
});

describe('the privacy matrix is complete', () => {
  it('classifies every field and type reachable from a case', () => {
    expect(unclassified(schema)).toEqual([]);
  });

  it('classifies every root query field and every mutation', () => {
    const roots = Object.keys(required(schema.getQueryType(), 'the Query type').getFields()).filter((f) => !ROOT_QUERY_FIELDS[f]);
    const writes = Object.keys(schema.getMutationType()?.getFields() ?? {}).filter((f) => !MUTATIONS[f]);
    expect({ unclassifiedQueries: roots, unclassifiedMutations: writes }).toEqual({ unclassifiedQueries: [], unclassifiedMutations: [] });
  });
});

describe('role × data × path', () => {
  it('lets each role read exactly what the matrix allows, through every path to a case', async () => {
    const tasks: (() => Promise<string | null>)[] = [];
    const readProbes = probes(schema);
    for (const persona of PERSONAS) {
      for (const probe of readProbes) {
        for (const path of GATEWAY_PATHS) {
          tasks.push(async () => {
            const { caseValue, errors } = await path.read(persona, probe, sanneCaseId);
            const served = !path.servesOnly || (persona.relationship !== null && path.servesOnly.includes(persona.relationship));
            const verdict = judge(probe.dataClass, served ? persona.relationship : null, caseValue, probe.path, errors);
            return verdict.ok ? null : `${persona.key} × ${probe.dataClass} (${probe.path.join('.')}) via ${path.name}: ${verdict.reason}`;
          });
        }
      }
      for (const { subgraph, probes: owned } of entityPaths()) {
        for (const probe of owned) {
          tasks.push(async () => {
            const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id ${probe.selection} } } }`;
            const { data, errors } = await callSubgraph(subgraph, await token(persona), query, { r: [{ __typename: 'Case', id: sanneCaseId }] });
            const verdict = judge(probe.dataClass, persona.relationship, data?._entities?.[0] ?? null, probe.path, errors);
            return verdict.ok ? null : `${persona.key} × ${probe.dataClass} (${probe.path.join('.')}) via ${subgraph} _entities: ${verdict.reason}`;
          });
        }
      }
    }
    const roots = caseScopedRoots();
    for (const persona of PERSONAS) {
      for (const root of roots) {
        tasks.push(async () => {
          const { data, errors } = await graphql(await token(persona), `query ($id: ID!) { ${root.field}(caseId: $id) ${root.selection} }`, {
            id: sanneCaseId,
          });
          const verdict = judge(root.dataClass, persona.relationship, data ? { [root.field]: data[root.field] } : null, [root.field], errors);
          return verdict.ok ? null : `${persona.key} × ${root.dataClass} via ${root.field}(caseId): ${verdict.reason}`;
        });
      }
    }
    const failures = (await inPool(tasks)).filter((f): f is string => f !== null);
    console.log(
      `privacy matrix: ${tasks.length} reads checked (${PERSONAS.length} roles × ${readProbes.length} data probes × ${GATEWAY_PATHS.length} gateway paths, ` +
        `entity lookups in every subgraph, ${roots.length} case-scoped root fields), ${failures.length} failed`,
    );
    expect(failures).toEqual([]);
  });

  it('refuses every write to everyone the matrix does not name', async () => {
    const mutations = required(schema.getMutationType(), 'the Mutation type').getFields();
    const tasks: (() => Promise<string | null>)[] = [];
    for (const [name, rule] of Object.entries(MUTATIONS)) {
      const field = mutations[name];
      if (!field || rule.personal) continue;
      const returned = getNamedType(field.type);
      const selection = isObjectType(returned) ? `{ __typename }` : '';
      const argList = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
      const passArgs = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const query = `mutation${argList ? ` (${argList})` : ''} { ${name}${passArgs ? `(${passArgs})` : ''} ${selection} }`;
      for (const persona of PERSONAS) {
        if (persona.relationship && rule.writers.includes(persona.relationship)) continue;
        tasks.push(async () => {
          const variables = sampleArguments(field.args, { caseId: sanneCaseId, organizationId, employeeId: sanneEmployeeId });
          const { data, errors } = await graphql(await token(persona), query, variables);
          return errors?.length && !data?.[name] ? null : `${persona.key} performed ${name} (${rule.dataClass})`;
        });
      }
    }
    const failures = (await inPool(tasks)).filter((f): f is string => f !== null);
    console.log(`privacy matrix: ${tasks.length} refused writes checked over ${Object.keys(MUTATIONS).length} mutations, ${failures.length} failed`);
    expect(failures).toEqual([]);
  });

  it("returns only the viewer's own data from the personal root fields", async () => {
    for (const persona of PERSONAS) {
      const bearer = await token(persona);
      if (persona.analyst) {
        const refused = await graphql(bearer, '{ myPersonalDataExport { dossier } }');
        expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        continue;
      }
      const { data } = await graphql(bearer, '{ myPersonalDataExport { dossier } viewer { cases(first: 100) { edges { node { id viewerRelationships } } } } }');
      expect(data.myPersonalDataExport.dossier.account[0].email).toBe(persona.email);
      const ownCases = data.viewer.cases.edges.filter((edge: any) => edge.node.viewerRelationships.includes('EMPLOYEE')).map((edge: any) => edge.node.id);
      const log = await graphql(bearer, '{ myDataAccessLog(first: 100) { edges { node { caseId } } } }');
      for (const edge of log.data?.myDataAccessLog.edges ?? []) {
        if (edge.node.caseId) expect(ownCases).toContain(edge.node.caseId);
      }
    }
  });
});
