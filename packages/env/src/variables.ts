import type { z } from 'zod';
import { ConfigurationError, type ConfigurationProblem } from './configuration-error';

/** The environment as a process receives it. */
export type Environment = Readonly<Record<string, string | undefined>>;

export interface Variable<Schema extends z.ZodType = z.ZodType> {
  name: string;
  schema: Schema;
  /** Never repeat its value in a message (passwords in URLs, shared secrets). */
  secret: boolean;
}

export function variable<Schema extends z.ZodType>(name: string, schema: Schema, options: { secret?: boolean } = {}): Variable<Schema> {
  return { name, schema, secret: options.secret ?? false };
}

/** A process's variables by the name of the setting each one fills. */
export type VariableSpec = Record<string, Variable>;

export type SpecValues<Spec extends VariableSpec> = { [Key in keyof Spec]: z.output<Spec[Key]['schema']> };

/** The names of the environment variables a spec reads. */
export const variableNames = (spec: VariableSpec): string[] => Object.values(spec).map(({ name }) => name);

/**
 * Reads every variable of the spec. An empty variable counts as unset; surrounding spaces
 * are ignored. Throws one ConfigurationError that names every bad variable.
 */
export function readEnv<Spec extends VariableSpec>(spec: Spec, env: Environment): SpecValues<Spec> {
  const values: Record<string, unknown> = {};
  const problems: ConfigurationProblem[] = [];
  for (const [setting, { name, schema, secret }] of Object.entries(spec)) {
    const given = env[name]?.trim() || undefined;
    const result = schema.safeParse(given);
    if (result.success) {
      values[setting] = result.data;
      continue;
    }
    const reason = given === undefined ? 'is required' : (result.error.issues[0]?.message ?? 'is not valid');
    problems.push(secret ? { variable: name, reason, hidden: given !== undefined } : { variable: name, reason, given });
  }
  if (problems.length) throw new ConfigurationError(problems);
  return values as SpecValues<Spec>;
}
