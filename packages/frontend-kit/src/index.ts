export * from './case-status-badge';
export * from './appointment-labels';
export * from './format-date-time';
export * from './next-appointment';
export * from './errors';
export * from './local-time';
export * from './calendar-feed';
export * from './booking-conflicts';
