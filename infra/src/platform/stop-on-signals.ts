const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Ctrl-C, a `kill` or a closed terminal stops what the launcher started, the database
 * included, instead of leaving it running without its parent. A second signal while
 * stopping is ignored; the first one decides the exit code.
 */
export function stopOnSignals(stop: () => Promise<void>, exitCode = 130): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nlauncher  │ ${signal}: stopping …`);
    stop().then(
      () => process.exit(exitCode),
      (error: unknown) => {
        console.error('launcher  │ stopping failed:', error);
        process.exit(1);
      },
    );
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
}
