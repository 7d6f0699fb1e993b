export * from './types';
export { generateProgramme } from './generate-programme';
export { programmeProgress } from './programme-progress';
export { rescheduleKeepingPattern, type RescheduleConstraints } from './reschedule';
export { weeklyProgrammeMinutes } from './programme-options';
