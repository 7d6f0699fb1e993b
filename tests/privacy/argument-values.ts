import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { pathKey, type IdSlot, type InputPath } from './id-slots';

/** The generator has no value for a required input: the field is not covered until it does. */
export class NoValueError extends Error {}

const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const monday = (weeks: number) => {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7) + weeks * 7);
  return date.toISOString().slice(0, 10);
};

/**
 * The hour every generated booking and conflict check asks about: a year ahead, where no other
 * test plans anything, and where each employer's people have an appointment (see tenants.ts),
 * so that an answer about another employer's people would show.
 */
export const PROBE_INTERVAL = { startsAt: `${isoDay(365)}T06:00:00.000Z`, endsAt: `${isoDay(365)}T07:00:00.000Z` };

/** Plain strings by what their name says they hold; anything else is a line of ordinary text. */
const STRING_DEFAULTS: [RegExp, () => string][] = [
  [/^startsAt$/, () => PROBE_INTERVAL.startsAt],
  [/^endsAt$/, () => PROBE_INTERVAL.endsAt],
  [/^newStart$/, () => `${isoDay(1)}T10:00`],
  [/(^t|T)ime$/, () => '10:00'],
  [/^weekStart$/, () => monday(0)],
  [/^startDate$/, () => monday(1)],
  [/(Day|Date|On|^from|^to|^deadline)$/, () => isoDay(0)],
  [/^dataClass$/, () => 'CASE_BASICS'],
  [/^key$/, () => 'PROBLEM_ANALYSIS'],
  [/^employeesCsv$/, () => 'employee_number,name,email,department,start_date,end_date,hours_per_week\n'],
  [/^absencesCsv$/, () => 'employee_number,report_number,start_date,end_date,absence_percentage,therapeutic\n'],
  [/./, () => 'Afspraak over het werk'],
];

const INT_DEFAULTS: [RegExp, number][] = [
  [/[vV]ersion|[rR]evision/, 1],
  [/^reflectionWeekday$/, 1],
  [/./, 3],
];

/** One sensible value per scalar, so that what refuses a call is the id, not the rest of the input. */
const SCALAR_DEFAULTS: Record<string, (name: string) => unknown> = {
  String: (name) => STRING_DEFAULTS.find(([pattern]) => pattern.test(name))![1](),
  Int: (name) => INT_DEFAULTS.find(([pattern]) => pattern.test(name))![1],
  Float: (name) => (name === 'percentage' ? 50 : 4),
  Boolean: () => true,
  Date: () => isoDay(0),
  DateTimeISO: () => new Date().toISOString(),
  JSONObject: () => ({}),
};

export interface Filling {
  /** The whole value of an id slot (a list for a list slot); undefined leaves a nullable one out. */
  id(slot: IdSlot): unknown;
  /** Enum values chosen by path; otherwise the first value. */
  enums?: Record<string, string>;
  /** Paths to fill although they are optional: the id under test and the enum being tried. */
  include?: readonly InputPath[];
}

/**
 * The least a field needs: every required input with a plausible value, optional ones left
 * out unless asked for, ids from `filling`. Throws NoValueError for an input it cannot fill.
 */
export function buildArguments(args: readonly GraphQLArgument[], slots: readonly IdSlot[], filling: Filling): Record<string, unknown> {
  const slotAt = new Map(slots.map((slot) => [pathKey(slot.path), slot]));
  const included = (path: InputPath) => (filling.include ?? []).some((wanted) => pathKey(wanted).startsWith(pathKey(path)));

  const valueOf = (input: GraphQLArgument | GraphQLInputField, type: GraphQLInputType, path: InputPath): unknown => {
    const slot = slotAt.get(pathKey(path));
    if (slot) return filling.id(slot);
    if (isNonNullType(type)) return valueOf(input, type.ofType, path);
    if (isListType(type)) {
      const item = valueOf(input, type.ofType, path);
      return item === undefined ? undefined : [item];
    }
    if (isInputObjectType(type)) return fieldsOf(Object.values(type.getFields()), path);
    if (isEnumType(type)) return filling.enums?.[pathKey(path)] ?? type.getValues()[0].name;
    const scalar = SCALAR_DEFAULTS[type.name];
    if (!scalar) throw new NoValueError(`no default for the scalar ${type.name} (${pathKey(path)})`);
    return scalar(input.name);
  };

  const fieldsOf = (inputs: readonly (GraphQLArgument | GraphQLInputField)[], prefix: InputPath) => {
    const result: Record<string, unknown> = {};
    for (const input of inputs) {
      const path = [...prefix, input.name];
      const optional = !isNonNullType(input.type) || input.defaultValue !== undefined;
      if (optional && !included(path)) continue;
      const value = valueOf(input, input.type, path);
      if (value !== undefined) result[input.name] = value;
      else if (!optional) throw new NoValueError(`no value for ${pathKey(path)} (${getNamedType(input.type).name})`);
    }
    return result;
  };

  return fieldsOf(args, []);
}
