import type { Page } from 'playwright-core';
import { logInAs, screenshot, seriousAccessibilityViolations, withDutchPage } from '../support/browser';
import { graphqlAs, type GraphQLResponse } from '../support/gateway-client';
import { isAlive, pidOf, postgresPid, waitUntil, type ServiceName } from '../support/platform-processes';

jest.setTimeout(120_000);

// A manager's dashboard: cases from case, appointments from scheduling, progress from reporting.
const DASHBOARD = `{ viewer { cases(first: 20) { edges { node { id status employee { name } appointments { id } progress { absenceDays } } } } } }`;

interface Dashboard {
  viewer: { cases: { edges: { node: { id: string; employee: { name: string }; appointments: unknown[] | null; progress: unknown } }[] } };
}

const MANAGER = 'leidinggevende@demo.test';
const dashboard = () => graphqlAs<Dashboard>(MANAGER, DASHBOARD);
const complete = (response: GraphQLResponse<Dashboard>) => !response.errors && (response.data?.viewer.cases.edges.length ?? 0) > 0;

let page: Page;
withDutchPage((opened) => (page = opened), { perTest: true });

describe('when one subgraph dies', () => {
  const OWNED_FIELD: Record<'scheduling' | 'reporting', 'appointments' | 'progress'> = { scheduling: 'appointments', reporting: 'progress' };

  it.each(['scheduling', 'reporting'] as const)(
    '%s killed: the gateway answers the rest with a typed error, and the supervisor restarts it',
    async (service) => {
      const before = await dashboard();
      expect(complete(before)).toBe(true);
      const cases = before.data?.viewer.cases.edges.map(({ node }) => node.id);

      const killed = pidOf(service);
      process.kill(killed, 'SIGKILL');
      const during = await dashboard();

      expect(during.data?.viewer.cases.edges.map(({ node }) => node.id)).toEqual(cases);
      for (const { node } of during.data?.viewer.cases.edges ?? []) {
        expect(node.employee.name).toBeTruthy();
        expect(node[OWNED_FIELD[service]]).toBeNull();
      }
      expect(during.errors?.length).toBeGreaterThan(0);
      for (const error of during.errors ?? []) expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', service });
      // Never the subgraph's address, the subrequest or its variables.
      expect(JSON.stringify(during.errors)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|representations/);

      await waitUntil(`${service} answers again`, async () => complete(await dashboard()));
      expect(pidOf(service)).not.toBe(killed);
      expect(isAlive(pidOf(service))).toBe(true);
    },
  );

  it('a hung scheduling service costs the page its appointments only; the shell shows the rest and says what is missing', async () => {
    const hung = pidOf('scheduling');
    process.kill(hung, 'SIGSTOP');
    try {
      await logInAs(page, MANAGER);
      const area = page.locator('[data-remote="manager"]');
      await area.getByRole('heading', { name: 'Verzuim in mijn team' }).waitFor();
      await area.getByText('Sanne de Vries').first().waitFor();
      const notice = page.getByTestId('service-outage');
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.textContent()).toContain('afspraken');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'manager-scheduling-away');
    } finally {
      process.kill(hung, 'SIGCONT');
    }
    await page.getByTestId('service-outage').getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByTestId('service-outage').waitFor({ state: 'detached' });
    expect(pidOf('scheduling')).toBe(hung);
  });
});

describe('when PostgreSQL dies', () => {
  it('is restarted, and every service answers again', async () => {
    const services: ServiceName[] = ['case', 'scheduling', 'reporting', 'gateway'];
    const killed = postgresPid();
    process.kill(killed, 'SIGKILL');

    await waitUntil('PostgreSQL runs again', () => postgresPid() !== killed && isAlive(postgresPid()));
    await waitUntil('the dashboard is complete again', async () => complete(await dashboard()));
    for (const service of services) expect(isAlive(pidOf(service))).toBe(true);
  });
});
