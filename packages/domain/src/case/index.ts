export * from './case-status';
export * from './jurisdiction';
