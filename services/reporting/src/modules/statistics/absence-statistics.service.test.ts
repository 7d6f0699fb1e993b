import { validatePeriod } from './absence-statistics.service';
import { FrequencyMethodValue } from './statistics.types';

const NVS = FrequencyMethodValue.NVS;
const SECTOR = FrequencyMethodValue.SECTOR_QUARTER;

describe('validatePeriod', () => {
  it.each([
    ['2024-02-01', '2024-02-29', NVS],
    ['2024-02-29', '2024-02-29', NVS], // one day
    ['2024-04-01', '2024-06-30', SECTOR],
    ['2020-01-01', '2024-12-31', NVS], // five years: 1827 days
  ])('accepts %s..%s (%s)', (from, to, frequencyMethod) => {
    expect(validatePeriod({ from, to, frequencyMethod })).toEqual({ from, to });
  });

  it.each([
    ['2024-02-30', '2024-03-01', NVS, 'from', 'NOT_A_DATE'],
    ['2024-03-01', '2024-02-01', NVS, 'to', 'BEFORE_START'],
    ['2019-01-01', '2024-12-31', NVS, 'to', 'PERIOD_TOO_LONG'], // six years
    ['2024-04-01', '2024-06-29', SECTOR, 'frequencyMethod', 'NOT_ONE_QUARTER'],
    ['2024-01-01', '2024-12-31', SECTOR, 'frequencyMethod', 'NOT_ONE_QUARTER'],
  ])('rejects %s..%s (%s) naming %s: %s', (from, to, frequencyMethod, field, reasonCode) => {
    expect(() => validatePeriod({ from, to, frequencyMethod })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field, reasonCode }) }),
    );
  });
});
