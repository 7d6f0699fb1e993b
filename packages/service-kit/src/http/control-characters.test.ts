import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { refuseControlCharacters } from './control-characters';

const schema = buildSchema(`
  input NoteInput { caseId: ID! text: String! tags: [String!] }
  type Query { echo(text: String, id: ID): String }
  type Mutation { addNote(input: NoteInput!): String }
`);
const server = new ApolloServer({ schema, plugins: [refuseControlCharacters()], rootValue: { echo: () => 'ok', addNote: () => 'ok' } });

async function run(query: string, variables?: Record<string, unknown>) {
  const response = await server.executeOperation({ query, variables });
  const result = response.body.kind === 'single' ? response.body.singleResult : null;
  return { status: response.http.status, errors: result?.errors ?? [], data: result?.data };
}

describe('control characters in input strings', () => {
  it.each([
    ['a NUL in free text', 'mutation ($input: NoteInput!) { addNote(input: $input) }', { input: { caseId: 'c1', text: 'a\u0000b' } }, 'text', 'U+0000'],
    ['an escape in a list of strings', 'mutation ($input: NoteInput!) { addNote(input: $input) }', { input: { caseId: 'c1', text: 'a', tags: ['ok', '\u001b[2J'] } }, 'tags', 'U+001B'],
    ['a line break in an id', 'mutation ($input: NoteInput!) { addNote(input: $input) }', { input: { caseId: 'c\n1', text: 'a' } }, 'caseId', 'U+000A'],
    ['a NUL in a variable, named after the argument it fills', 'query ($_echo_text: String) { echo(text: $_echo_text) }', { _echo_text: 'a\u0000' }, 'text', 'U+0000'],
    ['a NUL written in the document', '{ echo(text: "a\\u0000b") }', undefined, 'text', 'U+0000'],
    ['a bell in a literal input field', 'mutation { addNote(input: { caseId: "c1", text: "\\u0007" }) }', undefined, 'text', 'U+0007'],
  ])('refuses %s with a typed error naming the field', async (_name, query, variables, field, character) => {
    const { status, errors } = await run(query, variables);
    expect(status).toBe(400);
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reasonCode: 'CONTROL_CHARACTER', values: { character } });
  });

  it('lets free text keep its line breaks and tabs, and plain text through', async () => {
    const multiline = await run('mutation ($input: NoteInput!) { addNote(input: $input) }', { input: { caseId: 'c1', text: 'one\r\ntwo\tthree ✓' } });
    expect(multiline.errors).toEqual([]);
    expect(multiline.data).toEqual({ addNote: 'ok' });
    expect((await run('{ echo(text: "é ✓ نص", id: "c1") }')).errors).toEqual([]);
  });
});
