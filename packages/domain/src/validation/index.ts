export * from './violation';
export * from './input-reasons';
