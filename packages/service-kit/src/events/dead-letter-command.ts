import type { RequestContext } from '../context';
import { readServiceConfig } from '../service-config';
import type { ServiceDefinition } from '../service-runner';
import { listDeadLetters, replayDeadLetter, type DeadLetter, type ReplayOutcome } from './dead-letters';

const USAGE = 'Usage: events dead-letters [--id <event id>]… | events replay [--id <event id>]…';

function parse(args: string[]): { command: 'dead-letters' | 'replay'; ids?: string[] } | null {
  const [command, ...options] = args;
  if (command !== 'dead-letters' && command !== 'replay') return null;
  const ids: string[] = [];
  for (let i = 0; i < options.length; i += 2) {
    if (options[i] !== '--id' || !/^[0-9a-f-]{36}$/i.test(options[i + 1] ?? '')) return null;
    ids.push(options[i + 1]);
  }
  return { command, ids: ids.length ? ids : undefined };
}

const summaryOf = (service: string, letter: DeadLetter) => ({
  service,
  consumer: letter.consumer,
  id: letter.event.id,
  type: letter.event.type,
  aggregateId: letter.event.aggregateId,
  errorClass: letter.errorClass,
  errorCode: letter.errorCode,
  message: letter.message,
  attempts: letter.attempts,
  firstFailedAt: letter.firstFailedAt,
  failedAt: letter.failedAt,
});

/**
 * `events dead-letters` lists the events this service could not apply; `events replay`
 * applies them again (all, or those named by `--id`) and removes each that succeeds.
 * Prints a line per event, then a JSON summary as the last line; a replay that still
 * fails leaves the exit code 1. Payloads are not printed: they may name people.
 */
export async function runDeadLetterCommand<Context extends RequestContext>(definition: ServiceDefinition<Context>, args: string[]): Promise<void> {
  const parsed = parse(args);
  if (!parsed) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const service = definition.name;
  const dataSource = await definition.createDataSource(readServiceConfig(service).databaseUrl).initialize();
  try {
    const consumers = definition.consumes ?? [];
    if (parsed.command === 'dead-letters') {
      const letters = (await Promise.all(consumers.map((consumer) => listDeadLetters(dataSource, consumer.queue, parsed.ids)))).flat();
      for (const letter of letters) {
        const code = letter.errorCode ? ` ${letter.errorCode}` : '';
        console.log(`${service}: ${letter.event.type} ${letter.event.id}, ${letter.attempts}× since ${letter.firstFailedAt}: ${letter.errorClass}${code} ${letter.message}`);
      }
      console.log(`${service}: ${letters.length} dead letter(s)`);
      console.log(JSON.stringify({ ok: true, deadLetters: letters.map((letter) => summaryOf(service, letter)) }));
      return;
    }
    const outcomes: (ReplayOutcome & { service: string })[] = [];
    for (const consumer of consumers) {
      for (const letter of await listDeadLetters(dataSource, consumer.queue, parsed.ids)) {
        const outcome = await replayDeadLetter(dataSource, consumer.queue, consumer.handle, letter);
        console.log(`${service}: ${outcome.type} ${outcome.id} ${outcome.outcome}${outcome.outcome === 'failed' ? `: ${outcome.errorClass} ${outcome.message}` : ''}`);
        outcomes.push({ service, ...outcome });
      }
    }
    const failed = outcomes.filter((outcome) => outcome.outcome === 'failed');
    console.log(`${service}: ${outcomes.length - failed.length} replayed, ${failed.length} still failing`);
    console.log(JSON.stringify({ ok: failed.length === 0, replayed: outcomes.filter((outcome) => outcome.outcome !== 'failed'), failed }));
    if (failed.length) process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}
