import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../paths.js';
import { loadManifests, selects, type LabelSelector, type Manifest } from './manifests.js';

const manifests = loadManifests();
const SUBGRAPHS = ['case', 'scheduling', 'reporting'];

interface Probe {
  httpGet?: { path: string; port: string | number };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  env?: { name: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { cpu?: string; memory?: string } };
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  securityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean; capabilities?: { drop?: string[] } };
}
interface PodTemplate {
  metadata: { labels: Record<string, string> };
  spec: {
    containers: Container[];
    securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
    volumes?: { name: string; secret?: { secretName: string } }[];
  };
}

const ofKind = (kind: string) => manifests.filter((manifest) => manifest.kind === kind);
const named = (kind: string, name: string) => {
  const found = ofKind(kind).find((manifest) => manifest.metadata.name === name);
  if (!found) throw new Error(`No ${kind} named ${name} in the manifests`);
  return found;
};
/** The pod a workload runs; a CronJob's is one level further down. */
const template = (manifest: Manifest) =>
  manifest.kind === 'CronJob'
    ? (manifest.spec as { jobTemplate: { spec: { template: PodTemplate } } }).jobTemplate.spec.template
    : (manifest.spec as { template: PodTemplate }).template;
const workloads = manifests.filter((manifest) => ['Deployment', 'StatefulSet', 'Job', 'CronJob'].includes(manifest.kind));
const secretKeys = (name: string) => Object.keys((named('Secret', name) as unknown as { stringData: Record<string, string> }).stringData);

/** The model class of a kind, whose validate() checks an object against the Kubernetes API's schema. */
async function modelOf(apiVersion: string, kind: string): Promise<new (data: unknown) => { validate(): void }> {
  const module = (await import(`kubernetes-models/${apiVersion.includes('/') ? apiVersion : `v1`}/${kind}`)) as Record<
    string,
    new (data: unknown) => { validate(): void }
  >;
  return module[kind];
}

describe('the Kubernetes manifests', () => {
  it('are found', () => {
    expect(manifests.length).toBeGreaterThan(20);
  });

  it.each(manifests.map((manifest) => [`${manifest.kind} ${manifest.metadata.name} (${manifest.source})`, manifest] as const))(
    '%s is valid against the Kubernetes schema',
    async (_name, manifest) => {
      const { source: _source, ...object } = manifest;
      const Model = await modelOf(manifest.apiVersion, manifest.kind);
      expect(() => new Model(object).validate()).not.toThrow();
    },
  );

  it('use only fields Kubernetes knows (TypeScript checks each object against the API’s types, excess fields included)', () => {
    const file = join(__dirname, 'manifests-as-typescript.ts');
    const source = [
      ...manifests.map(
        ({ apiVersion, kind }, index) =>
          `import type { I${kind} as T${index} } from 'kubernetes-models/${apiVersion.includes('/') ? apiVersion : 'v1'}/${kind}';`,
      ),
      ...manifests.map(({ source: _source, ...object }, index) => `export const m${index}: T${index} = ${JSON.stringify(object)};`),
    ].join('\n');
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
      skipLibCheck: true,
    };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (name) => (name === file ? source : readFile(name));
    host.fileExists = (name) => name === file || fileExists(name);
    host.getSourceFile = (name, version) => (name === file ? ts.createSourceFile(name, source, version) : getSourceFile(name, version));
    const program = ts.createProgram([file], options, host);
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const index =
        diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line - manifests.length : -1;
      const where = manifests[index] ? `${manifests[index].kind} ${manifests[index].metadata.name} (${manifests[index].source})` : 'the imports';
      return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
    });
    expect(problems).toEqual([]);
  }, 60_000);

  it('put everything in the terugkeer namespace', () => {
    const outside = manifests.filter((manifest) => manifest.kind !== 'Namespace' && manifest.metadata.namespace !== 'terugkeer');
    expect(outside.map((manifest) => `${manifest.kind} ${manifest.metadata.name}`)).toEqual([]);
  });

  it.each(workloads.map((workload) => [`${workload.kind} ${workload.metadata.name}`, workload] as const))(
    '%s runs as a non-root user, read-only, without capabilities, with requests and limits',
    (_name, workload) => {
      const pod = template(workload);
      expect(pod.spec.securityContext?.runAsNonRoot).toBe(true);
      expect(pod.spec.securityContext?.runAsUser).toBeGreaterThan(0);
      for (const container of pod.spec.containers) {
        expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
        for (const bound of ['requests', 'limits'] as const) {
          expect(container.resources?.[bound]?.cpu).toBeDefined();
          expect(container.resources?.[bound]?.memory).toBeDefined();
        }
      }
    },
  );

  it.each([...SUBGRAPHS, 'gateway'])('run %s with liveness on /livez and readiness on /readyz, autoscaled, with a disruption budget', (name) => {
    const deployment = named('Deployment', name);
    const [container] = template(deployment).spec.containers;
    expect(container.livenessProbe?.httpGet?.path).toBe('/livez');
    expect(container.readinessProbe?.httpGet?.path).toBe('/readyz');
    const autoscaler = named('HorizontalPodAutoscaler', name).spec as { scaleTargetRef: { kind: string; name: string }; minReplicas: number };
    expect(autoscaler.scaleTargetRef).toMatchObject({ kind: 'Deployment', name });
    // One pod may be drained while another serves.
    expect(autoscaler.minReplicas).toBeGreaterThanOrEqual(2);
    const budgets = ofKind('PodDisruptionBudget').filter((budget) =>
      selects((budget.spec as { selector: LabelSelector }).selector, template(deployment).metadata.labels),
    );
    expect(budgets).toHaveLength(1);
  });

  it.each(SUBGRAPHS)('migrate %s in a job with its image, its migration script and its own secret', (name) => {
    const job = template(named('Job', `${name}-migrate`));
    const [service] = template(named('Deployment', name)).spec.containers;
    const [migrate] = job.spec.containers;
    expect(migrate.image).toBe(service.image);
    expect(migrate.command).toEqual(['node', `services/${name}/dist/migrate.js`]);
    expect(existsSync(join(repoRoot, 'services', name, 'src', 'migrate.ts'))).toBe(true);
    expect(migrate.envFrom).toEqual(service.envFrom);
  });

  it.each(SUBGRAPHS)("give %s its own database roles and no other service's", (name) => {
    const [container] = template(named('Deployment', name)).spec.containers;
    const secrets = (container.envFrom ?? []).flatMap((source) => (source.secretRef ? [source.secretRef.name] : []));
    expect(secrets).toEqual([`terugkeer-${name}`]);
    const databaseVariables = secretKeys(`terugkeer-${name}`).filter((key) => key.includes('DATABASE_URL'));
    expect(databaseVariables.sort()).toEqual([`${name.toUpperCase()}_DATABASE_URL`, `${name.toUpperCase()}_MIGRATION_DATABASE_URL`]);
    expect(secretKeys(`terugkeer-${name}`)).toContain('GATEWAY_SIGNING_SECRET');
  });

  it('give the gateway its signing secret and the key every replica signs tokens with', () => {
    const pod = template(named('Deployment', 'gateway'));
    expect(secretKeys('terugkeer-gateway')).toEqual(['GATEWAY_SIGNING_SECRET']);
    const keyVolume = pod.spec.volumes?.find((volume) => volume.secret);
    expect(keyVolume?.secret?.secretName).toBe('terugkeer-gateway-signing-key');
    expect(secretKeys('terugkeer-gateway-signing-key')).toEqual(['gateway-signing-key.jwk.json']);
  });

  it('set only variables the platform documents (.env.example), besides the frontends’ public addresses', () => {
    const documented = readFileSync(join(repoRoot, '.env.example'), 'utf8');
    const names = manifests
      .filter((manifest) => ['Secret', 'ConfigMap'].includes(manifest.kind) && manifest.metadata.name !== 'terugkeer-gateway-signing-key')
      .flatMap((manifest) =>
        Object.keys((manifest as unknown as { data?: object; stringData?: object }).data ?? (manifest as unknown as { stringData: object }).stringData),
      );
    expect(names.filter((name) => !/^(PUBLIC_\w+_URL|POSTGRES_PASSWORD)$/.test(name) && !new RegExp(`^# ${name}=`, 'm').test(documented))).toEqual([]);
  });

  it('refer only to config maps and secrets that the manifests define', () => {
    const defined = new Set(manifests.filter((manifest) => ['Secret', 'ConfigMap'].includes(manifest.kind)).map((manifest) => manifest.metadata.name));
    const referred = workloads.flatMap((workload) => {
      const pod = template(workload);
      return [
        ...pod.spec.containers.flatMap((container) => [
          ...(container.envFrom ?? []).map((source) => source.configMapRef?.name ?? source.secretRef?.name),
          ...(container.env ?? []).flatMap((variable) => (variable.valueFrom?.secretKeyRef ? [variable.valueFrom.secretKeyRef.name] : [])),
        ]),
        ...(pod.spec.volumes ?? []).flatMap((volume) => (volume.secret ? [volume.secret.secretName] : [])),
      ];
    });
    expect(referred.filter((name) => !name || !defined.has(name))).toEqual([]);
  });

  it('route every service to pods that exist, on ports they listen on', () => {
    for (const service of ofKind('Service')) {
      const spec = service.spec as { selector: Record<string, string>; ports: { targetPort: string | number }[] };
      const pods = workloads.filter((workload) => selects({ matchLabels: spec.selector }, template(workload).metadata.labels));
      expect(pods.map((pod) => pod.metadata.name)).toEqual([service.metadata.name]);
      const ports = template(pods[0]).spec.containers.flatMap((container) => container.ports ?? []);
      for (const { targetPort } of spec.ports) expect(ports.some((port) => port.name === targetPort || port.containerPort === targetPort)).toBe(true);
    }
  });

  it('send every ingress path to a service port that exists', () => {
    const services = new Map(
      ofKind('Service').map((service) => [service.metadata.name, (service.spec as { ports: { name: string }[] }).ports.map((port) => port.name)]),
    );
    const rules = (named('Ingress', 'terugkeer').spec as { rules: { http: { paths: { backend: { service: { name: string; port: { name: string } } } }[] } }[] })
      .rules;
    for (const path of rules.flatMap((rule) => rule.http.paths)) expect(services.get(path.backend.service.name)).toContain(path.backend.service.port.name);
  });
});
