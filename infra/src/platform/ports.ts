/** The fixed development ports other tooling relies on; every one can be overridden by the environment. */
export interface PlatformPorts {
  database: number;
  gateway: number;
  case: number;
  scheduling: number;
  reporting: number;
  shell: number;
  employee: number;
  manager: number;
  companyDoctor: number;
  coach: number;
  embedExample: number;
}

export const DEVELOPMENT_PORTS: PlatformPorts = {
  database: 5488,
  gateway: 4000,
  case: 4101,
  scheduling: 4102,
  reporting: 4103,
  shell: 3000,
  employee: 3001,
  manager: 3002,
  companyDoctor: 3003,
  coach: 3004,
  embedExample: 3010,
};

/** `npm test` runs its own platform beside a running `npm start`, 10000 ports higher. */
export const TEST_PORTS: PlatformPorts = Object.fromEntries(
  Object.entries(DEVELOPMENT_PORTS).map(([name, port]) => [name, port + 10000]),
) as unknown as PlatformPorts;

/**
 * `TERUGKEER_PORT_OFFSET` moves every default port by the same amount, so two checkouts
 * can run their platforms side by side. Steps of 20 never collide with another port.
 */
export function shiftedPorts(ports: PlatformPorts, env: NodeJS.ProcessEnv = process.env): PlatformPorts {
  const offset = Number(env.TERUGKEER_PORT_OFFSET ?? 0);
  if (!Number.isInteger(offset) || offset < 0) throw new Error('TERUGKEER_PORT_OFFSET must be a whole number ≥ 0');
  return Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, port + offset])) as unknown as PlatformPorts;
}

export function portsFromEnv(defaults: PlatformPorts, env: NodeJS.ProcessEnv = process.env): PlatformPorts {
  const read = (name: string, fallback: number) => Number(env[name] ?? fallback);
  return {
    database: read('TERUGKEER_DB_PORT', defaults.database),
    gateway: read('GATEWAY_PORT', defaults.gateway),
    case: read('CASE_PORT', defaults.case),
    scheduling: read('SCHEDULING_PORT', defaults.scheduling),
    reporting: read('REPORTING_PORT', defaults.reporting),
    shell: read('SHELL_PORT', defaults.shell),
    employee: read('EMPLOYEE_PORT', defaults.employee),
    manager: read('MANAGER_PORT', defaults.manager),
    companyDoctor: read('COMPANY_DOCTOR_PORT', defaults.companyDoctor),
    coach: read('COACH_PORT', defaults.coach),
    embedExample: read('EMBED_EXAMPLE_PORT', defaults.embedExample),
  };
}

/**
 * The environment every process of the platform receives, so they agree on where everything
 * is. Database URLs are not in it: each process gets its own role's (`databaseUrlEnv`).
 */
export function platformEnv(ports: PlatformPorts, dataDir: string): Record<string, string> {
  return {
    TERUGKEER_DATA_DIR: dataDir,
    GATEWAY_PORT: String(ports.gateway),
    CASE_PORT: String(ports.case),
    SCHEDULING_PORT: String(ports.scheduling),
    REPORTING_PORT: String(ports.reporting),
    SHELL_PORT: String(ports.shell),
    EMPLOYEE_PORT: String(ports.employee),
    MANAGER_PORT: String(ports.manager),
    COMPANY_DOCTOR_PORT: String(ports.companyDoctor),
    COACH_PORT: String(ports.coach),
    EMBED_EXAMPLE_PORT: String(ports.embedExample),
  };
}
