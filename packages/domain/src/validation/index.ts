export * from './violation';
export * from './input-reasons';
export * from './control-characters';
export * from './uuid';
