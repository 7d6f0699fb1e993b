import type { Page } from 'playwright-core';
import { required } from '@terugkeer/domain';
import { logInAs, screenshot, seriousAccessibilityViolations, withDutchPage } from '../support/browser';
import { eventually } from '../support/case-events';
import { graphqlAs } from '../support/gateway-client';

jest.setTimeout(60_000);

let page: Page;
withDutchPage((opened) => (page = opened), { perTest: true });

// Each role's remote is loaded by the shell at run time and shows data that came
// through the gateway from all three subgraphs (case, scheduling, reporting).
// Sanne's next appointment: a talk, a session of her programme, or a contact moment or
// evaluation planned from her signed plan of action, depending on the weekday.
const NEXT_TALK = /Driegesprek|Reflectiegesprek|Dialooggesprek|Contactmoment|Evaluatie plan van aanpak/;
const JOURNEYS = [
  {
    email: 'werknemer@demo.test',
    remote: 'employee',
    heading: 'Mijn dossier',
    expectTexts: ['Sanne de Vries', 'Opbouw', 'Wat er voor je klaarstaat', NEXT_TALK],
  },
  {
    email: 'leidinggevende@demo.test',
    remote: 'manager',
    heading: 'Verzuim in mijn team',
    expectTexts: ['Sanne de Vries', 'Noor Willems', NEXT_TALK],
  },
  {
    email: 'bedrijfsarts@arbo.test',
    remote: 'companyDoctor',
    heading: 'Mijn dossiers',
    expectTexts: ['Thomas Kok', 'Zorggroep Demo', 'Probleemanalyse'],
  },
  {
    email: 'coach@arbo.test',
    remote: 'coach',
    heading: 'Mijn trajecten',
    expectTexts: ['Sanne de Vries', NEXT_TALK],
  },
] as const;

describe.each(JOURNEYS)('the shell for $email', ({ email, remote, heading, expectTexts }) => {
  it(`loads the ${remote} remote with data from every subgraph, accessibly`, async () => {
    await logInAs(page, email);
    const area = page.locator(`[data-remote="${remote}"]`);
    await area.getByRole('heading', { name: heading }).waitFor();
    for (const text of expectTexts) await area.getByText(text, { exact: false }).first().waitFor();
    if (remote === 'employee') {
      // Computed by the reporting service from its event-fed read model.
      expect(await area.getByTestId('absence-days').textContent()).toBe('84');
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, `${remote}-main`);
  });
});

describe('the shell', () => {
  it('switches to English and back, keeping every text translated', async () => {
    await logInAs(page, 'werknemer@demo.test');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'My case' }).waitFor();
    await page.getByText('Build-up').first().waitFor();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { name: 'Mijn dossier' }).waitFor();
  });

  it('keeps working when a remote fails to load, showing a message in its place', async () => {
    await page.route('**/remoteEntry.js', (route) => route.abort());
    await logInAs(page, 'werknemer@demo.test');
    await page.getByText('Dit onderdeel kon niet worden geladen.').waitFor();
    expect(await page.getByTestId('viewer-name').textContent()).toBe('Sanne de Vries');
  });

  it('lets a manager who is also an employee switch between the two areas by keyboard', async () => {
    await logInAs(page, 'leidinggevende@demo.test');
    await page.locator('[data-remote="manager"]').getByRole('heading', { name: 'Verzuim in mijn team' }).waitFor();
    const myCase = page.getByRole('navigation').getByRole('link', { name: 'Mijn dossier' });
    await myCase.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-remote="employee"]').getByRole('heading', { name: 'Mijn dossier' }).waitFor();
  });
});

describe('the notifications bell', () => {
  it('shows the unread count and marks a notification read', async () => {
    // The demo's stagnation alert reaches the coach through the job queue, shortly after start.
    await eventually(async () => {
      const { data } = await graphqlAs('coach@arbo.test', '{ unreadNotificationCount }');
      expect(data.unreadNotificationCount).toBeGreaterThan(0);
    }, 60_000);
    await logInAs(page, 'coach@arbo.test');
    const bell = page.getByTestId('notifications-bell');
    await bell.waitFor();
    await page.waitForFunction(() => /[1-9]\d* ongelezen/.test(document.querySelector('[data-testid="notifications-bell"]')?.textContent ?? ''));
    const before = (await bell.textContent()) ?? '';
    expect(before).toMatch(/Meldingen\s*\d+ ongelezen/);
    const unread = Number(required(/(\d+) ongelezen/.exec(before), 'the unread count on the bell')[1]);
    expect(unread).toBeGreaterThan(0);
    await bell.click();
    const dialog = page.getByRole('dialog', { name: 'Meldingen' });
    await dialog.getByRole('button', { name: 'Gelezen' }).first().click();
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="notifications-bell"]')?.textContent?.includes(`${expected} ongelezen`),
      unread - 1,
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
