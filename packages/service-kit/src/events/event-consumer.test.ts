import type { EventEnvelope } from '@terugkeer/events';
import { compareOccurrence } from './event-consumer';

const at = (occurredAt: string): EventEnvelope => ({ id: occurredAt, type: 't', aggregateId: 'a', organizationId: 'o', occurredAt, payload: {} });

describe('compareOccurrence', () => {
  it.each([
    ['2026-12-04T18:37:28.483100Z', '2026-12-04T18:37:28.483120Z'],
    ['2026-12-04T18:37:28.483Z', '2026-12-04T18:37:28.483001Z'],
    ['2026-12-04T18:37:28Z', '2026-12-04T18:37:28.000001Z'],
    ['2026-12-04T09:59:59.999999Z', '2026-12-04T10:00:00.000Z'],
  ])('puts %s before %s', (earlier, later) => {
    expect(compareOccurrence(at(earlier), at(later))).toBeLessThan(0);
    expect(compareOccurrence(at(later), at(earlier))).toBeGreaterThan(0);
  });

  it('orders a batch by when its changes happened', () => {
    const times = ['2026-12-04T18:37:28.483120Z', '2026-12-04T18:37:28.483Z', '2026-12-04T18:37:27.9Z'];
    expect(times.map(at).sort(compareOccurrence).map((event) => event.occurredAt)).toEqual([times[2], times[1], times[0]]);
  });
});
