export * from './case-outcomes';
