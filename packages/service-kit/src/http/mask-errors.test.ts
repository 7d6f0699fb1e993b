import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { badInput } from '../errors';
import { maskUnexpectedErrors } from './mask-errors';

const format = maskUnexpectedErrors('test');

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

  it('hides an unexpected error', () => {
    const error = new Error('relation "cases" does not exist');
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(format({ message: error.message }, error)).toEqual({ message: 'Internal error.', path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    log.mockRestore();
  });
});
