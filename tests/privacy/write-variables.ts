import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLArgument, type GraphQLInputType } from 'graphql';

export interface KnownIds {
  caseId: string;
  organizationId: string;
  employeeId: string;
}

/** A plausible value of the right type, so a refusal comes from authorization rather than from validation. */
export function sampleValue(name: string, type: GraphQLInputType, ids: KnownIds): unknown {
  if (isNonNullType(type)) return sampleValue(name, type.ofType, ids);
  if (isListType(type)) return [sampleValue(name, type.ofType, ids)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, sampleValue(field.name, field.type, ids)]));
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  switch (getNamedType(type).name) {
    case 'ID':
      if (name === 'caseId') return ids.caseId;
      if (name === 'organizationId') return ids.organizationId;
      if (name === 'employeeId') return ids.employeeId;
      return '00000000-0000-4000-8000-000000000000';
    case 'Int':
      return name.toLowerCase().includes('version') ? 1 : 2;
    case 'Float':
      return 2;
    case 'Boolean':
      return false;
    case 'Date':
      return new Date().toISOString().slice(0, 10);
    case 'DateTime':
    case 'DateTimeISO':
      return new Date().toISOString();
    case 'JSON':
    case 'JSONObject':
      return {};
    default:
      return 'Privacy-matrix test';
  }
}

export function sampleArguments(args: readonly GraphQLArgument[], ids: KnownIds): Record<string, unknown> {
  return Object.fromEntries(args.map((arg) => [arg.name, sampleValue(arg.name, arg.type, ids)]));
}
