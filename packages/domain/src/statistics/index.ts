export * from './types';
export { absenceStatistics } from './absence-statistics';
export { breakdownByDepartment, breakdownByMonth } from './breakdown';
export { DURATION_CLASSES, durationClass } from './duration-class';
export { partTimeFactor } from './employment';
export { absenceFraction } from './sick-day-grid';
export { calendarMonths, isCalendarQuarter, periodLength } from './period';
export { reportingPeriods, type Granularity, type LabelledPeriod } from './reporting-periods';
export { employmentOn } from './employment';
