import type { CodegenConfig } from '@graphql-codegen/cli';

// Operations live beside the components that own them, in every frontend; the
// persisted-documents manifest lets production accept only these operations.
const config: CodegenConfig = {
  schema: '../../services/gateway/api-schema.graphql',
  documents: ['../../frontends/*/src/**/*.{ts,tsx}', '../frontend-kit/src/**/*.{ts,tsx}', '!../../frontends/*/src/**/*.test.{ts,tsx}', '!../frontend-kit/src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { persistedDocuments: true, fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
