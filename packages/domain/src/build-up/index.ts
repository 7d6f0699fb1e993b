export * from './types';
export { detectStagnation } from './stagnation';
export { plannedVersusActual } from './planned-versus-actual';
