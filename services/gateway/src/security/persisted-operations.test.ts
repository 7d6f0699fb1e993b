import { parse } from 'graphql';
import { canonicalOperation } from './persisted-operations';

describe('canonical operations', () => {
  it('are the same for the manifest text and what Apollo Client sends', () => {
    const manifest = 'query Home_ViewerQuery { viewer { cases(first: 1) { edges { node { id status } } } id } }';
    const sent = 'query Home_ViewerQuery { viewer { id __typename cases(first: 1) { edges { node { status id __typename } __typename } __typename } } }';
    expect(canonicalOperation(parse(sent))).toBe(canonicalOperation(parse(manifest)));
  });

  it('differ when anything that changes the answer differs', () => {
    const base = canonicalOperation(parse('query Q { viewer { id } }'));
    expect(canonicalOperation(parse('query Q { viewer { id email } }'))).not.toBe(base);
    expect(canonicalOperation(parse('query Q { viewer { other: id } }'))).not.toBe(base);
    expect(canonicalOperation(parse('query R { viewer { id } }'))).not.toBe(base);
  });
});
