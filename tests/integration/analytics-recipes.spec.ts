import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createAnalyticsClient, lastTwoYears, type AnalyticsClient } from '../support/analytics-client';
import { gatewayUrl } from '../support/gateway-client';

jest.setTimeout(120_000);

const recipes = join(__dirname, '..', '..', 'docs', 'analytics');

function run(command: string, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { env: { ...process.env, ...env }, maxBuffer: 20_000_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const hasPython = (() => {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let client: AnalyticsClient;
let env: Record<string, string>;
const { from, to } = lastTwoYears();

beforeAll(async () => {
  client = await createAnalyticsClient(['--organization', 'Zorggroep Demo']);
  env = { GATEWAY: gatewayUrl(), CLIENT_ID: client.clientId, CLIENT_SECRET: client.clientSecret };
});

describe('the recipes of docs/analytics.md run', () => {
  it('curl: a token and the series as JSON', async () => {
    const { code, stdout, stderr } = await run('sh', [join(recipes, 'series.sh'), from, to], env);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const series = JSON.parse(stdout).data.analyticsSeries;
    expect(series.rows.length).toBe(Math.min(1000, series.totalRows));
    expect(series.rows[0]).toEqual({
      period: from.slice(0, 7),
      organization: 'Zorggroep Demo',
      department: null,
      metric: expect.any(String),
      value: expect.anything(),
      suppressed: false,
    });
  });

  (hasPython ? it : it.skip)('Python: every page as CSV', async () => {
    const { code, stdout, stderr } = await run('python3', [join(recipes, 'series.py'), from, to], env);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe('period,organization,department,metric,value,suppressed');
    const periods = new Set(lines.slice(1).map((line) => line.split(',')[0]));
    expect(periods.size).toBe(24);
    // The organization and its three departments, every metric, every month: more than one page.
    expect(lines.length - 1).toBeGreaterThan(1000);
  });
});
