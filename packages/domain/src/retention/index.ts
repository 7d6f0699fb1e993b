export * from './retention-policy';
export * from './retention-due';
