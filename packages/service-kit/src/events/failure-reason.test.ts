import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { describeFailure, isPassingFault, type FailureReason } from './failure-reason';

function databaseError(message: string, fields: Partial<DatabaseError>): QueryFailedError {
  const driverError = Object.assign(new DatabaseError(message, message.length, 'error'), fields);
  return new QueryFailedError('INSERT …', ['caseId:CHECK_IN_TREND:MANAGER'], driverError);
}

const systemError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5488`), { code });

describe('describeFailure', () => {
  it.each<[string, unknown, FailureReason]>([
    [
      'a value PostgreSQL quotes',
      databaseError('invalid input syntax for type uuid: "caseId:CHECK_IN_TREND:MANAGER"', { code: '22P02' }),
      { errorClass: 'QueryFailedError', errorCode: '22P02', message: 'invalid input syntax for type uuid: "…"' },
    ],
    [
      'the names of what failed, kept',
      databaseError('new row for relation "check_in_scores" violates check constraint "energy_range_20261204"', {
        code: '23514',
        table: 'check_in_scores',
        constraint: 'energy_range_20261204',
        detail: 'Failing row contains (…, 11, …).',
      }),
      { errorClass: 'QueryFailedError', errorCode: '23514', message: 'new row for relation "check_in_scores" violates check constraint "energy_range_20261204"' },
    ],
    [
      "a handler's own words about a person",
      new Error('no employee jan.jansen@example.nl with BSN 123456782 in "Team Noord"'),
      { errorClass: 'Error', errorCode: null, message: 'no employee … with BSN … in "…"' },
    ],
    [
      'a bug in a handler',
      new TypeError("Cannot read properties of undefined (reading 'map')"),
      { errorClass: 'TypeError', errorCode: null, message: "Cannot read properties of undefined (reading '…')" },
    ],
    ['a lost connection', systemError('ECONNREFUSED'), { errorClass: 'Error', errorCode: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5488' }],
    ['something that is not an Error', 'boom', { errorClass: 'string', errorCode: null, message: 'A value that is not an Error was thrown.' }],
  ])('describes %s without personal data', (_, error, reason) => {
    expect(describeFailure(error)).toEqual(reason);
  });
});

describe('isPassingFault', () => {
  it.each<[string, boolean, unknown]>([
    ['the backend terminated', true, databaseError('terminating connection due to administrator command', { code: '57P01' })],
    ['a deadlock', true, databaseError('deadlock detected', { code: '40P01' })],
    ['a serialization failure', true, databaseError('could not serialize access due to concurrent update', { code: '40001' })],
    ['the database refusing connections', true, systemError('ECONNREFUSED')],
    ['the pool losing its client', true, new Error('Connection terminated unexpectedly')],
    ['a value of the wrong type', false, databaseError('invalid input syntax for type uuid: "x"', { code: '22P02' })],
    ['a constraint', false, databaseError('duplicate key value violates unique constraint "inbox_id_key"', { code: '23505' })],
    ['a missing table', false, databaseError('relation "dead_letters" does not exist', { code: '42P01' })],
    ['a bug', false, new TypeError("Cannot read properties of undefined (reading 'map')")],
  ])('%s passes: %s', (_, passing, error) => {
    expect(isPassingFault(error)).toBe(passing);
  });
});
