import type { CheckInScores } from './check-in';
import { detectDip, type DipReason } from './detect-dip';

// Resources (autonomy, recognition, social support) average 6.
const base: CheckInScores = { energy: 7, mood: 7, sleep: 7, demands: 5, autonomy: 6, recognition: 5, socialSupport: 7 };
const withEnergy = (...levels: number[]) => levels.map((energy) => ({ ...base, energy }));

describe('detectDip', () => {
  it.each<[string, Partial<CheckInScores>, CheckInScores[], DipReason[], number | null]>([
    ['steady week: demands 5 below resources 6, energy as usual', {}, withEnergy(7, 7), [], 7],
    ['demands equal to resources are no dip', { demands: 6 }, withEnergy(7, 7), [], 7],
    ['demands 7 above resources 6', { demands: 7 }, withEnergy(7, 7), ['DEMANDS_EXCEED_RESOURCES'], 7],
    ['energy 5 is exactly 2 below the mean 7', { energy: 5 }, withEnergy(6, 8), ['ENERGY_BELOW_RECENT'], 7],
    ['energy 6 is only 1.5 below the mean 7.5', { energy: 6 }, withEnergy(7, 8), [], 7.5],
    // Only the last 4 count: mean of 8, 8, 8, 8 = 8, the older 2 is ignored.
    ['energy 6 against the last four check-ins', { energy: 6 }, withEnergy(2, 8, 8, 8, 8), ['ENERGY_BELOW_RECENT'], 8],
    ['one recent check-in gives no baseline', { energy: 2 }, withEnergy(9), [], null],
    ['no history gives no baseline', { energy: 2 }, [], [], null],
    ['both signals at once', { energy: 3, demands: 9 }, withEnergy(6, 6, 7), ['DEMANDS_EXCEED_RESOURCES', 'ENERGY_BELOW_RECENT'], 19 / 3],
  ])('%s', (_, override, recent, reasons, baseline) => {
    const result = detectDip({ ...base, ...override }, recent);
    expect(result.reasons).toEqual(reasons);
    expect(result.isDip).toBe(reasons.length > 0);
    expect(result.resources).toBe(6);
    expect(result.demands).toBe(override.demands ?? 5);
    if (baseline === null) expect(result.energyBaseline).toBeNull();
    else expect(result.energyBaseline).toBeCloseTo(baseline);
  });

  it('takes its thresholds as options', () => {
    // A drop of 1 (7 → 6) counts with a 1-point threshold; a single check-in suffices with minimum 1.
    const result = detectDip({ ...base, energy: 6 }, withEnergy(7), { energyDropPoints: 1, minimumBaselineCheckIns: 1 });
    expect(result.reasons).toEqual(['ENERGY_BELOW_RECENT']);
  });
});
