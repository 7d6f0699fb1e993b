import { areaPath, casePath, parseAppPath, withKeptParameters } from './app-path';

describe('the addresses of the screens', () => {
  it.each([
    ['/', { kind: 'home' }],
    ['', { kind: 'home' }],
    ['/manager', { kind: 'area', area: 'manager', page: null }],
    ['/manager/', { kind: 'area', area: 'manager', page: null }],
    ['/case-manager/statistics', { kind: 'area', area: 'case-manager', page: 'statistics' }],
    ['/manager/cases/c-1', { kind: 'case', area: 'manager', caseId: 'c-1', section: null }],
    ['/company-doctor/cases/c-1/analysis', { kind: 'case', area: 'company-doctor', caseId: 'c-1', section: 'analysis' }],
    ['/manager/cases', { kind: 'unknown', path: '/manager/cases' }],
    ['/manager/cases/c-1/plan/extra', { kind: 'unknown', path: '/manager/cases/c-1/plan/extra' }],
    ['/manager/statistics/extra', { kind: 'unknown', path: '/manager/statistics/extra' }],
    ['/manager/cases/%E0%A4%A', { kind: 'unknown', path: '/manager/cases/%E0%A4%A' }],
  ])('%s reads as %j', (path, route) => {
    expect(parseAppPath(path)).toEqual(route);
  });

  it('writes what it reads, whatever the id holds', () => {
    const odd = 'a b/c?d';
    expect(parseAppPath(casePath('coach', odd, 'talks'))).toEqual({ kind: 'case', area: 'coach', caseId: odd, section: 'talks' });
    expect(casePath('manager', 'c-1')).toBe('/manager/cases/c-1');
    expect(areaPath('employee', 'hours')).toBe('/employee/hours');
    expect(areaPath('employee')).toBe('/employee');
  });

  it('keeps the embedded mode and its language when moving on, and nothing else', () => {
    expect(withKeptParameters('/manager', '?embed=manager&lang=en&code=secret')).toBe('/manager?embed=manager&lang=en');
    expect(withKeptParameters('/manager', '?code=secret&state=x')).toBe('/manager');
    expect(withKeptParameters('/manager', '')).toBe('/manager');
  });
});
