import type { CaseRelationship } from '@terugkeer/domain';
import { mayResolveRectification, maySeeRectification } from './rectification-rules';

describe('rectification rules', () => {
  it.each<[string, CaseRelationship[], boolean, boolean]>([
    ['ACTION_PLAN', ['CASE_MANAGER'], true, true],
    ['ACTION_PLAN', ['COMPANY_DOCTOR'], false, false],
    ['ACTION_PLAN', ['MANAGER'], false, false],
    ['ACTION_PLAN', ['EMPLOYEE'], false, true],
    ['MEDICAL_NOTES', ['COMPANY_DOCTOR'], true, true],
    ['MEDICAL_NOTES', ['CASE_MANAGER'], false, false],
    ['MEDICAL_NOTES', ['COACH'], false, false],
    ['MEDICAL_NOTES', ['EMPLOYEE'], false, true],
  ])('%s as %j: resolve %s, see %s', (dataClass, relationships, resolve, see) => {
    expect(mayResolveRectification(dataClass, relationships)).toBe(resolve);
    expect(maySeeRectification(dataClass, relationships)).toBe(see);
  });
});
