export * from './absence-case';
export * from './absence-fraction';
export * from './derive-cases';
export * from './sick-days';
export * from './sick-report';
export * from './validate-report-sequence';
export * from './validate-sick-report';
export * from './incapacity-span';
