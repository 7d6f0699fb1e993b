import { jestRuns } from './test.js';

describe('the jest runs of `npm test`', () => {
  it('runs everything but the faults, then the faults alone and in band', () => {
    expect(jestRuns([])).toEqual([
      ['--ignoreProjects', 'faults'],
      ['--runInBand', '--selectProjects', 'faults'],
    ]);
  });

  it('keeps the paths it is given as paths, ahead of the project option that would take them as names', () => {
    const [run] = jestRuns(['tests/integration/a.spec.ts', 'infra/src/b.test.ts']);
    expect(run.slice(0, 2)).toEqual(['tests/integration/a.spec.ts', 'infra/src/b.test.ts']);
    expect(run.slice(-2)).toEqual(['--ignoreProjects', 'faults']);
  });

  it('runs only the faults when a fault test is named', () => {
    expect(jestRuns(['tests/faults/subgraph-down.fault.ts'])).toEqual([['tests/faults/subgraph-down.fault.ts', '--runInBand', '--selectProjects', 'faults']]);
  });
});
