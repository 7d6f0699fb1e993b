import { buildSchema, parse } from 'graphql';
import { ASSUMED_LIST_SIZE, operationCost } from './operation-cost';

const schema = buildSchema(`
  type Query { series(first: Int): Series! rows(first: Int): [Row!]! viewer: Viewer }
  type Series { rows: [Row!]! total: Int }
  type Row { period: String value: Float nested(first: Int): [Row!]! }
  type Viewer { name: String }
  type Mutation { touch: Viewer }
`);

describe('the cost of an operation', () => {
  it.each([
    ['scalars only', '{ viewer { name } }', 1],
    ['a list bounded by first', '{ rows(first: 100) { period value } }', 100],
    ['an unbounded list', '{ series { total rows { value } } }', 1 + ASSUMED_LIST_SIZE],
    ["a page's first sizes the lists inside it", '{ series(first: 1000) { rows { value } } }', 1 + 1000],
    ['a list inside a list', '{ rows(first: 20) { nested(first: 5) { value } } }', 20 + 20 * 5],
    ['aliases add up', '{ a: rows(first: 50) { value } b: rows(first: 50) { value } }', 100],
    ['a fragment counts where it is spread', '{ rows(first: 3) { ...R } } fragment R on Row { nested(first: 2) { value } }', 3 + 6],
    ['a mutation costs 10 more', 'mutation { touch { name } }', 11],
  ])('%s', (_name, query, expected) => {
    expect(operationCost(schema, parse(query))).toBe(expected);
  });

  it('reads first from the variables', () => {
    expect(operationCost(schema, parse('query ($n: Int) { rows(first: $n) { value } }'), { n: 400 })).toBe(400);
  });
});
