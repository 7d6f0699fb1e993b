export * from './calendar/iso-date';
export * from './access';
