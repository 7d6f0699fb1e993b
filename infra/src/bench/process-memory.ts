import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessInfo {
  pid: number;
  parent: number;
  command: string;
  rssMb: number;
}

/** Every process on this machine (Linux /proc), with its parent, command line and resident memory. */
export function processTable(): ProcessInfo[] {
  const table: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const parent = Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0);
      table.push({ pid: Number(entry), parent, command, rssMb: rssKb / 1024 });
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

/** The processes below `root` (itself included). */
export function descendants(table: readonly ProcessInfo[], root: number): ProcessInfo[] {
  const found = table.filter((p) => p.pid === root);
  for (let i = 0; i < found.length; i += 1) found.push(...table.filter((p) => p.parent === found[i].pid));
  return found;
}

/**
 * What a platform's processes are, by their command lines: each service's main, PostgreSQL
 * (the server and its backends together) and the launcher (which also serves the frontends).
 */
export function platformPart(command: string): string {
  const service = /services\/(\w+)\/dist\/main\.js/.exec(command)?.[1];
  if (service) return service;
  if (/postgres/.test(command)) return 'postgresql';
  if (/terugkeer\.mjs/.test(command)) return 'launcher + frontends';
  return 'other';
}

/** Resident memory by part of the platform, in MB. */
export function memoryByPart(processes: readonly ProcessInfo[]): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const process of processes) {
    const part = platformPart(process.command);
    if (part !== 'other') parts[part] = (parts[part] ?? 0) + process.rssMb;
  }
  return parts;
}
