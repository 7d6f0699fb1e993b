// Brings a PostgreSQL database to the state the services expect before their migrations:
// per service a migration role that owns its schema and a runtime role that may only read
// and write rows, the shared queue's schema and the grants (infra/src/postgres/service-roles.ts).
//
// DATABASE_URL is a superuser's; the six service URLs (<SERVICE>_DATABASE_URL and
// <SERVICE>_MIGRATION_DATABASE_URL, as the services themselves read them) name the roles
// and carry their passwords, so the operator keeps each password in one place only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bootstrapDatabaseRoles, databaseRoles } from './postgres/service-roles.js';

const SERVICES = ['case', 'scheduling', 'reporting'];

function fail(message) {
  console.error(JSON.stringify({ level: 'fatal', service: 'database-roles', msg: message }));
  process.exit(78);
}

const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) fail('DATABASE_URL is required: a superuser of the PostgreSQL server, on the database the services use');
const database = decodeURIComponent(new URL(adminUrl).pathname.slice(1));
const expected = databaseRoles(database).services;

const passwords = {};
for (const service of SERVICES) {
  for (const [kind, variable] of [
    ['runtime', `${service.toUpperCase()}_DATABASE_URL`],
    ['migration', `${service.toUpperCase()}_MIGRATION_DATABASE_URL`],
  ]) {
    const value = process.env[variable];
    if (!value) fail(`${variable} is required: the ${kind} role of the ${service} service`);
    const url = new URL(value);
    const role = decodeURIComponent(url.username);
    if (role !== expected[service][kind]) fail(`${variable} must connect as ${expected[service][kind]} (roles are named after the database), not ${role}`);
    if (decodeURIComponent(url.pathname.slice(1)) !== database) fail(`${variable} must name the database ${database}, as DATABASE_URL does`);
    if (!url.password) fail(`${variable} must carry the role's password`);
    passwords[role] = decodeURIComponent(url.password);
  }
}

// bootstrapDatabaseRoles reads the passwords from the data directory's keys; this one is
// the job's own scratch space (a tmpfs), gone when the job ends.
const dataDir = process.env.TERUGKEER_DATA_DIR ?? '/tmp/terugkeer';
mkdirSync(join(dataDir, 'keys'), { recursive: true, mode: 0o700 });
writeFileSync(join(dataDir, 'keys', 'database-roles.json'), JSON.stringify(passwords), { mode: 0o600 });

await bootstrapDatabaseRoles(adminUrl, dataDir);
console.log(JSON.stringify({ level: 'info', service: 'database-roles', database, roles: Object.keys(passwords), msg: 'database roles in place' }));
