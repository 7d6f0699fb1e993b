export * from './case-status';
export * from './jurisdiction';
export * from './plan-name';
