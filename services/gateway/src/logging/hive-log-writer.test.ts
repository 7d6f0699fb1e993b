import { Logger as HiveLogger } from '@graphql-hive/gateway-runtime';
import { createLogger } from '@terugkeer/service-kit';
import { GraphQLError } from 'graphql';
import { RedactingHiveLogWriter } from './hive-log-writer';

const NOTE = 'Vertrouwelijk: terugval na gesprek met leidinggevende';

function hiveLogger() {
  const lines: string[] = [];
  const log = createLogger('gateway', { level: 'debug', destination: { write: (line: string) => void lines.push(line) } });
  return { hive: new HiveLogger({ level: 'debug', writers: [new RedactingHiveLogWriter(log)] }), lines };
}

describe('Hive Gateway lines through our logger', () => {
  it('write a failed subgraph call with its code and subgraph, not the subrequest it carried', () => {
    const { hive, lines } = hiveLogger();
    // What the HTTP executor makes of a refused connection: the subrequest rides along in the extensions.
    const body = JSON.stringify({
      query: 'mutation ($input: AddMedicalNoteInput!) { addMedicalNote(input: $input) { id } }',
      variables: { input: { text: NOTE } },
    });
    hive.error(
      new GraphQLError('connect ECONNREFUSED 127.0.0.1:4101', {
        path: ['addMedicalNote'],
        extensions: { code: 'SUBREQUEST_HTTP_ERROR', serviceName: 'case', request: { method: 'POST', body } },
      }),
    );
    expect(lines.join('')).not.toContain('Vertrouwelijk');
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 'error',
      msg: 'connect ECONNREFUSED 127.0.0.1:4101',
      hive: { path: ['addMedicalNote'], extensions: { code: 'SUBREQUEST_HTTP_ERROR', serviceName: 'case', request: { method: 'POST', body: '[redacted]' } } },
    });
  });

  it('keep queries, variables and quoted values out of their lines', () => {
    const { hive, lines } = hiveLogger();
    hive
      .child({ requestId: '6f1c2a9e-8b7d-4c3e-9a1f-2b3c4d5e6f70' })
      .debug({ subgraph: 'case', query: 'mutation { x }', variables: { input: { text: NOTE } } }, '[useSubgraphExecuteDebug] Start');
    hive.warn(`Failed to load subgraph schema: Variable "$input" got invalid value "${NOTE}"`);
    expect(lines.join('')).not.toContain('Vertrouwelijk');
    expect(JSON.parse(lines[0])).toMatchObject({
      requestId: '6f1c2a9e-8b7d-4c3e-9a1f-2b3c4d5e6f70',
      hive: { subgraph: 'case', query: '[redacted]', variables: '[redacted]' },
    });
    expect(JSON.parse(lines[1]).msg).toBe('Failed to load subgraph schema: Variable "…" got invalid value "…"');
  });

  it('write a refusal the subgraph gave its caller at debug, and a failure of our own at error', () => {
    const { hive, lines } = hiveLogger();
    hive.error(new GraphQLError('This needs the role COACH.', { path: ['startProgramme'], extensions: { code: 'FORBIDDEN', serviceName: 'scheduling' } }));
    hive.error(new GraphQLError('Unexpected error.', { path: ['startProgramme'], extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'scheduling' } }));
    expect(lines.map((line) => (JSON.parse(line) as { level: string }).level)).toEqual(['debug', 'error']);
  });
});
