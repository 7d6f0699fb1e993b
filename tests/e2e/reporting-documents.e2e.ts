import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatLongDate } from '@terugkeer/domain';
import { eventually } from '../support/case-events';
import { createOwnOrganization, openOwnCase } from '../support/own-organization';
import { launchBrowser, screenshot } from '../support/browser';
import { graphqlAs } from '../support/gateway-client';
import { sanneCaseId } from '../support/scheduling-fixtures';

jest.setTimeout(90_000);

const PDFJS = dirname(require.resolve('pdfjs-dist/package.json'));
const ORIGIN = 'https://pdf.test';

// The module is imported by the page itself: the test's own code is compiled to CommonJS.
const PAGE = `<!doctype html><title>pdf</title><canvas></canvas>
<script type="module">import * as pdfjs from '/build/pdf.mjs'; window.pdfjsLib = pdfjs;</script>`;

const DOCUMENTS = `query ($id: ID!, $language: DocumentLanguage) {
  actionPlanDocument(caseId: $id, language: $language) { fileName contentType byteLength base64 }
  progressReportDocument(caseId: $id, language: $language) { fileName contentType byteLength base64 }
}`;

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

interface Rendered {
  pages: number;
  text: string;
  /** Pixels of page 1 that are not white: proof that something was drawn. */
  inkedPixels: number;
}

/** Opens the PDF with PDF.js inside Chromium: every page's text, and page 1 rendered to a canvas. */
async function render(page: Page, base64: string): Promise<Rendered> {
  return page.evaluate(
    async ({ base64, origin }) => {
      const pdfjs = (window as unknown as { pdfjsLib: any }).pdfjsLib;
      pdfjs.GlobalWorkerOptions.workerSrc = `${origin}/build/pdf.worker.mjs`;
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const pdf = await pdfjs.getDocument({ data, standardFontDataUrl: `${origin}/standard_fonts/` }).promise;
      let text = '';
      for (let n = 1; n <= pdf.numPages; n++) {
        const content = await (await pdf.getPage(n)).getTextContent();
        text += content.items.map((item: { str?: string; hasEOL?: boolean }) => (item.str ?? '') + (item.hasEOL ? '\n' : ' ')).join('') + '\n';
      }
      const first = await pdf.getPage(1);
      const viewport = first.getViewport({ scale: 1 });
      const canvas = document.querySelector('canvas');
      if (!canvas) throw new Error('The page has no canvas to render the PDF on.');
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      await first.render({ canvas, viewport }).promise;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('The canvas gives no 2D context.');
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let inkedPixels = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] > 0 && pixels[i] < 200) inkedPixels++;
      return { pages: pdf.numPages, text: text.replace(/[ \t]+/g, ' '), inkedPixels };
    },
    { base64, origin: ORIGIN },
  );
}

describe('PDF exports of a case, rendered in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let caseId: string;

  beforeAll(async () => {
    caseId = await sanneCaseId();
    browser = await launchBrowser();
    page = await browser.newPage();
    // PDF.js is served from the installed package, so the test needs no network.
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: PAGE });
      return route.fulfill({ contentType: path.endsWith('.mjs') ? 'text/javascript' : 'application/octet-stream', body: readFileSync(join(PDFJS, path)) });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => 'pdfjsLib' in window);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("gives the case manager Sanne's plan of action with every version and its signatures, and a progress report with every section", async () => {
    const { data: source } = await graphqlAs(
      'hr@demo.test',
      `query ($id: ID!) { case(id: $id) { firstSickDay
      actionPlan { versions { number signatures { name } } latest { employeeView } } } }`,
      { id: caseId },
    );
    const versions: { number: number; signatures: { name: string }[] }[] = source.case.actionPlan.versions;
    expect(versions.length).toBeGreaterThan(0);

    const documents = await eventually(async () => {
      const { data, errors } = await graphqlAs('hr@demo.test', DOCUMENTS, { id: caseId });
      expect(errors).toBeUndefined();
      const plan = await render(page, data.actionPlanDocument.base64);
      for (const version of versions) expect(plan.text).toContain(`Versie ${version.number}`);
      return { data, plan };
    }, 30_000);

    const { data, plan } = documents;
    expect(data.actionPlanDocument).toMatchObject({ contentType: 'application/pdf', fileName: expect.stringMatching(/^plan-van-aanpak-.+\.pdf$/) });
    expect(Buffer.from(data.actionPlanDocument.base64, 'base64').byteLength).toBe(data.actionPlanDocument.byteLength);
    expect(plan.inkedPixels).toBeGreaterThan(1_000);
    expect(plan.text).toContain('Plan van aanpak');
    expect(plan.text).toContain(`Eerste ziektedag: ${formatLongDate(source.case.firstSickDay, 'nl')}`);
    expect(plan.text).toContain('Medewerker: Sanne');
    expect(plan.text).not.toMatch(ISO_DATE);
    expect(plan.text).not.toMatch(/\b(WEEKLY|BIWEEKLY|MONTHLY|PHONE|OFFICE|INFORM|THINK_ALONG)\b/);
    for (const name of versions.flatMap((v) => v.signatures.map((s) => s.name))) expect(plan.text).toContain(name);

    const report = await render(page, data.progressReportDocument.base64);
    expect(report.inkedPixels).toBeGreaterThan(1_000);
    for (const section of [
      '1. Eerste ziektedag en verloop van het verzuim',
      '2. Probleemanalyse en functionele mogelijkheden',
      '3. Plan van aanpak en bijstellingen',
      '4. Evaluaties',
      '5. Gewerkte uren',
      '6. Visie van de werknemer',
    ]) {
      expect(report.text).toContain(section);
    }
    expect(report.text).toContain(`Ziekmelding ${formatLongDate(source.case.firstSickDay, 'nl')}`);
    expect(report.text).not.toMatch(ISO_DATE);
    expect(report.text).not.toMatch(/EVALUATION#|gewerkt - uur/);
    await screenshot(page, 'reporting-progress-report');
  });

  it("contains nothing of the doctor's medical notes", async () => {
    const { data: notes } = await graphqlAs('bedrijfsarts@arbo.test', `query ($id: ID!) { case(id: $id) { medicalNotes { text } } }`, { id: caseId });
    const texts: string[] = notes.case.medicalNotes.map((n: { text: string }) => n.text);
    expect(texts.length).toBeGreaterThan(0);
    const { data } = await graphqlAs('hr@demo.test', DOCUMENTS, { id: caseId });
    for (const document of [data.actionPlanDocument, data.progressReportDocument]) {
      const { text } = await render(page, document.base64);
      for (const note of texts) expect(text).not.toContain(note.slice(0, 30));
    }
  });

  it('gives the employee her own documents and nobody else outside the case manager any', async () => {
    const own = await graphqlAs('werknemer@demo.test', DOCUMENTS, { id: caseId });
    expect(own.errors).toBeUndefined();
    expect((await render(page, own.data.progressReportDocument.base64)).text).toContain('6. Visie van de werknemer');
    for (const email of ['leidinggevende@demo.test', 'coach@arbo.test', 'hr@andere.test', 'collega@demo.test']) {
      const { data, errors } = await graphqlAs(email, DOCUMENTS, { id: caseId });
      expect(data?.actionPlanDocument ?? null).toBeNull();
      expect(errors?.length).toBeGreaterThan(0);
    }
  });

  it('prints any name in its own letters, in Dutch or in English, and says what comes when there is no plan yet', async () => {
    const organization = await createOwnOrganization('Documenten', { employeeName: 'Łukasz Şükrü Wróbel-Øvergård' });
    const ownCase = await openOwnCase(organization, '2026-11-02');
    const [dutch, english] = await eventually(async () => {
      const answers = await Promise.all(
        ['NL', 'EN'].map(async (language) => {
          const { data, errors } = await graphqlAs(organization.caseManager.email, DOCUMENTS, { id: ownCase, language });
          expect(errors).toBeUndefined();
          return { plan: await render(page, data.actionPlanDocument.base64), report: await render(page, data.progressReportDocument.base64) };
        }),
      );
      expect(answers[0].plan.text).toContain('Łukasz Şükrü Wróbel-Øvergård');
      return answers;
    }, 30_000);
    expect(dutch.plan.text).not.toContain('?');
    expect(dutch.plan.text).toContain('Eerste ziektedag: 2 november 2026');
    expect(dutch.plan.text).toContain('Er is nog geen plan opgesteld.');
    expect(english.plan.text).toContain('Plan of action');
    expect(english.plan.text).toContain('First day of absence: 2 November 2026');
    expect(english.report.text).toContain('1. First day of absence and its course');
    expect(english.report.text).toContain('Łukasz Şükrü Wróbel-Øvergård');
    await screenshot(page, 'reporting-document-unicode-name');
  });
});
