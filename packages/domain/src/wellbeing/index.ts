export * from './check-in';
export * from './check-in-trend';
export * from './detect-dip';
export * from './signal-plan';
export * from './relapse-plan';
