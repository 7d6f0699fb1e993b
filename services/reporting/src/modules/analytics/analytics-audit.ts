import type { AnalyticsQueried } from '@terugkeer/events';
import { currentRequestScope, recordEvent, type Viewer } from '@terugkeer/service-kit';
import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { DataSource } from 'typeorm';

/** Which query an analyst sent: its own name and the fields it selected, never its answer. */
export interface AnalyticsRequest {
  field: string;
  operationName: string | null;
  selection: string[];
}

function paths(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, prefix: string): string[] {
  if (!set) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) {
      const path = prefix + selection.name.value;
      return selection.selectionSet ? paths(selection.selectionSet, fragments, `${path}.`) : [path];
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) return paths(selection.selectionSet, fragments, prefix);
    return paths(fragments[selection.name.value]?.selectionSet, fragments, prefix);
  });
}

export function analyticsRequestOf(info: GraphQLResolveInfo): AnalyticsRequest {
  const selection = info.fieldNodes.flatMap((node) => paths(node.selectionSet, info.fragments, ''));
  // The client's operation as the gateway named the call; the planner's own name for the call is no use to an auditor.
  return {
    field: info.fieldName,
    operationName: currentRequestScope()?.operation ?? info.operation.name?.value ?? null,
    selection: [...new Set(selection)].sort(),
  };
}

/**
 * Every analyst query goes to the audit log, which the case service keeps: an event in this
 * service's outbox, written in its own short transaction as reads are audited there.
 */
export async function recordAnalyticsQuery(
  dataSource: DataSource,
  viewer: Viewer,
  request: AnalyticsRequest,
  facts: { arguments: Record<string, unknown>; organizationIds: string[]; rows: number },
): Promise<void> {
  const membership = viewer.memberships.find((m) => m.role === 'ANALYST');
  // The outbox names an organization; a provider's analyst is filed under the provider.
  const filedUnder = membership?.organizationId ?? membership?.healthProviderId ?? facts.organizationIds[0] ?? viewer.userId;
  await dataSource.transaction((manager) =>
    recordEvent<AnalyticsQueried>(manager, {
      type: 'analytics.queried',
      aggregateId: viewer.userId,
      organizationId: filedUnder,
      payload: {
        analyst: viewer.userId,
        // A client's token carries its id where a person's carries an e-mail address.
        analystKind: viewer.email === viewer.userId ? 'CLIENT' : 'PERSON',
        ...request,
        ...facts,
      },
    }),
  );
}
