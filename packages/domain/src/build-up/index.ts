export * from './types';
export { detectStagnation } from './stagnation';
export { plannedVersusActual } from './planned-versus-actual';
export { expandHourAgreements, type HourAgreement as BuildUpHourAgreement, type PlannedWeek } from './hour-agreements';
export { planFasterThanAdvice, ADVISED_BUILD_UP_LIMITS, type AdvisedBuildUp, type AdviceExceedance, type PlannedPhase } from './advised-build-up';
export { hoursSignal, type HoursSignal } from './hours-signal';
export { weeksInForce, type PlanVersionInForce, type WeekInForce } from './plan-in-force';
