import type { ConfigurationProblem } from './configuration-error';
import { oneOf } from './values';
import { variable } from './variables';

export const MODES = ['development', 'production'] as const;
export type Mode = (typeof MODES)[number];

/**
 * The mode fails closed: a process without TERUGKEER_MODE runs in production mode, and
 * development features (the development login, introspection, unsigned subgraph calls,
 * secrets made up on the spot) are on only where TERUGKEER_MODE=development says so.
 */
export const modeVariable = variable('TERUGKEER_MODE', oneOf(MODES).default('production'));

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const logLevelVariable = variable('LOG_LEVEL', oneOf(LOG_LEVELS).default('info'));

/** What production cannot do without: each entry names the variable, its value (if any) and what it is for. */
export type ProductionRequirements = Record<string, { given: unknown; purpose: string }>;

export function requiredInProduction(mode: Mode, requirements: ProductionRequirements): ConfigurationProblem[] {
  if (mode !== 'production') return [];
  return Object.entries(requirements)
    .filter(([, { given }]) => given === undefined)
    .map(([name, { purpose }]) => ({ variable: name, reason: `is required in production mode: ${purpose}` }));
}

/** Values that turn a development feature on are refused in production mode. */
export function developmentOnly(mode: Mode, name: string, value: unknown, developmentValues: readonly unknown[], feature: string): ConfigurationProblem[] {
  return mode === 'production' && developmentValues.includes(value)
    ? [{ variable: name, reason: `cannot be ${String(value)} in production mode: ${feature} is for development only` }]
    : [];
}
