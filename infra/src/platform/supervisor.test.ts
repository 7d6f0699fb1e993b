import { supervise, type Running } from './supervisor.js';

/** A stand-in for a process: ends when told to, or on its own through `crash`. */
function fakeProcess() {
  let end: (outcome: unknown) => void = () => undefined;
  const exited = new Promise<unknown>((resolve) => (end = resolve));
  let stopped = false;
  const running: Running = {
    exited,
    stop: async () => {
      stopped = true;
      end('SIGTERM');
    },
  };
  return { running, crash: () => end(1), isStopped: () => stopped };
}

describe('supervise', () => {
  it('starts a process again after it ended on its own, and stops the new one', async () => {
    const first = fakeProcess();
    const second = fakeProcess();
    const messages: string[] = [];
    let restarted!: () => void;
    const restartedOnce = new Promise<void>((resolve) => (restarted = resolve));
    const supervised = supervise(
      'case',
      first.running,
      async () => {
        restarted();
        return second.running;
      },
      (message) => messages.push(message),
    );
    first.crash();
    await restartedOnce;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await supervised.stop();
    expect(second.isStopped()).toBe(true);
    expect(messages[0]).toBe('case stopped unexpectedly (exit code 1); restarting in 1 s …');
  }, 10_000);

  it('stops a process that was starting again when the stop came, instead of leaving it running', async () => {
    const first = fakeProcess();
    const second = fakeProcess();
    let finishRestart!: () => void;
    let restartBegun!: () => void;
    const begun = new Promise<void>((resolve) => (restartBegun = resolve));
    const supervised = supervise(
      'scheduling',
      first.running,
      () =>
        new Promise<Running>((resolve) => {
          restartBegun();
          finishRestart = () => resolve(second.running);
        }),
      () => undefined,
    );
    first.crash();
    await begun;
    const stopping = supervised.stop();
    finishRestart();
    await stopping;
    expect(second.isStopped()).toBe(true);
  }, 10_000);
});
