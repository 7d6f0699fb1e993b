export * from './envelope';
export * from './case-events';
export * from './directory-events';
export * from './absence-events';
export * from './dossier-events';
export * from './wellbeing-events';
export * from './scheduling-events';
export * from './analytics-events';
