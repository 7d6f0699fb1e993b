import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Logger } from '@terugkeer/service-kit';
import { GraphQLError, Kind, parse, print, visit, type DocumentNode, type OperationDefinitionNode, type SelectionNode } from 'graphql';

export type PersistedOperationsMode = 'enforce' | 'audit' | 'off';

/** Audit mode names this many unknown operations, then stays quiet. */
const AUDIT_REPORTS = 20;

const responseKey = (selection: SelectionNode) =>
  selection.kind === Kind.FIELD
    ? (selection.alias ?? selection.name).value
    : selection.kind === Kind.FRAGMENT_SPREAD
      ? `...${selection.name.value}`
      : `... on ${selection.typeCondition?.name.value ?? ''}`;

/**
 * One text per operation whatever the client did to it: Apollo Client adds `__typename`
 * and keeps the author's field order, the manifest sorts fields. Both reduce to this.
 */
export function canonicalOperation(document: DocumentNode): string {
  const stripped = visit(document, {
    Field: (node) => (node.name.value === '__typename' && !node.alias ? null : undefined),
    SelectionSet: {
      leave: (node) => ({ ...node, selections: [...node.selections].sort((a, b) => responseKey(a).localeCompare(responseKey(b))) }),
    },
  });
  const definitions = [...stripped.definitions].sort((a, b) => print(a).localeCompare(print(b)));
  return createHash('sha256')
    .update(print({ ...stripped, definitions }))
    .digest('hex');
}

/** The operations the frontends were built with (`persisted-documents.json` from codegen). */
export function loadPersistedOperations(manifestPath: string): Set<string> {
  if (!existsSync(manifestPath)) throw new Error(`The persisted-operations manifest is missing at ${manifestPath}; build the frontends' client first.`);
  const manifest: Record<string, string> = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return new Set(Object.values(manifest).map((text) => canonicalOperation(parse(text))));
}

/**
 * Production accepts only the operations of our own screens; development accepts any and
 * reports each unknown one once, so a screen that forgot codegen shows up before release.
 */
/**
 * The runtime parses each distinct query text once and hands out the same document for it
 * afterwards, so hashing each document once spares every later request the visit and print.
 */
const canonicalOfDocument = new WeakMap<DocumentNode, string>();
function cachedCanonicalOperation(document: DocumentNode): string {
  let hash = canonicalOfDocument.get(document);
  if (hash === undefined) {
    hash = canonicalOperation(document);
    canonicalOfDocument.set(document, hash);
  }
  return hash;
}

export function persistedOperationsPlugin(
  mode: PersistedOperationsMode,
  known: Set<string>,
  log: Logger,
  /** Requests that may send their own documents (analysts, within their cost budget). */
  exempt: (context: { request?: Request }) => boolean = () => false,
): GatewayPlugin {
  const reported = new Set<string>();
  return {
    onValidate({ params, setResult, context }) {
      if (mode === 'off' || exempt(context as { request?: Request })) return;
      const hash = cachedCanonicalOperation(params.documentAST as DocumentNode);
      if (known.has(hash)) return;
      if (mode === 'enforce') {
        setResult([new GraphQLError('Only the operations of the Terugkeer screens are accepted here.', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })]);
        return;
      }
      if (reported.has(hash) || reported.size > AUDIT_REPORTS) return;
      reported.add(hash);
      if (reported.size > AUDIT_REPORTS) return log.warn('more operations are not persisted; no longer reporting them');
      const operation = (params.documentAST as DocumentNode).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      log.warn({ operationHash: hash.slice(0, 12) }, `not a persisted operation: ${operation?.name?.value ?? 'anonymous'}`);
    },
  };
}
