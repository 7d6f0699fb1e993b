export * from './logger';
export * from './request-log';
export * from './request-scope';
export * from './safe-attributes';
export * from './safe-error';
export * from './safe-text';
