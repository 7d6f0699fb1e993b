import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../paths.js';
import { deployDir } from './manifests.js';

interface ComposeService {
  image: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  read_only?: boolean;
  cap_drop?: string[];
  networks?: string[];
  depends_on?: Record<string, { condition: string }>;
}

const composeFile = join(deployDir, 'compose', 'compose.yaml');
const composeText = readFileSync(composeFile, 'utf8');
const compose = parse(composeText, { merge: true }) as { services: Record<string, ComposeService>; networks: Record<string, { internal?: boolean }> };
const services = compose.services;
const envExample = readFileSync(join(deployDir, 'compose', 'production.env.example'), 'utf8');
const documented = readFileSync(join(repoRoot, '.env.example'), 'utf8');
const SUBGRAPHS = ['case', 'scheduling', 'reporting'];
/** Read by the images rather than by the platform's processes: the frontends' server and PostgreSQL's. */
const IMAGE_VARIABLES = /^(PUBLIC_\w+_URL|POSTGRES_\w+)$/;

const databaseVariables = (service: ComposeService) => Object.keys(service.environment ?? {}).filter((name) => name.includes('DATABASE_URL'));

describe('the compose file', () => {
  it('takes every variable it interpolates from the example environment file, or a default', () => {
    const used = [...composeText.matchAll(/\$\{(\w+)(:?[-?][^}]*)?\}/g)].filter((match) => !match[2]?.startsWith(':-')).map((match) => match[1]);
    const given = new Set([...envExample.matchAll(/^(\w+)=/gm)].map((match) => match[1]));
    expect([...new Set(used)].filter((name) => !given.has(name))).toEqual([]);
  });

  it('hands the processes only variables the platform documents', () => {
    const names = Object.values(services).flatMap((service) => Object.keys(service.environment ?? {}));
    expect([...new Set(names)].filter((name) => !IMAGE_VARIABLES.test(name) && !new RegExp(`^# ${name}=`, 'm').test(documented))).toEqual([]);
  });

  it.each(SUBGRAPHS)("gives %s, its migrations included, its own database roles and no other's", (name) => {
    const own = [`${name.toUpperCase()}_DATABASE_URL`, `${name.toUpperCase()}_MIGRATION_DATABASE_URL`];
    expect(databaseVariables(services[name]).sort()).toEqual(own.sort());
    expect(databaseVariables(services[`${name}-migrate`]).sort()).toEqual(own.sort());
  });

  it("gives the superuser's URL to the roles job only", () => {
    const holders = Object.entries(services).filter(([, service]) => service.environment?.DATABASE_URL);
    expect(holders.map(([name]) => name)).toEqual(['database-roles']);
    expect(
      Object.entries(services).filter(
        ([name, service]) => !SUBGRAPHS.some((subgraph) => name.startsWith(subgraph)) && name !== 'database-roles' && databaseVariables(service).length,
      ),
    ).toEqual([]);
  });

  it.each(SUBGRAPHS)('migrates %s after the roles are in place and before the service starts', (name) => {
    expect(services[`${name}-migrate`].command).toEqual(['node', `services/${name}/dist/migrate.js`]);
    expect(services[`${name}-migrate`].depends_on).toEqual({ 'database-roles': { condition: 'service_completed_successfully' } });
    expect(services[name].depends_on).toEqual({ [`${name}-migrate`]: { condition: 'service_completed_successfully' } });
  });

  it('runs every process of ours read-only and without capabilities', () => {
    for (const [name, service] of Object.entries(services).filter(([name]) => name !== 'postgres')) {
      expect({ name, readOnly: service.read_only, capDrop: service.cap_drop }).toEqual({ name, readOnly: true, capDrop: ['ALL'] });
    }
  });

  it('publishes the gateway and the frontends only, and keeps the database and the subgraphs on internal networks', () => {
    expect(Object.keys(services).filter((name) => services[name].ports?.length)).toEqual(['gateway', 'frontends']);
    expect(compose.networks.database.internal).toBe(true);
    expect(compose.networks.services.internal).toBe(true);
    expect(services.postgres.networks).toEqual(['database']);
    expect(services.frontends.networks).toEqual(['public']);
  });

  it('uses the images the Dockerfiles build', () => {
    for (const service of Object.values(services).filter((candidate) => !candidate.image.startsWith('postgres:'))) {
      const image = /\/([\w-]+):/.exec(service.image)?.[1] ?? '';
      expect(existsSync(join(deployDir, 'docker', `${image}.Dockerfile`))).toBe(true);
    }
  });
});
