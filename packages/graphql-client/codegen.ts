import type { CodegenConfig } from '@graphql-codegen/cli';

// Operations live beside the components that own them, in every frontend; the
// persisted-documents manifest lets production accept only these operations.
// Fragments are masked the Apollo Client way: a query's type holds only the fields it
// selects itself, and a component reads its own fragment with `useFragment`
// (`inlineFragmentTypes: 'mask'`; the types reach Apollo through src/data-masking.ts).
const config: CodegenConfig = {
  schema: '../../services/gateway/api-schema.graphql',
  documents: [
    '../../frontends/*/src/**/*.{ts,tsx}',
    '../frontend-kit/src/**/*.{ts,tsx}',
    '!../../frontends/*/src/**/*.test.{ts,tsx}',
    '!../frontend-kit/src/**/*.test.{ts,tsx}',
  ],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { persistedDocuments: true, fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        inlineFragmentTypes: 'mask',
        customDirectives: { apolloUnmask: true },
        scalars: { Date: 'string', DateTime: 'string', DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
