// Measures what each process of a running platform (`npm start`) uses, idle and under a
// bounded load through the gateway, to size the Kubernetes requests and limits.
//   node infra/deploy/measure-resources.mjs [--requests 400] [--concurrency 8]
// Reads the process ids from .data/dev/processes.json and the gateway port from GATEWAY_PORT
// (or 4000 + TERUGKEER_PORT_OFFSET); figures come from /proc, so this runs on Linux only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '400' }, concurrency: { type: 'string', default: '8' } } });
const dataDir = process.env.TERUGKEER_DATA_DIR ?? join(process.cwd(), '.data');
const pids = JSON.parse(readFileSync(join(dataDir, 'dev', 'processes.json'), 'utf8'));
const gateway = `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000 + Number(process.env.TERUGKEER_PORT_OFFSET ?? 0)}`;
const ticksPerSecond = 100;

function sample(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)[1]);
  // utime and stime are fields 14 and 15; the name in parentheses may hold spaces.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { rssMiB: kb('VmRSS') / 1024, peakMiB: kb('VmHWM') / 1024, cpuSeconds: (Number(stat[11]) + Number(stat[12])) / ticksPerSecond };
}
const sampleAll = () => Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, sample(pid)]));

const token = await fetch(`${gateway}/auth/dev/token`, { method: 'POST', body: JSON.stringify({ email: 'hr@demo.test' }) })
  .then((response) => response.json())
  .then((body) => body.token);
// A page's worth of work across all three subgraphs: cases, their appointments and progress.
const query = '{ viewer { name cases(first: 20) { edges { node { status firstSickDay appointments { kind startsAt } progress { absenceDays } } } } } }';

const idle = sampleAll();
const started = performance.now();
let sent = 0;
let failed = 0;
async function worker() {
  while (sent < Number(values.requests)) {
    sent++;
    const response = await fetch(`${gateway}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = await response.json();
    if (!response.ok || body.errors) failed++;
  }
}
await Promise.all(Array.from({ length: Number(values.concurrency) }, worker));
const seconds = (performance.now() - started) / 1000;
const loaded = sampleAll();

console.log(
  `${values.requests} requests, ${values.concurrency} at a time, in ${seconds.toFixed(1)} s (${(Number(values.requests) / seconds).toFixed(0)}/s), ${failed} failed`,
);
console.log('process      idle RSS  loaded RSS  peak RSS  CPU under load (cores)');
for (const name of Object.keys(pids)) {
  const cores = (loaded[name].cpuSeconds - idle[name].cpuSeconds) / seconds;
  const mib = (value) => `${value.toFixed(0)} MiB`.padStart(8);
  console.log(`${name.padEnd(12)} ${mib(idle[name].rssMiB)}  ${mib(loaded[name].rssMiB).padStart(10)}  ${mib(loaded[name].peakMiB)}  ${cores.toFixed(2)}`);
}
