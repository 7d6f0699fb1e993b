import 'reflect-metadata';
import { createLogger, printToolProblem, printToolResult, readServiceConfig } from '@terugkeer/service-kit';
import { createCaseDataSource } from './entities';
import { AnalyticsClientError, AnalyticsClientService, type AnalyticsClientScope } from './modules/analytics-client/analytics-client.service';

const log = createLogger('case', { destination: 'stderr' }).child({ tool: 'analytics-client' });

const USAGE = `Usage:
  analytics-client create --organization "<name>" | --provider "<name>" [--name "<label>"]
  analytics-client list
  analytics-client revoke <client id>`;

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function scopeOf(args: string[]): AnalyticsClientScope | null {
  const organization = option(args, '--organization');
  const provider = option(args, '--provider');
  if (organization && !provider) return { organization };
  if (provider && !organization) return { provider };
  return null;
}

/** `analytics-client create|list|revoke`: the service accounts analysts get tokens with at the gateway's /oauth/token. */
async function main() {
  const [command, ...args] = process.argv.slice(2);
  const scope = scopeOf(args);
  if (!(command === 'create' && scope) && command !== 'list' && !(command === 'revoke' && args[0])) {
    printToolProblem(USAGE);
    process.exit(2);
  }
  const dataSource = await createCaseDataSource(readServiceConfig('case').databaseUrl).initialize();
  const clients = new AnalyticsClientService(dataSource);
  try {
    if (command === 'create' && scope) {
      const created = await clients.create(scope, option(args, '--name'));
      printToolResult(
        created,
        `analytics client created for ${created.name}\n  client id:     ${created.clientId}\n  client secret: ${created.clientSecret}\n` +
          'The secret is shown this once; only its hash is kept. Get a token with POST /oauth/token (grant_type=client_credentials).',
      );
    } else if (command === 'list') {
      const list = await clients.list();
      const lines = list.map((c) => `  ${c.clientId}  ${c.revokedAt ? 'revoked' : 'active '}  last used ${c.lastUsedAt ?? 'never'}  ${c.name}`);
      printToolResult({ clients: list }, `${list.length} analytics client(s)${lines.length ? `\n${lines.join('\n')}` : ''}`);
    } else {
      const revoked = await clients.revoke(args[0]);
      printToolResult(revoked, `analytics client ${revoked.clientId} revoked; tokens already given run out within their lifetime`);
    }
  } catch (error) {
    if (!(error instanceof AnalyticsClientError)) throw error;
    printToolProblem(error.message);
    process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  log.error({ err: error }, 'the analytics-client command failed');
  process.exit(1);
});
