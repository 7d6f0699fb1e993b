import { loadManifests, type Manifest } from './manifests.js';
import { mayReach, type Pod } from './network-reach.js';

const manifests = loadManifests();

interface PodTemplate {
  metadata: { labels: Record<string, string> };
  spec: { containers: { ports?: { containerPort: number }[] }[] };
}

/** Every pod the manifests run (Deployments, StatefulSets, Jobs, CronJobs), by workload name, with the ports it listens on. */
const workloads = manifests
  .filter((manifest) => ['Deployment', 'StatefulSet', 'Job', 'CronJob'].includes(manifest.kind))
  .map((manifest: Manifest) => {
    const spec = manifest.spec as { template: PodTemplate } & { jobTemplate: { spec: { template: PodTemplate } } };
    const template = manifest.kind === 'CronJob' ? spec.jobTemplate.spec.template : spec.template;
    const pod: Pod = { namespace: manifest.metadata.namespace ?? 'default', labels: template.metadata.labels };
    return {
      name: manifest.metadata.name,
      pod,
      ports: template.spec.containers.flatMap((container) => (container.ports ?? []).map((port) => port.containerPort)),
    };
  });

function workload(name: string) {
  const found = workloads.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No workload named ${name} in the manifests`);
  return found;
}

/** Callers from outside the namespace: the ingress controller, and anything else in the cluster. */
const outsiders = [
  { name: 'ingress controller', pod: { namespace: 'ingress-nginx', labels: { 'app.kubernetes.io/name': 'ingress-nginx' } } },
  { name: 'another namespace', pod: { namespace: 'monitoring', labels: { 'app.kubernetes.io/name': 'prometheus' } } },
];

/** Who may open a connection to whom: the intent the policies must carry out, nothing more and nothing less. */
const MAY_BE_REACHED_BY: Record<string, string[]> = {
  case: ['gateway'],
  scheduling: ['gateway'],
  reporting: ['gateway'],
  // The API's callers come through the ingress; the subgraphs fetch the token keys.
  gateway: ['ingress controller', 'case', 'scheduling', 'reporting'],
  frontends: ['ingress controller'],
  postgres: ['case', 'scheduling', 'reporting', 'case-migrate', 'scheduling-migrate', 'reporting-migrate', 'database-roles', 'database-backup'],
};

describe('network policies', () => {
  const sources = [...workloads, ...outsiders];
  const listening = workloads.filter((workload) => workload.ports.length > 0);

  it('classify every workload that listens', () => {
    expect(listening.map((workload) => workload.name).sort()).toEqual(Object.keys(MAY_BE_REACHED_BY).sort());
  });

  it.each(listening.map((target) => [target.name, target] as const))('let only the intended callers reach %s', (_name, target) => {
    const reached = sources.filter((source) => target.ports.every((port) => mayReach(manifests, source.pod, target.pod, port))).map((source) => source.name);
    const reachedOnSomePort = sources
      .filter((source) => target.ports.some((port) => mayReach(manifests, source.pod, target.pod, port)))
      .map((source) => source.name);
    expect(reachedOnSomePort.sort()).toEqual([...MAY_BE_REACHED_BY[target.name]].sort());
    expect(reached.sort()).toEqual([...MAY_BE_REACHED_BY[target.name]].sort());
  });

  it('refuse every port but the service port, even to an allowed caller', () => {
    for (const name of ['case', 'scheduling', 'reporting', 'postgres'])
      expect(mayReach(manifests, workload('gateway').pod, workload(name).pod, 9229)).toBe(false);
  });
});

describe('mayReach (the NetworkPolicy rules it applies)', () => {
  const policy = (spec: Record<string, unknown>, namespace = 'app'): Manifest => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'p', namespace },
    spec,
    source: 'test',
  });
  const web: Pod = { namespace: 'app', labels: { role: 'web' } };
  const db: Pod = { namespace: 'app', labels: { role: 'db' } };
  const elsewhere: Pod = { namespace: 'other', labels: { role: 'web' } };

  it.each([
    ['no policy selects the target', [], web, db, 5432, true],
    ['a policy without ingress rules selects it', [policy({ podSelector: {}, policyTypes: ['Ingress'] })], web, db, 5432, false],
    [
      'a pod selector admits the same namespace',
      [policy({ podSelector: {}, ingress: [{ from: [{ podSelector: { matchLabels: { role: 'web' } } }] }] })],
      web,
      db,
      5432,
      true,
    ],
    [
      'a pod selector alone does not admit another namespace',
      [policy({ podSelector: {}, ingress: [{ from: [{ podSelector: { matchLabels: { role: 'web' } } }] }] })],
      elsewhere,
      db,
      5432,
      false,
    ],
    [
      'a namespace selector admits that namespace',
      [policy({ podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'other' } } }] }] })],
      elsewhere,
      db,
      5432,
      true,
    ],
    ['a rule admits only its ports', [policy({ podSelector: {}, ingress: [{ ports: [{ port: 5432 }] }] })], web, db, 80, false],
    [
      'rules add up',
      [policy({ podSelector: { matchLabels: { role: 'db' } }, policyTypes: ['Ingress'] }), policy({ podSelector: {}, ingress: [{}] })],
      web,
      db,
      80,
      true,
    ],
    ['a policy of another namespace does not apply', [policy({ podSelector: {}, policyTypes: ['Ingress'] }, 'other')], web, db, 80, true],
  ] as const)('%s', (_case, policies, source, target, port, expected) => {
    expect(mayReach([...policies], source, target, port)).toBe(expected);
  });
});
