import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseLogLine, renderLogEntry, type LogEntry } from './log-lines.js';
import { childEnvironment } from '../config.js';

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** The exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals | null>;
}

const COLOURS = [36, 35, 33, 32, 34, 31];

export interface ProcessOutput {
  /** Where each process's output is also kept, unchanged: `<directory>/<name>.log`. */
  logDirectory?: string;
  /** Which of a process's log lines reach the terminal; all when absent. */
  showOnTerminal?: (entry: LogEntry) => boolean;
}

const logFiles = new Map<string, WriteStream>();

/** One file per process name, shared by its migration, its seed and the service itself. */
function logFile(directory: string, name: string): WriteStream {
  const path = join(directory, `${name}.log`);
  let stream = logFiles.get(path);
  if (!stream) {
    mkdirSync(directory, { recursive: true });
    stream = createWriteStream(path, { flags: 'a' });
    logFiles.set(path, stream);
  }
  return stream;
}

/** Writes out and closes the processes' log files; after the processes have stopped. */
export async function closeLogFiles(): Promise<void> {
  const streams = [...logFiles.values()];
  logFiles.clear();
  await Promise.all(streams.map((stream) => new Promise<void>((resolve) => stream.end(resolve))));
}

/**
 * Runs a node script with a prefixed, coloured log so several services can share one terminal.
 * On a terminal the services' JSON log lines are shown compactly; elsewhere (CI, a pipe) as
 * they are, so they stay machine-readable.
 */
export function startNodeProcess(name: string, script: string, env: Record<string, string>, index = 0, output: ProcessOutput = {}): ManagedProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', script], {
    env: childEnvironment(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tty = Boolean(process.stdout.isTTY);
  const prefix = tty ? `\x1b[${COLOURS[index % COLOURS.length]}m${name.padEnd(10)}\x1b[0m│ ` : `${name.padEnd(10)}│ `;
  const file = output.logDirectory ? logFile(output.logDirectory, name) : null;
  const forward = (from: NodeJS.ReadableStream, to: NodeJS.WritableStream) =>
    createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
      if (!line.trim()) return;
      file?.write(`${line}\n`);
      const entry = parseLogLine(line);
      if (entry && output.showOnTerminal && !output.showOnTerminal(entry)) return;
      const shown = entry && tty ? renderLogEntry(entry, true) : line;
      to.write(shown.split('\n').map((part) => `${prefix}${part}\n`).join(''));
    });
  if (child.stdout) forward(child.stdout, process.stdout);
  if (child.stderr) forward(child.stderr, process.stderr);
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  return { name, child, exited };
}

/** Runs a script to completion (migrations, seeds) and fails loudly when it fails. */
export async function runNodeScript(name: string, script: string, env: Record<string, string>, output: ProcessOutput = {}): Promise<void> {
  const managed = startNodeProcess(name, script, env, 0, output);
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
