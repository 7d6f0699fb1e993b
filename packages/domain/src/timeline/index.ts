export * from './be-rules';
export * from './compute-milestones';
export * from './medical-force-majeure';
export * from './milestone';
export * from './nl-rules';
export * from './timeline-rules';
export * from './pregnancy-notification';
export * from './expert-opinion';
