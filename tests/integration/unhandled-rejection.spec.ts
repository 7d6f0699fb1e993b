import { spawn } from 'node:child_process';

jest.setTimeout(30_000);

/** Runs a script as every service's main does, through the service kit's `runMain`. */
function runAsService(body: string): Promise<{ code: number | null; stderr: string }> {
  const script = `require('@terugkeer/service-kit').runMain(async () => { ${body} });`;
  const child = spawn(process.execPath, ['-e', script], { cwd: __dirname, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

describe('a service process', () => {
  it('exits with a line saying why when a promise rejects with nobody awaiting it, instead of living on', async () => {
    const { code, stderr } = await runAsService("setInterval(() => undefined, 1000); setTimeout(() => void Promise.reject(new Error('upstream reset')), 10);");
    expect(code).toBe(1);
    expect(stderr).toMatch(/Exiting on an unhandled rejection: Error: upstream reset/);
  });
});
