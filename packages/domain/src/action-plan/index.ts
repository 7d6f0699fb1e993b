export * from './action-plan-content';
export * from './plan-versioning';
