/**
 * A rejection nobody awaited leaves the launcher in a state nobody planned for: say so, stop
 * what it started (the database included) and exit, rather than live on broken.
 */
export function stopOnUnhandledRejection(stop: () => Promise<void>): void {
  process.once('unhandledRejection', (reason) => {
    console.error('launcher  │ exiting on an unhandled rejection:', reason);
    void stop().finally(() => process.exit(1));
  });
}
