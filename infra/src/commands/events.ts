import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { childEnvironment, type LauncherConfig } from '../config.js';
import { servicesDir } from '../paths.js';
import { withDatabase, type Service } from './with-database.js';

const SUBGRAPHS: readonly Service[] = ['case', 'scheduling', 'reporting'];
const toolOf = (service: Service) => join(servicesDir, service, 'dist', 'events-cli.js');

interface ToolSummary {
  ok: boolean;
  deadLetters?: unknown[];
  replayed?: unknown[];
  failed?: unknown[];
}

/** Runs one service's events tool; its lines pass through, its JSON summary (the last line) is returned, or null when it refused. */
function runTool(service: Service, args: string[], databaseEnv: Record<string, string>): Promise<{ code: number; summary: ToolSummary | null }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [toolOf(service), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      // As the service's runtime role: a dead letter is replayed as the service would handle it.
      env: childEnvironment({ TERUGKEER_MODE: 'development', [`${service.toUpperCase()}_DATABASE_URL`]: databaseEnv[`${service.toUpperCase()}_DATABASE_URL`] }),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      const lines = output.trim().split('\n');
      const last = lines.at(-1) ?? '';
      const summary = last.startsWith('{') ? (JSON.parse(last) as ToolSummary) : null;
      for (const line of summary ? lines.slice(0, -1) : lines) if (line) console.log(line);
      resolveRun({ code: code ?? 1, summary });
    });
  });
}

/**
 * `events dead-letters [--service X]` and `events replay [--service X] [--id ID]`: each
 * service that consumes events ships an events tool; this runs them one after the other
 * against the platform's database and prints their lines and one JSON summary.
 */
export async function runEventsTool(config: LauncherConfig, args: string[]): Promise<void> {
  const log = (message: string) => console.error(`terugkeer │ ${message}`);
  const serviceAt = args.indexOf('--service');
  const named = serviceAt >= 0 ? args[serviceAt + 1] : undefined;
  const toolArgs = serviceAt >= 0 ? [...args.slice(0, serviceAt), ...args.slice(serviceAt + 2)] : args;
  if (toolArgs[0] !== 'dead-letters' && toolArgs[0] !== 'replay') {
    console.error('Usage: events dead-letters [--service <name>] | events replay [--service <name>] [--id <event id>]');
    process.exit(2);
  }
  const consumers = SUBGRAPHS.filter((service) => existsSync(toolOf(service)));
  if (named !== undefined && !consumers.includes(named as Service)) {
    console.error(`--service names one of the services that consume events: ${consumers.join(', ')}`);
    process.exit(2);
  }
  const services = named ? [named as Service] : consumers;
  const runs = await withDatabase(
    config,
    log,
    async (databaseEnv) => {
      const results: { code: number; summary: ToolSummary | null }[] = [];
      for (const service of services) results.push(await runTool(service, toolArgs, databaseEnv));
      return results;
    },
    services,
  );
  const refused = runs.find((run) => !run.summary);
  if (refused) process.exit(refused.code || 1);
  const summaries = runs.flatMap((run) => (run.summary ? [run.summary] : []));
  const combined: ToolSummary = { ok: summaries.every((summary) => summary.ok) };
  for (const key of ['deadLetters', 'replayed', 'failed'] as const) {
    if (summaries.some((summary) => summary[key])) combined[key] = summaries.flatMap((summary) => summary[key] ?? []);
  }
  console.log(JSON.stringify(combined));
  // The embedded database's shutdown resets the exit code; ours must win.
  process.exit(combined.ok ? 0 : 1);
}
