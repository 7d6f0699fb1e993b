export * from './types';
export { detectStagnation } from './stagnation';
export { plannedVersusActual } from './planned-versus-actual';
export { expandHourAgreements, type HourAgreement as BuildUpHourAgreement, type PlannedWeek } from './hour-agreements';
