// The Module Federation sharing contract between the shell and every remote: one
// React, one Apollo Client (its cache and provider live in the shell) and one design
// system. Versions come from the pnpm catalog. GraphQL is not a share of its own: no
// frontend calls it, so it comes once, inside the shell's Apollo Client, which keeps
// only the parts of it Apollo Client uses.
const singleton = (requiredVersion) => ({ singleton: true, requiredVersion });

export const sharedSingletons = {
  react: singleton('19.3.1'),
  'react/': singleton('19.3.1'),
  'react-dom': singleton('19.3.1'),
  'react-dom/': singleton('19.3.1'),
  '@apollo/client': singleton('4.3.8'),
  '@apollo/client/react': singleton('4.3.8'),
  '@terugkeer/ui': singleton('0.0.0'),
};

/** What the shared Apollo Client offers: the names the frontends import, no more (see sharedApolloSurface). */
export const apolloSurface = {
  '@apollo/client': ['ApolloClient', 'ApolloLink', 'CombinedGraphQLErrors', 'HttpLink', 'InMemoryCache'],
  '@apollo/client/react': ['ApolloProvider', 'useApolloClient', 'useFragment', 'useLazyQuery', 'useMutation', 'useQuery'],
};

/** The exposed module every role remote offers the shell. */
export const REMOTE_APP = './App';
