import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

// Apollo Client masks fragments at run time (`dataMasking: true` in the shell); this tells
// its types to read the masked shapes graphql-codegen writes.
declare module '@apollo/client' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging needs an interface that only extends
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}
