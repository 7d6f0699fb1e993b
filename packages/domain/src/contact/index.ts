export * from './plan-appointments';
