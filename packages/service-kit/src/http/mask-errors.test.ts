import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { badInput } from '../errors';
import { createLogger } from '../logging/logger';
import { maskUnexpectedErrors } from './mask-errors';

const logged: string[] = [];
const format = maskUnexpectedErrors(createLogger('test', { destination: { write: (line: string) => void logged.push(line) } }));

describe('maskUnexpectedErrors', () => {
  it('passes a bad input with its reason code as it is', () => {
    const error = badInput('text', { code: 'EMPTY', values: {}, text: 'must not be empty' });
    expect(format({ message: error.message, extensions: error.extensions }, error).extensions).toEqual(error.extensions);
  });

  it('gives a variable GraphQL itself refused a reason code too', async () => {
    const server = new ApolloServer({ schema: buildSchema('type Query { page(first: Int): Int }'), formatError: format });
    const response = await server.executeOperation({ query: 'query ($first: Int) { page(first: $first) }', variables: { first: 'many' } });
    const [error] = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reasonCode: 'INVALID', values: { detail: error.message } });
  });

  it('hides an unexpected error from the client and logs what it was', () => {
    const error = new Error('relation "cases" does not exist');
    expect(format({ message: error.message, path: ['case'] }, error)).toEqual({ message: 'Internal error.', path: ['case'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.parse(logged.at(-1)!)).toMatchObject({ level: 'error', path: 'case', err: { type: 'Error', message: 'relation "cases" does not exist' } });
  });
});
