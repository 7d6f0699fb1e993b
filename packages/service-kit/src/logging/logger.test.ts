import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { createLogger, logLevelFromEnvironment } from './logger';
import { runInRequestScope } from './request-scope';
import { safeAttributes } from './safe-attributes';
import { loggablePath, stripValues } from './safe-text';

const NOTE = 'Vertrouwelijk: slaapt slecht sinds de reorganisatie';
const EMAIL = 'sanne.devries@demo.test';

function capturedLogger() {
  const lines: string[] = [];
  const log = createLogger('test', { level: 'debug', destination: { write: (line: string) => void lines.push(line) } });
  return { log, lines, parsed: () => lines.map((line) => JSON.parse(line)) };
}

/** The error typeorm throws when PostgreSQL refuses an INSERT, with pg's fields on it. */
function uniqueViolation(): QueryFailedError {
  const driverError = Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
    code: '23505',
    detail: `Key (email)=(${EMAIL}) already exists.`,
    schema: 'case',
    table: 'users',
    constraint: 'users_email_key',
  });
  return new QueryFailedError('INSERT INTO users (email, name, note) VALUES ($1, $2, $3)', [EMAIL, 'Sanne de Vries', NOTE], driverError);
}

describe('the logger', () => {
  it('writes a database error with its class, code and constraint, and none of its parameters or detail', () => {
    const { log, lines, parsed } = capturedLogger();
    log.error({ err: uniqueViolation() }, 'insert failed');
    expect(lines.join('')).not.toMatch(/Vertrouwelijk|sanne|Sanne|INSERT|Key \(email\)/);
    expect(parsed()[0]).toMatchObject({
      level: 'error',
      service: 'test',
      msg: 'insert failed',
      err: { type: 'QueryFailedError', code: '23505', constraint: 'users_email_key', table: 'users', schema: 'case', message: 'duplicate key value violates unique constraint "users_email_key"' },
    });
    expect(parsed()[0].err.stack).toMatch(/^\s+at /);
  });

  it('censors bodies, variables, parameters and personal fields wherever they are logged by mistake', () => {
    const { log, lines } = capturedLogger();
    log.warn({ variables: { text: NOTE }, request: { body: NOTE, email: EMAIL }, parameters: [NOTE] }, 'odd');
    expect(lines.join('')).not.toMatch(/Vertrouwelijk|sanne/);
    expect(JSON.parse(lines[0])).toMatchObject({ variables: '[redacted]', request: { body: '[redacted]', email: '[redacted]' }, parameters: '[redacted]' });
  });

  it('masks an e-mail address in a message', () => {
    const { log, parsed } = capturedLogger();
    log.info('no token for %s', EMAIL);
    log.info(`directory lookup for ${EMAIL} failed`);
    expect(parsed().map((line) => line.msg)).toEqual(['no token for [e-mail]', 'directory lookup for [e-mail] failed']);
  });

  it('puts the request id and operation on every line written while a request is handled', () => {
    const { log, parsed } = capturedLogger();
    runInRequestScope({ requestId: '6f1c2a9e-request', operation: 'CaseTimeline_CaseQuery' }, () => log.info('inside'));
    log.info('outside');
    expect(parsed()[0]).toMatchObject({ requestId: '6f1c2a9e-request', operation: 'CaseTimeline_CaseQuery' });
    expect(parsed()[1].requestId).toBeUndefined();
  });

  it('keeps the cause of an error, safely', () => {
    const { log, lines, parsed } = capturedLogger();
    const wrapped = new GraphQLError(`Variable "$input" got invalid value "${NOTE}"`, { originalError: uniqueViolation(), path: ['addMedicalNote'], extensions: { code: 'INTERNAL_SERVER_ERROR', variables: { NOTE } } });
    log.error({ err: wrapped }, 'failed');
    expect(lines.join('')).not.toMatch(/Vertrouwelijk|sanne/);
    expect(parsed()[0].err).toMatchObject({ type: 'GraphQLError', code: 'INTERNAL_SERVER_ERROR', path: 'addMedicalNote', message: 'Variable "…" got invalid value "…"', cause: { type: 'QueryFailedError', code: '23505' } });
  });

  it('refuses a LOG_LEVEL that is no level, naming the variable', () => {
    expect(logLevelFromEnvironment({ LOG_LEVEL: 'Debug' })).toBe('debug');
    expect(logLevelFromEnvironment({})).toBe('info');
    expect(() => logLevelFromEnvironment({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
  });
});

describe('stripValues', () => {
  it.each([
    ['invalid input syntax for type uuid: "not-a-uuid"', 'invalid input syntax for type uuid: "…"'],
    ['new row for relation "medical_notes" violates check constraint "medical_notes_text_check"', 'new row for relation "medical_notes" violates check constraint "medical_notes_text_check"'],
    ['column "email" of relation "users" does not exist', 'column "email" of relation "users" does not exist'],
    [`invalid input value for enum role: "${NOTE}"`, 'invalid input value for enum role: "…"'],
    [`Key (email)=(${EMAIL}) already exists.`, 'Key (email)=(…) already exists.'],
    [`Unexpected token 'V', "${NOTE}" is not valid JSON`, `Unexpected token 'V', "…" is not valid JSON`],
    [`relation "${NOTE}" does not exist`, 'relation "…" does not exist'],
    ["Cannot read properties of undefined (reading 'caseId')", "Cannot read properties of undefined (reading 'caseId')"],
    [`could not reach ${EMAIL}`, 'could not reach [e-mail]'],
    ['fetch failed to http://127.0.0.1:4101/graphql?variables=%7B%7D', 'fetch failed to http://127.0.0.1:4101/graphql?[query]'],
  ])('%s', (message, expected) => {
    expect(stripValues(message)).toBe(expected);
  });
});

describe('loggablePath', () => {
  it.each([
    ['/graphql?query=%7B%20case%20%7D', '/graphql'],
    ['/calendar/feeds/Zk3v9Qd2mB7xT1pL4sN8wR6yH0cJ5aE3uG2fK9oI1qV.ics', '/calendar/feeds/:value'],
    ['/calendar/appointments/6f1c2a9e-8b7d-4c3e-9a1f-2b3c4d5e6f70.ics', '/calendar/appointments/6f1c2a9e-8b7d-4c3e-9a1f-2b3c4d5e6f70.ics'],
    ['/.well-known/jwks.json', '/.well-known/jwks.json'],
    [`/users/${EMAIL}`, '/users/:value'],
    ['/Jan%20Jansen', '/:value'],
  ])('%s', (path, expected) => {
    expect(loggablePath(path)).toBe(expected);
  });
});

describe('safeAttributes', () => {
  it('keeps what a failed subgraph call says, not the subrequest it carries', () => {
    const hiveError = {
      message: 'fetch failed to http://127.0.0.1:4101/graphql',
      extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', request: { method: 'POST', url: 'http://127.0.0.1:4101/graphql', body: JSON.stringify({ variables: { text: NOTE } }) } },
    };
    const safe = safeAttributes({ error: hiveError, subgraph: 'case' });
    expect(JSON.stringify(safe)).not.toMatch(/Vertrouwelijk/);
    expect(safe).toMatchObject({ subgraph: 'case', error: { message: hiveError.message, extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', request: { method: 'POST', body: '[redacted]' } } } });
  });
});
