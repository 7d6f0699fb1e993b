import type { Page } from 'playwright-core';
import { seriousAccessibilityViolations, withDutchPage } from '../support/browser';
import { graphqlAs } from '../support/gateway-client';
import { SCREEN_PERSONAS, visitEveryTab, type ScreenPersona } from '../support/role-tabs';

jest.setTimeout(180_000);

let page: Page;
withDutchPage((opened) => (page = opened), { perTest: true });

interface ShownHeading {
  level: number;
  text: string;
  /** How it is drawn, e.g. "28px 600". */
  look: string;
}

/** The headings a person sees on the page, in reading order, with their computed size and weight. */
const shownHeadings = (page: Page): Promise<ShownHeading[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
      .filter((heading) => heading.checkVisibility())
      .map((heading) => {
        const style = getComputedStyle(heading);
        return { level: Number(heading.tagName[1]), text: heading.textContent?.trim().slice(0, 40) ?? '', look: `${style.fontSize} ${style.fontWeight}` };
      }),
  );

/** The design system's scale: how a bare heading of each level is drawn inside the UI kit's root. */
const headingScale = (page: Page): Promise<Record<number, string>> =>
  page.evaluate(() => {
    const probe = document.createElement('div');
    probe.className = 'tk-root';
    probe.setAttribute('aria-hidden', 'true');
    document.body.append(probe);
    const scale: Record<number, string> = {};
    for (const level of [1, 2, 3, 4, 5, 6]) {
      const heading = probe.appendChild(document.createElement(`h${level}`));
      const style = getComputedStyle(heading);
      scale[level] = `${style.fontSize} ${style.fontWeight}`;
    }
    probe.remove();
    return scale;
  });

/** Headings that go deeper than one level below the heading before them (h2 followed by h4). */
const skippedLevels = (headings: ShownHeading[]) =>
  headings.filter((heading, index) => index > 0 && heading.level > headings[index - 1].level + 1).map(({ level, text }) => `h${level} "${text}"`);

/** Walks the tabs from `address` and returns every way a tab breaks the scale or axe, and the scale as drawn. */
async function headingProblems(persona: ScreenPersona, address?: string) {
  let scale: Record<number, string> = {};
  const broken: unknown[] = [];
  await visitEveryTab(
    page,
    persona,
    async (tab) => {
      if (Object.keys(scale).length === 0) scale = await headingScale(page);
      const headings = await shownHeadings(page);
      const offScale = headings.filter((heading) => heading.look !== scale[heading.level]).map(({ level, text, look }) => `h${level} "${text}" ${look}`);
      const h1 = headings.filter((heading) => heading.level === 1).length;
      const skipped = skippedLevels(headings);
      const axe = (await seriousAccessibilityViolations(page)).map((violation) => violation.id);
      if (offScale.length > 0 || skipped.length > 0 || h1 !== 1 || axe.length > 0) broken.push({ address, tab, offScale, skipped, h1, axe });
    },
    address,
  );
  return { broken, scale };
}

describe.each(SCREEN_PERSONAS)('every tab of $email at 1280 × 800', (persona) => {
  it('draws each heading at the size of its level, with one h1, no skipped levels and no axe violation', async () => {
    const { broken, scale } = await headingProblems(persona);
    // On failure the message names each tab and the headings that break the rule.
    expect(broken).toEqual([]);
    // The scale itself steps down: each level is drawn no larger than the one above it.
    const sizes = [1, 2, 3, 4].map((level) => parseFloat(scale[level]));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});

const CASE_PAGES = [
  { persona: SCREEN_PERSONAS[1], area: 'manager' },
  { persona: SCREEN_PERSONAS[2], area: 'case-manager' },
  { persona: SCREEN_PERSONAS[3], area: 'company-doctor' },
  { persona: SCREEN_PERSONAS[4], area: 'coach' },
] as const;

describe.each(CASE_PAGES)('every section of the case page of $area at 1280 × 800', ({ persona, area }) => {
  it("keeps the heading scale and passes axe in Sanne de Vries's case", async () => {
    const { data } = await graphqlAs(persona.email, '{ viewer { cases(first: 50) { edges { node { id employee { name } } } } } }');
    const sanne = data.viewer.cases.edges.find((edge: { node: { employee: { name: string } } }) => edge.node.employee.name === 'Sanne de Vries');
    expect(sanne).toBeDefined();
    const { broken } = await headingProblems(persona, `/${area}/cases/${sanne.node.id}`);
    expect(broken).toEqual([]);
  });
});
