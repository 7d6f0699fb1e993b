import { PDFDocument } from 'pdf-lib';
import { actionPlanPdf } from './case-document.service';
import type { DocumentFacts } from './case-document.types';
import { DocumentLanguage } from './document-language';

const facts = (jurisdiction: 'NL' | 'BE'): DocumentFacts => ({
  caseId: '00000000-0000-4000-8000-000000000001',
  organizationName: 'Zorg BV',
  employeeNumber: 'E1',
  name: 'Anna de Vries',
  firstSickDay: '2026-01-05',
  recoveryDate: null,
  status: 'BUILD_UP',
  jurisdiction,
  timeZone: jurisdiction === 'BE' ? 'Europe/Brussels' : 'Europe/Amsterdam',
  planVersions: [],
  analyses: [],
  milestones: [],
  weeks: [],
  reports: [],
});

describe('the plan document', () => {
  it.each([
    // Regeling procesgang: the Dutch plan van aanpak; Codex welzijn op het werk art. I.4-74: the Belgian re-integratieplan.
    ['NL', DocumentLanguage.NL, 'Plan van aanpak'],
    ['BE', DocumentLanguage.NL, 'Re-integratieplan'],
    ['NL', DocumentLanguage.EN, 'Plan of action'],
    ['BE', DocumentLanguage.EN, 'Re-integration plan'],
  ] as const)('of a case under %s law, in %s, is called "%s" and names whom it is about', async (jurisdiction, language, title) => {
    const document = await PDFDocument.load(await actionPlanPdf(facts(jurisdiction), language));
    expect(document.getTitle()).toBe(`${title} – Anna de Vries, E1`);
  });
});
