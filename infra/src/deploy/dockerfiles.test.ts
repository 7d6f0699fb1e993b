import { Copy, DockerfileParser, type Dockerfile } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { run as dockerfilelint } from 'dockerfilelint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths.js';
import { deployDir } from './manifests.js';

const dockerDir = join(deployDir, 'docker');
const files = readdirSync(dockerDir).filter((name) => name.endsWith('.Dockerfile'));
const contentOf = (name: string) => readFileSync(join(dockerDir, name), 'utf8');
const parse = (name: string) => DockerfileParser.parse(contentOf(name));

const nodeMajor = readFileSync(join(repoRoot, '.nvmrc'), 'utf8').trim();
const pnpmVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { packageManager: string }).packageManager.replace('pnpm@', '');
/** Jobs that run and end: no health check. */
const ONE_OFF = ['database-roles.Dockerfile'];

/** The ARG defaults declared before the first FROM, which the FROM lines may use. */
function globalArgs(dockerfile: Dockerfile): Record<string, string> {
  return Object.fromEntries(dockerfile.getInitialARGs().map((arg) => [arg.getProperty()?.getName() ?? '', arg.getProperty()?.getValue() ?? '']));
}

const stages = (dockerfile: Dockerfile) => {
  const args = globalArgs(dockerfile);
  return dockerfile.getFROMs().map((from) => ({ from, image: (from.getImage() ?? '').replace(/\$\{(\w+)\}/g, (_, name: string) => args[name] ?? '') }));
};

/** The instructions of the last stage: what the image is made of at run time. */
function finalStage(dockerfile: Dockerfile) {
  const lastFrom = dockerfile.getFROMs().at(-1);
  if (!lastFrom) throw new Error('No FROM');
  return dockerfile.getInstructions().filter((instruction) => instruction.getRange().start.line >= lastFrom.getRange().start.line);
}

describe.each(files)('%s', (name) => {
  const dockerfile = parse(name);

  it('passes the hadolint-style rules of dockerfilelint', () => {
    expect(dockerfilelint(deployDir, contentOf(name))).toEqual([]);
  });

  it("passes the Dockerfile language server's validation", () => {
    expect(
      validate(contentOf(name)).map(
        (problem) => `line ${problem.range.start.line + 1}: ${typeof problem.message === 'string' ? problem.message : problem.message.value}`,
      ),
    ).toEqual([]);
  });

  it('builds in stages from base images pinned to a version', () => {
    const all = stages(dockerfile);
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const { image } of all) expect(image).toMatch(/^[\w./-]+:\d+\.\d+(\.\d+)?(-[\w.-]+)?$/);
    for (const { image } of all.filter((stage) => stage.image.startsWith('node:'))) expect(image.split(':')[1].split('.')[0]).toBe(nodeMajor);
  });

  it('runs as a user other than root, added nothing by ADD', () => {
    const final = finalStage(dockerfile);
    const user = final.filter((instruction) => instruction.getKeyword() === 'USER').at(-1);
    expect(user?.getArguments()[0].getValue()).toMatch(/^(?!root$|0$)[\w-]+$/);
    expect(dockerfile.getInstructions().filter((instruction) => instruction.getKeyword() === 'ADD')).toEqual([]);
  });

  it('installs the pinned pnpm', () => {
    const installs = dockerfile
      .getInstructions()
      .flatMap((instruction) => (instruction.getKeyword() === 'RUN' ? [...instruction.getTextContent().matchAll(/pnpm@([\w.-]+)/g)] : []));
    for (const match of installs) expect(match[1]).toBe(pnpmVersion);
  });

  it('copies from the build context only files that exist there', () => {
    const sources = dockerfile
      .getInstructions()
      .filter((instruction): instruction is Copy => instruction instanceof Copy && !instruction.getFromFlag())
      .flatMap((copy) =>
        copy
          .getArguments()
          .slice(0, -1)
          .map((argument) => argument.getValue()),
      );
    expect(sources.filter((source) => !existsSync(join(repoRoot, source)))).toEqual([]);
  });

  it('starts a program the repository builds, and says when it is alive', () => {
    const final = finalStage(dockerfile);
    const cmd = final.find((instruction) => instruction.getKeyword() === 'CMD');
    if (cmd) {
      const [, ...args] = JSON.parse(cmd.getArgumentsContent() ?? '[]') as string[];
      for (const script of args.filter((arg) => arg.endsWith('.js') || arg.endsWith('.mjs'))) {
        const source = script.includes('/dist/')
          ? script.replace('/dist/', '/src/').replace(/\.js$/, '.ts')
          : join('infra/deploy/docker/database-roles', script);
        expect(existsSync(join(repoRoot, source))).toBe(true);
      }
    }
    const healthcheck = final.some((instruction) => instruction.getKeyword() === 'HEALTHCHECK');
    expect(healthcheck).toBe(!ONE_OFF.includes(name));
  });
});
