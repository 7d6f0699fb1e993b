export * from './gql/index';
