/** Something the platform started that can end on its own: a service process or the database. */
export interface Running {
  /** Settles when it ended, for whatever reason. */
  exited: Promise<unknown>;
  stop(): Promise<void>;
}

export interface Supervised {
  /** Stops it for good: no restart after this. */
  stop(): Promise<void>;
}

/** A process that stayed up this long is healthy again: its next crash starts the backoff anew. */
const STABLE_AFTER_MS = 30_000;
const MAX_DELAY_MS = 30_000;
const SIGNAL_GRACE_MS = 500;

/** 1 s, 2 s, 4 s … up to 30 s between restarts of something that keeps failing. */
export function restartDelayMs(consecutiveFailures: number): number {
  return Math.min(MAX_DELAY_MS, 1_000 * 2 ** consecutiveFailures);
}

/**
 * Keeps one part of the development platform up: when it ends without being asked to, it
 * is started again after a backoff, and the log says so. A restart that fails counts as
 * another failure and is tried again later.
 */
export function supervise(name: string, first: Running, restart: () => Promise<Running>, log: (message: string) => void): Supervised {
  let current: Running | null = first;
  let stopping = false;
  let wakeUp: (() => void) | null = null;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const watch = async () => {
    let failures = 0;
    let startedAt = Date.now();
    while (current && !stopping) {
      const outcome = await current.exited;
      // Ctrl-C reaches every process of the terminal at once: give the platform's own stop a moment to say so.
      await pause(SIGNAL_GRACE_MS);
      if (stopping) return;
      if (Date.now() - startedAt >= STABLE_AFTER_MS) failures = 0;
      const delay = restartDelayMs(failures++);
      log(`${name} stopped unexpectedly (${describe(outcome)}); restarting in ${delay / 1000} s …`);
      await pause(delay);
      if (stopping) return;
      try {
        startedAt = Date.now();
        const restarted = await restart();
        // Asked to stop while it was starting again: the stop could not reach it, so it goes now.
        if (stopping) return await restarted.stop();
        current = restarted;
        log(`${name} is running again.`);
      } catch (error) {
        log(`${name} did not restart: ${error instanceof Error ? error.message : String(error)}`);
        current = { exited: Promise.resolve('restart failed'), stop: async () => undefined };
      }
    }
  };

  const watching = watch().catch((error: unknown) => log(`supervision of ${name} ended: ${String(error)}`));

  return {
    stop: async () => {
      stopping = true;
      wakeUp?.();
      await current?.stop();
      await watching;
    },
  };
}

function describe(outcome: unknown): string {
  if (typeof outcome === 'number') return `exit code ${outcome}`;
  if (typeof outcome === 'string') return outcome.startsWith('SIG') ? `ended by ${outcome}` : outcome;
  return 'ended';
}
