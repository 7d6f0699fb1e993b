import { authorizationCoverage } from '@terugkeer/service-kit';
import { resolvers } from './schema';

describe('the scheduling subgraph', () => {
  it('declares who may call every query, mutation and field resolver', () => {
    const coverage = authorizationCoverage(resolvers);
    console.log(`scheduling: ${coverage.checked.length} resolvers checked for a declared authorization`);
    expect(coverage.checked.length).toBeGreaterThan(0);
    expect(coverage.undeclared).toEqual([]);
  });
});
