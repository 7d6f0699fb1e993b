// The Module Federation sharing contract between the shell and every remote: one
// React, one Apollo Client (its cache and provider live in the shell), one GraphQL
// and one design system. Versions come from the pnpm catalog.
const singleton = (requiredVersion) => ({ singleton: true, requiredVersion });

export const sharedSingletons = {
  react: singleton('19.3.1'),
  'react/': singleton('19.3.1'),
  'react-dom': singleton('19.3.1'),
  'react-dom/': singleton('19.3.1'),
  '@apollo/client': singleton('4.3.8'),
  '@apollo/client/react': singleton('4.3.8'),
  graphql: singleton('16.15.0'),
  '@terugkeer/ui': singleton('0.0.0'),
};

/** The exposed module every role remote offers the shell. */
export const REMOTE_APP = './App';
