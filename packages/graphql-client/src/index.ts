import './data-masking';

export * from './gql/index';
/** The data type of an operation, e.g. to type the part a child component receives. */
export type { ResultOf } from '@graphql-typed-document-node/core';
