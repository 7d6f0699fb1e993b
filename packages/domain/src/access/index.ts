export * from './case-participants';
export * from './case-relationship';
export * from './role';
