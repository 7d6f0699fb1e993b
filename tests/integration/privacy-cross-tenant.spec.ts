import { required } from '@terugkeer/domain';
import { Pool } from 'pg';
import { NoValueError } from '../privacy/argument-values';
import { judgeForeignCall } from '../privacy/cross-tenant-judge';
import { NOBODYS_ID, operationText, variablesOf, variantsOf, type IdSource, type Variant } from '../privacy/cross-tenant-checks';
import { idKinds, localKinds, nestedFieldsWithIds, numberKind, pathKey, rootFieldsWithIds, type RootField } from '../privacy/id-slots';
import { apiSchema, subgraphSchema } from '../privacy/schema-walk';
import { ANDERE_BV, loadTenant, ZORGGROEP_DEMO, type Tenant, type TenantPeople } from '../privacy/tenants';
import { rowsWrittenAfter, transactionMark } from '../privacy/written-rows';
import { graphql, tokenFor } from '../support/gateway-client';
import { graphqlAtSubgraph, SUBGRAPHS, type Subgraph } from '../support/subgraph-client';

jest.setTimeout(600_000);

/**
 * Every query and mutation that takes an id is called with another employer's id in that
 * place, by every role of both employers, through the gateway and straight at the subgraph
 * that answers it. The calls are generated from the schema: a new field is tried without a
 * new test, and one the generator cannot fill fails the coverage tests below.
 */
const schema = apiSchema();
const roots = rootFieldsWithIds(schema);
const local = localKinds(schema);
const subgraphSchemas = Object.fromEntries((Object.keys(SUBGRAPHS) as Subgraph[]).map((name) => [name, subgraphSchema(name)]));

const ownerOf = (root: RootField): Subgraph | undefined =>
  (Object.keys(subgraphSchemas) as Subgraph[]).find((name) => {
    const type = root.operation === 'query' ? subgraphSchemas[name].getQueryType() : subgraphSchemas[name].getMutationType();
    return Boolean(type?.getFields()[root.name]);
  });

const ROLES: (keyof TenantPeople)[] = ['employee', 'manager', 'caseManager', 'doctor', 'coach'];

interface Caller {
  email: string;
  label: string;
  own: Tenant;
  foreign: Tenant;
  /** Holds only the ANALYST role: every field but the aggregates is refused, whoever's the id. */
  analyst?: boolean;
}

/** The one root field an analyst may call. */
const ANALYST_FIELDS = ['analyticsSeries'];

interface Check {
  caller: Caller;
  variant: Variant;
  target: 'gateway' | Subgraph;
}

const tokens = new Map<string, Promise<string>>();
const token = (email: string) => {
  if (!tokens.has(email)) tokens.set(email, tokenFor(email));
  return required(tokens.get(email), `the token of ${email}`);
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

/** Another employer's ids (the globally unique ones) and its people's names. */
const needlesOf = (tenant: Tenant) => [
  ...[...tenant.ids.entries()].filter(([kind]) => !local.includes(kind) && kind !== numberKind('Employee')).flatMap(([, ids]) => ids),
  ...tenant.names,
];

function checksOf(operation: 'query' | 'mutation', callers: Caller[]): Check[] {
  const checks: Check[] = [];
  for (const root of roots.filter((r) => r.operation === operation)) {
    for (const variant of variantsOf(root, local)) {
      for (const caller of callers) {
        checks.push({ caller, variant, target: 'gateway' });
        checks.push({ caller, variant, target: required(ownerOf(root), `the owner of ${root.name}`) });
      }
    }
  }
  return checks;
}

async function run(check: Check) {
  const { caller, variant, target } = check;
  const { variables, passed } = variablesOf(variant, caller.own, caller.foreign);
  const bearer = await token(caller.email);
  const response =
    target === 'gateway'
      ? await graphql(bearer, operationText(schema, variant.root.operation, variant.root.name, variables), variables)
      : await graphqlAtSubgraph(target, bearer, operationText(subgraphSchemas[target], variant.root.operation, variant.root.name, variables), variables);
  const fields = variant.foreignSlots.map((slot) => required(slot.path.at(-1), 'the last step of a slot path'));
  const judged = judgeForeignCall(
    { operation: variant.root.operation, data: response.data, errors: response.errors, passed, fields },
    needlesOf(caller.foreign),
  );
  const answeredAnalyst = caller.analyst && !ANALYST_FIELDS.includes(variant.root.name) && Object.values(response.data ?? {}).some((value) => value !== null);
  const verdict = answeredAnalyst
    ? { ok: false, outcome: 'ANSWERED_ANALYST', reason: `an analyst was answered: ${JSON.stringify(response.data).slice(0, 300)}` }
    : judged;
  const name = `${caller.label} → ${variant.root.name} (${variant.label}) via ${target}`;
  const slot = `${caller.label} → ${variant.root.name} (${fields.join(', ')}) via ${target}`;
  return { name, slot, verdict, passed };
}

/**
 * A call refused for another input before its id was looked at (an enum value the rules do
 * not allow there) proves nothing, and harms nothing: it fails only when no call with that
 * id in that place got as far as the id, because then the id was never checked at all.
 */
function failuresOf(results: Awaited<ReturnType<typeof run>>[]): string[] {
  const reached = new Set(results.filter((r) => r.verdict.outcome !== 'MASKED').map((r) => r.slot));
  const unreached = new Map(results.filter((r) => !reached.has(r.slot)).map((r) => [r.slot, r.verdict.reason]));
  return [
    ...results.filter((r) => !r.verdict.ok && r.verdict.outcome !== 'MASKED').map((r) => `${r.name}: ${r.verdict.reason}`),
    ...[...unreached.entries()].map(([slot, reason]) => `${slot}: no call reached the id; ${reason}`),
  ];
}

function tally(outcomes: string[]): string {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return [...counts.entries()].map(([outcome, count]) => `${count} ${outcome}`).join(', ');
}

describe('the cross-tenant suite covers every id the schema takes', () => {
  it('knows what every id-like argument of every query and mutation names', () => {
    const unknown = roots.flatMap((root) => root.slots.filter((slot) => !slot.kind).map((slot) => `${root.name}(${pathKey(slot.path)})`));
    expect(unknown).toEqual([]);
  });

  it('finds ids in root fields only, where it calls them', () => {
    expect(nestedFieldsWithIds(schema)).toEqual([]);
  });

  it('builds the variables of every one of them, and finds the subgraph that answers it', () => {
    const anyone: IdSource = { ids: new Map([...idKinds(schema), numberKind('Employee')].map((kind) => [kind, [NOBODYS_ID]])) };
    const failures: string[] = [];
    for (const root of roots) {
      const variants = variantsOf(root, local);
      const global = root.slots.filter((slot) => !local.includes(required(slot.kind, 'the kind of an id slot')));
      if (global.length && !variants.length) failures.push(`${root.name}: no call generated`);
      if (!ownerOf(root)) failures.push(`${root.name}: no subgraph has it`);
      for (const variant of variants) {
        try {
          variablesOf(variant, anyone, anyone);
        } catch (error) {
          if (!(error instanceof NoValueError)) throw error;
          failures.push(`${root.name} (${variant.label}): ${error.message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe("another employer's ids", () => {
  let callers: Caller[];
  let database: Pool;

  beforeAll(async () => {
    const zorggroep = await loadTenant('Zorggroep Demo', ZORGGROEP_DEMO);
    const andere = await loadTenant('Andere BV', ANDERE_BV);
    callers = [
      ...ROLES.map((role) => ({ email: zorggroep.people[role], label: `${role} of ${zorggroep.name}`, own: zorggroep, foreign: andere })),
      ...ROLES.map((role) => ({ email: andere.people[role], label: `${role} of ${andere.name}`, own: andere, foreign: zorggroep })),
      { email: 'analist@demo.test', label: `analyst of ${zorggroep.name}`, own: zorggroep, foreign: andere, analyst: true },
    ];
    database = new Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  });

  afterAll(async () => {
    await database?.end();
  });

  it('are known for every kind the schema takes, in both employers', () => {
    const kinds = [
      ...new Set(roots.flatMap((root) => root.slots.map((slot) => required(slot.kind, 'the kind of an id slot'))).filter((kind) => !local.includes(kind))),
    ];
    const missing = callers.flatMap((caller) =>
      kinds.filter((kind) => !caller.foreign.ids.get(kind)?.length).map((kind) => `${kind} of ${caller.foreign.name}`),
    );
    expect([...new Set(missing)]).toEqual([]);
  });

  it('bring nothing of theirs back from any query, for anyone', async () => {
    const checks = checksOf('query', callers);
    const results = await inPool(checks.map((check) => () => run(check)));
    const failures = failuresOf(results);
    console.log(`cross-tenant reads: ${checks.length} generated checks (${tally(results.map((r) => r.verdict.outcome))}), ${failures.length} failed`);
    expect(failures).toEqual([]);
  });

  it('change nothing through any mutation, for anyone', async () => {
    const checks = checksOf('mutation', callers);
    const start = await transactionMark(database);
    const results = await inPool(
      checks.map((check) => async () => {
        const before = await transactionMark(database);
        const result = await run(check);
        return { ...result, before, after: await transactionMark(database) };
      }),
    );
    const written = await rowsWrittenAfter(database, start);
    // Calls run side by side, so a row is shown with every call that was under way when it was written.
    const writes = written.flatMap((row) => {
      const during = results.filter((r) => row.xmin > r.before && row.xmin < r.after && r.passed.some((id) => row.text.includes(id)));
      return during.length
        ? [
            `${row.table} ${row.text.slice(0, 240)} written during: ${during
              .map((r) => r.name)
              .join('; ')
              .slice(0, 400)}`,
          ]
        : [];
    });
    const failures = [...failuresOf(results), ...writes];
    console.log(
      `cross-tenant writes: ${checks.length} generated checks (${tally(results.map((r) => r.verdict.outcome))}), ` +
        `${writes.length} rows written with their ids, ${failures.length} failed`,
    );
    expect(failures).toEqual([]);
  });
});
