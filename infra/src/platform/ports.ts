import type { LauncherConfig } from '../config.js';

/** The fixed development ports other tooling relies on; every one can be overridden by the environment. */
export interface PlatformPorts {
  database: number;
  gateway: number;
  case: number;
  scheduling: number;
  reporting: number;
  gatewayMetrics: number;
  caseMetrics: number;
  schedulingMetrics: number;
  reportingMetrics: number;
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
  gatewayMetrics: 4111,
  caseMetrics: 4112,
  schedulingMetrics: 4113,
  reportingMetrics: 4114,
  shell: 3000,
  employee: 3001,
  manager: 3002,
  companyDoctor: 3003,
  coach: 3004,
  embedExample: 3010,
};

/**
 * Where the test platform sends its traces: the OTLP/HTTP receiver of the tracing test, which
 * listens only while it runs (spans sent meanwhile are dropped by the exporter).
 */
export const TEST_OTLP_PORT = 14318;

/** `npm test` runs its own platform beside a running `npm start`, 10000 ports higher. */
export const TEST_PORTS: PlatformPorts = Object.fromEntries(
  Object.entries(DEVELOPMENT_PORTS).map(([name, port]) => [name, port + 10000]),
) as unknown as PlatformPorts;

/**
 * `TERUGKEER_PORT_OFFSET` moves every default port by the same amount, so two checkouts
 * can run their platforms side by side. Steps of 20 never collide with another port.
 */
export function shiftedPorts(ports: PlatformPorts, offset: number): PlatformPorts {
  return Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, port + offset])) as unknown as PlatformPorts;
}

/** The defaults moved by the offset, then every port that was set on its own (`GATEWAY_PORT`, …). */
export function configuredPorts(defaults: PlatformPorts, { portOffset, ports }: Pick<LauncherConfig, 'portOffset' | 'ports'>): PlatformPorts {
  return { ...shiftedPorts(defaults, portOffset), ...ports };
}

/**
 * The environment every process of the platform receives, so they agree on where everything
 * is. The platform is a development one: every process is told so explicitly. Database URLs
 * are not in it: each process gets its own role's (`databaseUrlEnv`).
 */
export function platformEnv(ports: PlatformPorts, dataDir: string): Record<string, string> {
  return {
    TERUGKEER_MODE: 'development',
    TERUGKEER_DATA_DIR: dataDir,
    GATEWAY_PORT: String(ports.gateway),
    CASE_PORT: String(ports.case),
    SCHEDULING_PORT: String(ports.scheduling),
    REPORTING_PORT: String(ports.reporting),
    GATEWAY_METRICS_PORT: String(ports.gatewayMetrics),
    CASE_METRICS_PORT: String(ports.caseMetrics),
    SCHEDULING_METRICS_PORT: String(ports.schedulingMetrics),
    REPORTING_METRICS_PORT: String(ports.reportingMetrics),
    SHELL_PORT: String(ports.shell),
    EMPLOYEE_PORT: String(ports.employee),
    MANAGER_PORT: String(ports.manager),
    COMPANY_DOCTOR_PORT: String(ports.companyDoctor),
    COACH_PORT: String(ports.coach),
    EMBED_EXAMPLE_PORT: String(ports.embedExample),
  };
}
