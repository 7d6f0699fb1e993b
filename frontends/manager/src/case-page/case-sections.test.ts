import { managerArea } from './case-sections';

describe("the manager remote's area", () => {
  it('works in the area the address names, or else the widest the viewer has', () => {
    expect(managerArea('manager', true)).toBe('manager');
    expect(managerArea('case-manager', false)).toBe('case-manager');
    expect(managerArea(null, true)).toBe('case-manager');
    expect(managerArea('employee', false)).toBe('manager');
  });
});
