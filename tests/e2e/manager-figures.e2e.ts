import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { logInAs, screenshot, seriousAccessibilityViolations, withDutchPage } from '../support/browser';
import { isoToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';

jest.setTimeout(120_000);

let page: Page;
withDutchPage((opened) => (page = opened), { perTest: true, context: { acceptDownloads: true } });

const STATISTICS = `query ($organizationId: ID!, $from: Date!, $to: Date!) {
  absenceStatistics(organizationId: $organizationId, from: $from, to: $to) { suppressed absencePercentage zeroAbsencePercentage }
}`;

async function organizationIdOf(email: string): Promise<string> {
  const { data } = await graphqlAs(email, '{ viewer { memberships { role organization { id } } } }');
  return data.viewer.memberships.find((m: { organization: { id: string } | null }) => m.organization).organization.id;
}

const yearToDate = () => {
  const today = isoToday();
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
};

/** `12,3%` as the Dutch page prints a percentage with at most one decimal. */
const dutchPercent = (value: number) => `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(value)}%`;

describe("the manager's figures", () => {
  it("shows the team's NVS figures as the API computes them, with the month chart", async () => {
    const organizationId = await organizationIdOf('leidinggevende@demo.test');
    const { data } = await graphqlAs('leidinggevende@demo.test', STATISTICS, { organizationId, ...yearToDate() });
    expect(data.absenceStatistics.suppressed).toBe(false);

    await logInAs(page, 'leidinggevende@demo.test');
    const area = page.locator('[data-remote="manager"]');
    await area.getByRole('tab', { name: 'Cijfers' }).click();
    const statistics = area.locator('#manager-statistics');
    await statistics.getByRole('heading', { name: 'Verzuimcijfers van mijn team' }).waitFor();
    await statistics.getByTestId('figure-absence-percentage').getByText(dutchPercent(data.absenceStatistics.absencePercentage)).waitFor();
    await statistics.getByTestId('figure-zero-absence').getByText(dutchPercent(data.absenceStatistics.zeroAbsencePercentage)).waitFor();
    await statistics.getByRole('img', { name: /Verzuimpercentage per maand/ }).waitFor();
    expect(await area.getByRole('tab', { name: 'Poortwachter en kosten' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'manager-statistics');
  });

  it('shows a team of fewer than five as suppressed, never as a number', async () => {
    await logInAs(page, 'leidinggevende2@demo.test');
    const area = page.locator('[data-remote="manager"]');
    await area.getByRole('tab', { name: 'Cijfers' }).click();
    const statistics = area.locator('#manager-statistics');
    await statistics.getByText('Deze groep is kleiner dan 5 mensen', { exact: false }).waitFor();
    expect(await statistics.getByTestId('figure-absence-percentage').count()).toBe(0);
    expect(await statistics.getByText('%').count()).toBe(0);
  });
});

describe('the case manager', () => {
  it('downloads a case’s plan of action as a PDF from the case list', async () => {
    await logInAs(page, 'hr@demo.test');
    const area = page.locator('[data-remote="manager"]');
    await area.getByRole('heading', { name: 'Verzuim in de organisatie' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      area.getByRole('button', { name: 'Plan van aanpak (PDF) van Sanne de Vries' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'case-manager-main');
  });

  it('sees compliance, phases and the cost of absence beside the programme once a daily cost is set', async () => {
    await logInAs(page, 'hr@demo.test');
    const area = page.locator('[data-remote="manager"]');
    await area.getByRole('tab', { name: 'Poortwachter en kosten' }).click();
    const report = area.locator('#organization-report');
    await report.getByTestId('figure-compliance').waitFor();
    await report.getByRole('img', { name: /Dossiers per fase/ }).waitFor();

    await report.getByLabel('Dagkosten van verzuim (€)').fill('250');
    await report.getByLabel('Kosten van het programma per dossier (€)').fill('3200');
    await report.getByRole('button', { name: 'Opslaan' }).click();
    await report.getByText('De kosten zijn opgeslagen.').waitFor();
    await report.getByRole('img', { name: /Kosten per dossier: verzuim en programma/ }).waitFor({ timeout: 30_000 });
    await report.getByRole('table', { name: 'Kosten per dossier' }).getByText('Sanne de Vries').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'case-manager-organization');
  });

  it('checks import files in the browser and lists every bad row with its line, writing nothing', async () => {
    const fixture = (name: string) => join(__dirname, '..', 'fixtures', 'import', name);
    await logInAs(page, 'hr@andere.test');
    const area = page.locator('[data-remote="manager"]');
    await area.getByRole('tab', { name: 'Importeren' }).click();
    const form = area.locator('#case-manager-import');
    await form.getByLabel('Medewerkers (employees.csv)').setInputFiles(fixture('employees-bad.csv'));
    await form.getByLabel('Ziekmeldingen (absences.csv)').setInputFiles(fixture('absences-bad.csv'));
    await form.getByRole('button', { name: 'Alleen controleren' }).click();
    const problems = form.getByRole('table', { name: 'Fouten per regel' });
    await problems.getByRole('rowheader', { name: '3' }).first().waitFor();
    expect(await problems.getByText('hours_per_week').count()).toBeGreaterThan(0);
    expect(await problems.getByText('absence_percentage').count()).toBeGreaterThan(0);
    await problems.getByText('"80" moet een getal van 1 tot en met 60 zijn').waitFor();
    await problems.getByText('"geen-mail" is geen e-mailadres').waitFor();
    await form.getByText('er is niets opgeslagen', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'case-manager-import');

    await form.getByLabel('Medewerkers (employees.csv)').setInputFiles(fixture('employees.csv'));
    await form.getByLabel('Ziekmeldingen (absences.csv)').setInputFiles(fixture('absences.csv'));
    await form.getByRole('button', { name: 'Alleen controleren' }).click();
    await form.getByText('Geen fouten gevonden', { exact: false }).waitFor();
  });
});
