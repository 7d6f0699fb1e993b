export * from './label';
export * from './long-date';
export * from './milestone-labels';
export * from './plan-of-action-labels';
