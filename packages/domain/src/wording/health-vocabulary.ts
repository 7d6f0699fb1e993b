export type HealthCategory = 'DIAGNOSIS' | 'TREATMENT' | 'SYMPTOM' | 'CARE_PROVIDER' | 'MEDICATION';

/**
 * How a term must sit in a word: the whole word, its start (inflections, compounds
 * headed by the term), or anywhere inside it (compounds such as "borstkanker").
 * Hyphenated words are also tried joined ("burn-out" → "burnout") and part by part.
 * A term with spaces is a phrase: its last word matches by `match`, the others whole.
 */
export type TermMatch = 'WORD' | 'PREFIX' | 'PART';

export interface HealthTerm {
  /** Lower case, without diacritics. */
  term: string;
  match: TermMatch;
  category: HealthCategory;
}

const terms = (category: HealthCategory, match: TermMatch, list: string[]): HealthTerm[] => list.map((term) => ({ term, match, category }));

/** Dutch and English words an employer should not record (art. 9 AVG: health data). */
// Word lists stay packed, one category per line.
// prettier-ignore
export const HEALTH_VOCABULARY: readonly HealthTerm[] = [
  ...terms('DIAGNOSIS', 'PART', ['depress', 'burnout', 'stoornis', 'kanker', 'tumor', 'tumour', 'hernia', 'covid', 'diagnos', 'syndroom', 'syndrome', 'infarct']),
  ...terms('DIAGNOSIS', 'PREFIX', [
    'overspann', 'disorder', 'adhd', 'autis', 'ptss', 'ptsd', 'bipola', 'diabe', 'cancer', 'migraine', 'zwanger', 'pregnan',
    'epilep', 'astma', 'asthma', 'reuma', 'rheuma', 'psychose', 'psychot', 'dementie', 'alzheimer', 'beroerte', 'verslav',
    'verslaafd', 'addict', 'anorex', 'boulim', 'bulim',
  ]),
  ...terms('DIAGNOSIS', 'WORD', ['psychosis', 'ocd', 'burn out', 'burned out', 'burnt out']),
  ...terms('SYMPTOM', 'PART', ['paniekaanval', 'suicid', 'zelfmoord']),
  ...terms('SYMPTOM', 'PREFIX', [
    'angst', 'faalangst', 'anxiety', 'panic attack', 'hoofdpijn', 'rugpijn', 'nekpijn', 'buikpijn', 'headache', 'hartklopping',
    'palpitation', 'duizelig', 'dizz', 'misselijk', 'nause', 'slapeloos', 'insomnia', 'slaapprobl', 'hyperventil', 'zelfdoding',
    'zelfbeschadig', 'selfharm', 'huilbui', 'flashback', 'nachtmerrie', 'nightmare',
  ]),
  ...terms('TREATMENT', 'PART', ['therapie', 'therapy']),
  ...terms('TREATMENT', 'PREFIX', ['emdr', 'behandeltraject', 'behandelplan', 'operatie', 'geopereerd', 'surgery', 'chemo', 'bestraling', 'revalidatie', 'rehab']),
  ...terms('CARE_PROVIDER', 'PART', ['psycholoog', 'psychologen', 'psychologist', 'therapeut', 'therapist', 'ziekenhuis', 'ggz']),
  ...terms('CARE_PROVIDER', 'PREFIX', [
    'huisarts', 'psychiat', 'hospitalis', 'hospitaliz', 'neuroloog', 'cardioloog', 'oncoloog', 'internist', 'fysio', 'praktijkondersteuner',
  ]),
  ...terms('CARE_PROVIDER', 'WORD', ['gp', 'hospital', 'hospitals']),
  ...terms('MEDICATION', 'PART', ['medicatie', 'medicijn', 'antidepress', 'slaappil', 'slaapmiddel', 'azepam', 'oxetine', 'citalopram']),
  ...terms('MEDICATION', 'PREFIX', [
    'medicat', 'sleeping pill', 'kalmeringsmiddel', 'benzo', 'ssri', 'ritalin', 'methylfenidaat', 'sertralin', 'pijnstill', 'painkiller',
    'paracetamol', 'ibuprofen', 'insulin', 'antibiotic',
  ]),
  ...terms('MEDICATION', 'WORD', ['pil', 'pillen', 'pill', 'pills', 'lithium', 'prozac']),
];

/**
 * Words that contain a term but are not health data: arbeidstherapeutisch werken is a
 * form of re-integration, not treatment; angstvallig means scrupulous.
 */
export const NON_HEALTH_PREFIXES: readonly string[] = ['arbeidstherap', 'angstvallig'];
