import { buildASTSchema, parse } from 'graphql';
import { buildArguments, NoValueError } from '../privacy/argument-values';
import { NOBODYS_ID, variablesOf, variantsOf } from '../privacy/cross-tenant-checks';
import { judgeForeignCall } from '../privacy/cross-tenant-judge';
import { localKinds, nestedFieldsWithIds, pathKey, PERSON, rootFieldsWithIds } from '../privacy/id-slots';

const schema = buildASTSchema(
  parse(`
    type Query {
      case(id: ID!): Case
      widget(widgetId: ID!): Case
      busy(input: TimeInput!): [Case!]!
    }
    type Mutation {
      book(input: BookInput!): BookResult!
      updateMedicalNote(input: UpdateMedicalNoteInput!): MedicalNote!
      addSignal(caseId: ID!, signalIds: [String!]!): Case!
      stamp(caseId: ID!, at: Stamp!): Case!
    }
    type Case { id: ID! notes(noteId: ID): [MedicalNote!]! }
    type MedicalNote { id: ID! }
    type Appointment { id: ID! }
    type EarlySignal { id: String! }
    type BookResult { appointment: Appointment }
    input TimeInput { caseId: ID! participantUserIds: [ID!]! startsAt: String! }
    input BookInput { caseId: ID! participantUserIds: [ID!]! kind: Kind! place: Place }
    input UpdateMedicalNoteInput { id: ID! text: String! }
    enum Kind { TALK CONSULT }
    enum Place { HOME OFFICE }
    scalar Stamp
  `),
);

const roots = new Map(rootFieldsWithIds(schema).map((root) => [root.name, root]));
const slotsOf = (name: string) => roots.get(name)!.slots.map((slot) => [pathKey(slot.path), slot.kind, slot.list]);

describe('the generator of cross-tenant calls', () => {
  it('tells from name and type what each id names', () => {
    expect(slotsOf('case')).toEqual([['id', 'Case', false]]);
    expect(slotsOf('busy')).toEqual([['input.caseId', 'Case', false], ['input.participantUserIds', PERSON, true]]);
    expect(slotsOf('book')).toEqual([['input.caseId', 'Case', false], ['input.participantUserIds', PERSON, true]]);
    expect(slotsOf('updateMedicalNote')).toEqual([['input.id', 'MedicalNote', false]]);
    expect(slotsOf('addSignal')).toEqual([['caseId', 'Case', false], ['signalIds', 'EarlySignal', true]]);
  });

  it('leaves an id it cannot name without a kind, which fails the coverage test', () => {
    expect(slotsOf('widget')).toEqual([['widgetId', null, false]]);
  });

  it('finds an id taken below the root, which it would not call', () => {
    expect(nestedFieldsWithIds(schema)).toEqual(['Case.notes']);
  });

  it('keeps keys local to their parent out of the cross-tenant calls', () => {
    expect(localKinds(schema)).toEqual(['EarlySignal']);
    expect(variantsOf(roots.get('addSignal')!, localKinds(schema)).map((v) => v.label)).toEqual(['caseId']);
  });

  it('tries each id with every value of the enums beside it, and all ids at once', () => {
    expect(variantsOf(roots.get('book')!, []).map((v) => v.label)).toEqual([
      'input.caseId',
      'input.caseId, input.kind: CONSULT',
      'input.caseId, input.place: HOME',
      'input.caseId, input.place: OFFICE',
      'input.participantUserIds',
      'input.participantUserIds, input.kind: CONSULT',
      'input.participantUserIds, input.place: HOME',
      'input.participantUserIds, input.place: OFFICE',
      'every id',
    ]);
  });

  it("puts the other employer's id in its place, beside the caller's own in a list", () => {
    const own = { ids: new Map([['Case', ['own-case']], [PERSON, ['own-person']]]) };
    const foreign = { ids: new Map([['Case', ['their-case']], [PERSON, ['their-person']]]) };
    const [, , , , people] = variantsOf(roots.get('book')!, []);
    expect(variablesOf(people, own, foreign)).toEqual({
      variables: { input: { caseId: 'own-case', participantUserIds: ['own-person', 'their-person'], kind: 'TALK' } },
      passed: ['their-person'],
    });
  });

  it('fills required inputs from the table of defaults and names what it cannot fill', () => {
    const busy = roots.get('busy')!;
    expect(buildArguments(busy.field.args, busy.slots, { id: (slot) => (slot.list ? [NOBODYS_ID] : NOBODYS_ID) })).toEqual({
      input: { caseId: NOBODYS_ID, participantUserIds: [NOBODYS_ID], startsAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T06:00:00.000Z$/) },
    });
    const stamp = roots.get('stamp')!;
    expect(() => buildArguments(stamp.field.args, stamp.slots, { id: () => NOBODYS_ID })).toThrow(NoValueError);
  });
});

describe('the judge of a call with another employer\'s id', () => {
  const needles = ['11111111-1111-4111-8111-111111111111', 'Pieter Hendriks'];
  const passed = ['11111111-1111-4111-8111-111111111111'];
  const fields = ['participantUserIds'];
  const refusal = (code: string, extensions: Record<string, unknown> = {}) => [{ message: 'no', extensions: { code, ...extensions } }];

  it.each([
    ['their name in the data is a leak', 'query', { data: { conflicts: [{ name: 'Pieter Hendriks' }] } }, 'LEAK'],
    ['their id repeated in an error is no leak', 'query', { errors: [{ message: `Case ${passed[0]} was not found.`, extensions: { code: 'NOT_FOUND', id: passed[0] } }] }, 'NOT_FOUND'],
    ['their name in an error is a leak', 'query', { errors: [{ message: 'Pieter Hendriks is busy', extensions: { code: 'BAD_USER_INPUT', field: 'participantUserIds' } }] }, 'LEAK'],
    ['an untyped error fails', 'query', { errors: refusal('INTERNAL_SERVER_ERROR') }, 'INTERNAL_SERVER_ERROR'],
    ['a refusal about another input proves nothing', 'mutation', { errors: refusal('BAD_USER_INPUT', { field: 'startsAt' }) }, 'MASKED'],
    ['a refusal about the id passes', 'mutation', { errors: refusal('BAD_USER_INPUT', { field: 'participantUserIds' }) }, 'BAD_USER_INPUT'],
    ['not finding another record proves nothing', 'mutation', { errors: refusal('NOT_FOUND', { id: 'own-record' }) }, 'MASKED'],
    ['a mutation carried out fails', 'mutation', { data: { book: { booked: true } } }, 'ACCEPTED'],
    ['a read that finds nothing of theirs passes', 'query', { data: { conflicts: [] } }, 'ANSWERED'],
  ] as const)('%s', (_name, operation, response, outcome) => {
    const verdict = judgeForeignCall({ operation, passed, fields, ...(response as object) }, needles);
    expect(verdict.outcome).toBe(outcome);
    expect(verdict.ok).toBe(['NOT_FOUND', 'BAD_USER_INPUT', 'ANSWERED'].includes(outcome));
  });
});
