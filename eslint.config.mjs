// @ts-check
// One lint configuration for the whole repository. It prefers rules that catch bugs
// (unawaited promises, promises where a callback must return nothing, swallowed errors,
// non-null assertions, broken hook calls) over rules about taste; layout is Prettier's.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SWALLOWING_CATCH =
  "CallExpression[callee.property.name='catch'] > :matches(ArrowFunctionExpression, FunctionExpression):matches([body.type='BlockStatement'][body.body.length=0], [body.type='Literal'][body.raw='null'], [body.type='Identifier'][body.name='undefined'], [body.type='UnaryExpression'][body.operator='void'])";

export default defineConfig(
  globalIgnores(['**/node_modules/', '**/dist/', '**/.turbo/', '.data/', '**/coverage/', 'packages/graphql-client/src/gql/']),

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,

  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: {
          // The two packages without a tsconfig of their own.
          allowDefaultProject: ['packages/graphql-client/*.ts', 'packages/graphql-client/src/*.ts', 'packages/config/*.d.mts'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // An unawaited promise loses its rejection: one failed request can take a process down.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // A value that can be missing gets a check that says what is missing, not a `!`.
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Raw SQL rows (`DataSource.query`) and GraphQL responses are `any` by their libraries'
      // types; typing each of them is its own piece of work, and until then these only add noise.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Resolvers and interface implementations are async without awaiting; dropping `async`
      // would turn a thrown error into a synchronous throw.
      '@typescript-eslint/require-await': 'off',
      // type-graphql's and typeorm's metadata name classes `Function`; our code only passes them on.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // Runtime checks of input whose type already rules the bad case out print a `never`.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNever: true }],
    },
  },

  // Plain JavaScript (configuration files, the launcher's entry) has no type information.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['frontends/shell/public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },

  {
    files: ['frontends/**/*.{ts,tsx}', 'packages/frontend-kit/**/*.{ts,tsx}', 'packages/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },

  {
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: SWALLOWING_CATCH,
          message:
            'This swallows the error. Handle or log it; where dropping it is right, say why in an `eslint-disable-next-line no-restricted-syntax -- reason` comment.',
        },
      ],
    },
  },

  // The services log only through the structured logger; a command's printed answer says so where it prints.
  {
    files: ['services/**', 'packages/service-kit/**'],
    ignores: ['**/*.test.ts', '**/*.spec.ts'],
    rules: { 'no-console': 'error' },
  },
);
