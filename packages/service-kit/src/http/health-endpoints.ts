import type { ServerResponse } from 'node:http';
import { sendJson } from './read-body';

/** What this process needs to serve requests, by name: each resolves when that part answers. */
export type ReadinessChecks = Record<string, () => Promise<unknown>>;

/** A dependency that does not answer within this time counts as down; readiness must answer fast. */
const CHECK_TIMEOUT_MS = 2_000;

/**
 * `/livez`: the process is up and its event loop answers. It asks nothing else, so a
 * supervisor restarts a process only for what a restart can cure.
 */
export function answerLiveness(response: ServerResponse, name: string): void {
  sendJson(response, 200, { status: 'alive', service: name });
}

/**
 * `/readyz`: this process's own dependencies answer (for a subgraph its database and its
 * queue), so it can take traffic. 503 names the part that does not; other services'
 * health is theirs to report.
 */
export async function answerReadiness(response: ServerResponse, name: string, checks: ReadinessChecks): Promise<void> {
  const results = await Promise.all(Object.entries(checks).map(async ([check, run]) => [check, (await withinTimeout(run)) ? 'ok' : 'down'] as const));
  const ready = results.every(([, status]) => status === 'ok');
  sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', service: name, checks: Object.fromEntries(results) });
}

async function withinTimeout(run: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      run().then(
        () => true,
        () => false,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
