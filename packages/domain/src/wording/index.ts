export * from './detect-health-wording';
export * from './health-vocabulary';
