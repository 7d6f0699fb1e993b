export * from './envelope';
export * from './case-events';
