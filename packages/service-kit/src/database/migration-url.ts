import { readServiceConfig, type DEFAULT_PORTS } from '../service-config';

/**
 * The role a service's migrations connect as: `<SERVICE>_MIGRATION_DATABASE_URL`, the owner
 * of the service's schema, while the service itself runs as a role that may only read and
 * write rows. Without it the service's own URL serves both, for a setup with one role.
 */
export function migrationDatabaseUrl(service: keyof typeof DEFAULT_PORTS, env: NodeJS.ProcessEnv = process.env): string {
  return env[`${service.toUpperCase()}_MIGRATION_DATABASE_URL`] ?? readServiceConfig(service).databaseUrl;
}
