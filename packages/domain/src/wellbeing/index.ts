export * from './check-in';
export * from './detect-dip';
export * from './signal-plan';
