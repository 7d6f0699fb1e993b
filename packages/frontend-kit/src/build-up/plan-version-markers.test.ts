import { planVersionMarkers } from './plan-version-markers';

const label = (version: number) => `versie ${version}`;

// prettier-ignore
const cases: [string, number[], { category: number; label: string }[]][] = [
  ['one version: no marker', [1, 1, 1], []],
  ['version 2 from the third week', [1, 1, 2, 2], [{ category: 2, label: 'versie 2' }]],
  ['two changes', [1, 2, 2, 3], [{ category: 1, label: 'versie 2' }, { category: 3, label: 'versie 3' }]],
  ['no weeks', [], []],
];

describe('planVersionMarkers', () => {
  it.each(cases)('%s', (_name, versions, expected) => {
    expect(
      planVersionMarkers(
        versions.map((planVersion) => ({ planVersion })),
        label,
      ),
    ).toEqual(expected.map((m) => ({ ...m, series: 'planned' })));
  });
});
