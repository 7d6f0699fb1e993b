export * from './session-report-state';
