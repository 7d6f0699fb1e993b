export * from './case-relationship';
