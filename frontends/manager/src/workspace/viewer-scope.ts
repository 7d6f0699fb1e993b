import { useQuery } from '@apollo/client/react';
import { graphql } from '@terugkeer/graphql-client';

const ViewerScopeQuery = graphql(`
  query ViewerScope_ViewerQuery {
    viewer {
      id
      memberships {
        role
        organization {
          id
          name
        }
      }
    }
  }
`);

export interface ViewerScope {
  loading: boolean;
  error: boolean;
  /** The organization the viewer manages people in, or is case manager of. */
  organization: { id: string; name: string } | null;
  isCaseManager: boolean;
}

/** Which organization this remote works in, and whether with a case manager's reach. */
export function useViewerScope(): ViewerScope {
  const { data, loading, error } = useQuery(ViewerScopeQuery);
  const memberships = data?.viewer.memberships ?? [];
  const caseManager = memberships.find((m) => m.role === 'CASE_MANAGER' && m.organization);
  const manager = memberships.find((m) => m.role === 'MANAGER' && m.organization);
  const chosen = caseManager ?? manager;
  return {
    loading,
    error: Boolean(error),
    organization: chosen?.organization ? { id: chosen.organization.id, name: chosen.organization.name } : null,
    isCaseManager: Boolean(caseManager),
  };
}
