import { spawn, type ChildProcess } from 'node:child_process';

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** The exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals | null>;
}

const COLOURS = [36, 35, 33, 32, 34, 31];

/**
 * The launcher's environment without database URLs: each process is handed its own role's
 * URL explicitly, never the superuser's or another service's by inheritance.
 */
export function inheritedEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.endsWith('DATABASE_URL')));
}

/** Runs a node script with a prefixed, coloured log so several services can share one terminal. */
export function startNodeProcess(name: string, script: string, env: Record<string, string>, index = 0): ManagedProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', script], {
    env: { ...inheritedEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = process.stdout.isTTY ? `\x1b[${COLOURS[index % COLOURS.length]}m${name.padEnd(10)}\x1b[0m│ ` : `${name.padEnd(10)}│ `;
  const forward = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) stream.write(`${prefix}${line}\n`);
  };
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  return { name, child, exited };
}

/** Runs a script to completion (migrations, seeds) and fails loudly when it fails. */
export async function runNodeScript(name: string, script: string, env: Record<string, string>): Promise<void> {
  const managed = startNodeProcess(name, script, env);
  const code = await managed.exited;
  if (code !== 0) throw new Error(`${name} failed (exit code ${code}).`);
}

export async function stopProcesses(processes: ManagedProcess[], timeoutMs = 8_000): Promise<void> {
  await Promise.all(
    processes.map(async ({ child, exited }) => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    }),
  );
}

export async function waitForHealth(name: string, url: string, processRef: ManagedProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (processRef.child.exitCode !== null) throw new Error(`${name} exited during start-up (code ${processRef.child.exitCode}).`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${name} did not become healthy at ${url} within ${timeoutMs / 1000} s.`);
}
