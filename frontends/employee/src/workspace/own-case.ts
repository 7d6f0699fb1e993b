import { useQuery } from '@apollo/client/react';
import { graphql } from '@terugkeer/graphql-client';

const OwnCaseQuery = graphql(`
  query OwnCase_ViewerQuery {
    viewer {
      id
      cases(first: 1) {
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);

/** The employee's own (latest) case, which every tab of this remote is about. */
export function useOwnCase() {
  const { data, loading, error, refetch } = useQuery(OwnCaseQuery);
  return { caseId: data?.viewer.cases.edges[0]?.node.id ?? null, viewerId: data?.viewer.id ?? null, loading, error, refetch };
}
