import { descendants, memoryByPart, platformPart, type ProcessInfo } from './process-memory.js';

const table: ProcessInfo[] = [
  { pid: 1, parent: 0, command: 'init', rssMb: 1 },
  { pid: 10, parent: 1, command: 'node infra/bin/terugkeer.mjs start', rssMb: 90 },
  { pid: 11, parent: 10, command: 'node --enable-source-maps /x/services/case/dist/main.js', rssMb: 120 },
  { pid: 12, parent: 10, command: '/x/native/bin/postgres -D /x/postgres', rssMb: 30 },
  { pid: 13, parent: 12, command: 'postgres: terugkeer terugkeer 127.0.0.1 idle', rssMb: 12 },
  { pid: 20, parent: 1, command: 'node services/case/dist/main.js', rssMb: 500 },
];

describe('the memory of a platform', () => {
  it('finds the processes below the launcher, not another platform', () => {
    expect(descendants(table, 10).map((p) => p.pid)).toEqual([10, 11, 12, 13]);
  });

  it('adds PostgreSQL and its backends up, and names each service', () => {
    expect(memoryByPart(descendants(table, 10))).toEqual({ 'launcher + frontends': 90, case: 120, postgresql: 42 });
  });

  it.each([
    ['node services/gateway/dist/main.js', 'gateway'],
    ['bash', 'other'],
  ])('calls %s %s', (command, part) => {
    expect(platformPart(command)).toBe(part);
  });
});
