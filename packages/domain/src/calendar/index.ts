export * from './add-months';
export * from './belgian-holidays';
export * from './dutch-holidays';
export * from './easter';
export * from './iso-date';
export * from './public-holiday';
export * from './time-zone';
export * from './working-days';
