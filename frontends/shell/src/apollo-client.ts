import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The one Apollo Client of the page; every remote uses it through the shared provider. */
export function createApolloClient(gatewayUrl: string, token: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: `${gatewayUrl}/graphql`, headers: { authorization: `Bearer ${token}` } }),
    cache: new InMemoryCache(),
  });
}
