export * from './configuration-error';
export * from './mode';
export * from './platform-variables';
export * from './values';
export * from './variables';
