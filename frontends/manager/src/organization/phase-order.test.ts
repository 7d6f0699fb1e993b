import { inProcessOrder } from './phase-order';

describe('inProcessOrder', () => {
  it('puts the phases in the order a case goes through them, unknown ones last', () => {
    const phases = ['RECOVERED', 'NEW', 'SOMETHING_NEW', 'BUILD_UP', 'PROBLEM_ANALYSIS', 'CLOSED', 'ACTION_PLAN'].map((phase) => ({ phase, cases: 1 }));
    expect(inProcessOrder(phases).map((p) => p.phase)).toEqual(['NEW', 'PROBLEM_ANALYSIS', 'ACTION_PLAN', 'BUILD_UP', 'RECOVERED', 'CLOSED', 'SOMETHING_NEW']);
  });
});
