import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { serviceOutageLink, type ServiceOutages } from './outage/service-outages';

/**
 * The one Apollo Client of the page; every remote uses it through the shared provider.
 * `onUnauthenticated` hears of the gateway refusing the token (401), e.g. once it expired;
 * `outages` hears of a service that could not answer while the others did.
 */
export function createApolloClient(gatewayUrl: string, token: string, outages: ServiceOutages, onUnauthenticated?: () => void): ApolloClient {
  const watchedFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (response.status === 401) onUnauthenticated?.();
    return response;
  };
  return new ApolloClient({
    // A component sees only the fields its own query or fragment selects.
    dataMasking: true,
    link: ApolloLink.from([
      serviceOutageLink(outages),
      new HttpLink({ uri: `${gatewayUrl}/graphql`, headers: { authorization: `Bearer ${token}` }, fetch: watchedFetch }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        ViewerProfile: {
          fields: {
            // Memberships have no id: merge each remote's selection into the one list
            // instead of replacing it, so no query's cached data turns incomplete.
            memberships: {
              merge(existing: readonly unknown[] | undefined, incoming: readonly unknown[], { mergeObjects }) {
                if (!existing || existing.length !== incoming.length) return incoming;
                return incoming.map((membership, index) => mergeObjects(existing[index] as never, membership as never));
              },
            },
          },
        },
      },
    }),
  });
}
