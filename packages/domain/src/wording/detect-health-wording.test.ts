import { detectHealthWording } from './detect-health-wording';
import type { HealthCategory } from './health-vocabulary';

const found = (text: string) => detectHealthWording(text).map(({ term, category }) => [term, category]);

describe('detectHealthWording', () => {
  // One row per case reads as a table.
  // prettier-ignore
  it.each<[string, [string, HealthCategory][]]>([
    // Session summaries an employer may keep: agreements, capacity, no medical detail.
    ['We spraken af dat Sanne twee ochtenden op locatie werkt.', []],
    ['Werkdruk en energie besproken; planning voor de komende week gemaakt.', []],
    ['Afstemming met de bedrijfsarts over arbeidstherapeutisch werken vanaf maandag.', []],
    ['Geen paniek: de langste dag van het project is achter de rug.', []], // "paniek" alone, "langste" contains "angst"
    ['Psychosociale arbeidsbelasting en psychologische veiligheid in het team.', []],
    ['Hij werkt angstvallig nauwkeurig en operationeel gaat het goed.', []],
    ['Great hospitality at the offsite; chemistry in the team is good.', []],

    ['Ze gebruikt sinds kort antidepressiva.', [['antidepressiva', 'MEDICATION']]], // not DIAGNOSIS via "depress"
    ['Depressief en overspannen, zegt ze zelf.', [['Depressief', 'DIAGNOSIS'], ['overspannen', 'DIAGNOSIS']]],
    ['De huisarts heeft een burn-out vastgesteld.', [['huisarts', 'CARE_PROVIDER'], ['burn-out', 'DIAGNOSIS']]],
    ['Burnoutklachten nemen af.', [['Burnoutklachten', 'DIAGNOSIS']]], // compound
    ['Heeft last van paniekaanvallen en een angststoornis.', [['paniekaanvallen', 'SYMPTOM'], ['angststoornis', 'DIAGNOSIS']]],
    ['Diagnose: ADHD, start met Ritalin.', [['Diagnose', 'DIAGNOSIS'], ['ADHD', 'DIAGNOSIS'], ['Ritalin', 'MEDICATION']]],
    ['Na de PTSS-behandeling volgt EMDR-therapie bij de GGZ.', [['PTSS-behandeling', 'DIAGNOSIS'], ['EMDR-therapie', 'TREATMENT'], ['GGZ', 'CARE_PROVIDER']]],
    ['Zij gaat wekelijks naar de psycholoog en één keer per maand naar de psychiater.', [['psycholoog', 'CARE_PROVIDER'], ['psychiater', 'CARE_PROVIDER']]],
    ['Medicatie aangepast, slaappillen afgebouwd.', [['Medicatie', 'MEDICATION'], ['slaappillen', 'MEDICATION']]],
    ['Ze is zwanger; de hernia speelt weer op.', [['zwanger', 'DIAGNOSIS'], ['hernia', 'DIAGNOSIS']]],
    ['Migraine en diabetes type 2; borstkanker in 2019.', [['Migraine', 'DIAGNOSIS'], ['diabetes', 'DIAGNOSIS'], ['borstkanker', 'DIAGNOSIS']]],
    ['Suïcidale gedachten besproken met de therapeut.', [['Suïcidale', 'SYMPTOM'], ['therapeut', 'CARE_PROVIDER']]], // diacritics
    ['Cognitieve gedragstherapie loopt nog.', [['gedragstherapie', 'TREATMENT']]],
    ['She was diagnosed with depression and sees a therapist.', [['diagnosed', 'DIAGNOSIS'], ['depression', 'DIAGNOSIS'], ['therapist', 'CARE_PROVIDER']]],
    ['He takes sleeping pills since his panic attacks.', [['sleeping pills', 'MEDICATION'], ['panic attacks', 'SYMPTOM']]], // phrases win over "pills"
    ['Completely burned out after the reorganisation.', [['burned out', 'DIAGNOSIS']]],
    ['Long-COVID, seen by her GP.', [['Long-COVID', 'DIAGNOSIS'], ['GP', 'CARE_PROVIDER']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports positions in the original text, diacritics included', () => {
    const text = 'Gesprek: suïcidaal? Nee. Wel ANGSTIG.';
    expect(detectHealthWording(text)).toEqual([
      { term: 'suïcidaal', index: 9, length: 9, category: 'SYMPTOM' },
      { term: 'ANGSTIG', index: 29, length: 7, category: 'SYMPTOM' },
    ]);
    expect(text.slice(29, 36)).toBe('ANGSTIG');
  });

  it('finds nothing in an empty text', () => {
    expect(detectHealthWording('')).toEqual([]);
  });
});
