import { spawn } from 'node:child_process';

jest.setTimeout(30_000);

/** Runs a script as every service's main does, through the service kit's `runMain`. */
function runAsService(body: string): Promise<{ code: number | null; output: string }> {
  const script = `require('@terugkeer/service-kit').runMain('probe', async () => { ${body} });`;
  const child = spawn(process.execPath, ['-e', script], { cwd: __dirname, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('a service process', () => {
  it('exits with a line saying why when a promise rejects with nobody awaiting it, instead of living on', async () => {
    const { code, output } = await runAsService("setInterval(() => undefined, 1000); setTimeout(() => void Promise.reject(new Error('upstream reset')), 10);");
    expect(code).toBe(1);
    const fatal = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: string; msg: string; err?: { message?: string } })
      .find((line) => line.level === 'fatal');
    expect(fatal).toMatchObject({ msg: 'unhandled promise rejection', err: { message: 'upstream reset' } });
  });
});
