export * from './calendar/iso-date';
