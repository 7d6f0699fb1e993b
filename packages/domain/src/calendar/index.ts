export * from './add-months';
export * from './belgian-holidays';
export * from './dutch-holidays';
export * from './easter';
export * from './iso-date';
export * from './iso-date-time';
export * from './public-holiday';
export * from './working-days';
