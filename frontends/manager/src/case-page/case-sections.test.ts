import { caseSection, managerArea } from './case-sections';

describe("the manager's case page sections", () => {
  it.each([
    [null, 'overview'],
    ['plan', 'plan'],
    ['build-up', 'build-up'],
    ['talks', 'talks'],
    ['documents', 'documents'],
    ['medical', null],
    ['', null],
  ])('%j opens %j', (requested, section) => {
    expect(caseSection(requested)).toBe(section);
  });

  it('works in the area the address names, or else the widest the viewer has', () => {
    expect(managerArea('manager', true)).toBe('manager');
    expect(managerArea('case-manager', false)).toBe('case-manager');
    expect(managerArea(null, true)).toBe('case-manager');
    expect(managerArea('employee', false)).toBe('manager');
  });
});
