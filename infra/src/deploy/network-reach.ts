import { selects, type LabelSelector, type Manifest } from './manifests.js';

/** A pod as NetworkPolicies see it: its namespace (with that namespace's labels) and its own labels. */
export interface Pod {
  namespace: string;
  namespaceLabels?: Record<string, string>;
  labels: Record<string, string>;
}

interface Peer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: unknown;
}

interface IngressRule {
  from?: Peer[];
  ports?: { protocol?: string; port?: number | string }[];
}

interface PolicySpec {
  podSelector: LabelSelector;
  policyTypes?: string[];
  ingress?: IngressRule[];
}

const namespaceLabels = (pod: Pod) => ({ 'kubernetes.io/metadata.name': pod.namespace, ...pod.namespaceLabels });

/** NetworkPolicy's peer rule: a pod selector alone means the policy's namespace; with a namespace selector, those namespaces. */
function peerAdmits(peer: Peer, policyNamespace: string, source: Pod): boolean {
  if (peer.ipBlock) return false; // Pods are matched by labels here; an address range says nothing about them.
  const namespaceMatches = peer.namespaceSelector ? selects(peer.namespaceSelector, namespaceLabels(source)) : source.namespace === policyNamespace;
  const podMatches = peer.podSelector ? selects(peer.podSelector, source.labels) : true;
  return namespaceMatches && podMatches;
}

function ruleAdmits(rule: IngressRule, policyNamespace: string, source: Pod, port: number): boolean {
  const fromMatches = !rule.from?.length || rule.from.some((peer) => peerAdmits(peer, policyNamespace, source));
  const portMatches =
    !rule.ports?.length || rule.ports.some((entry) => (entry.protocol ?? 'TCP') === 'TCP' && (entry.port === undefined || entry.port === port));
  return fromMatches && portMatches;
}

/**
 * Whether `source` may open a TCP connection to `target` on `port`, by Kubernetes' rules for
 * ingress: with no policy selecting the target everything may; otherwise only what one of
 * those policies' rules admits. (Egress is not restricted by these manifests.)
 */
export function mayReach(manifests: Manifest[], source: Pod, target: Pod, port: number): boolean {
  const policies = manifests
    .filter((manifest) => manifest.kind === 'NetworkPolicy' && (manifest.metadata.namespace ?? 'default') === target.namespace)
    .map((manifest) => manifest.spec as unknown as PolicySpec)
    .filter((spec) => selects(spec.podSelector, target.labels) && (spec.policyTypes ?? ['Ingress']).includes('Ingress'));
  if (policies.length === 0) return true;
  return policies.some((spec) => (spec.ingress ?? []).some((rule) => ruleAdmits(rule, target.namespace, source, port)));
}
