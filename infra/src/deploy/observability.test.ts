import { join } from 'node:path';
import { deployDir } from './manifests.js';
import { loadAlertRules, loadDashboard, observabilityQueries, promqlSyntaxErrors, selectedMetrics } from './observability.js';

const observabilityDir = join(deployDir, 'observability');

describe('the example alert rules', () => {
  const rules = loadAlertRules(observabilityDir).flatMap((group) => group.rules);

  it('are Prometheus alerting rules with a severity, a pending time and a summary', () => {
    expect(rules.length).toBeGreaterThanOrEqual(8);
    for (const rule of rules) {
      expect({ alert: rule.alert, severity: rule.labels?.severity }).toEqual({
        alert: expect.stringMatching(/^Terugkeer[A-Z]\w+$/),
        severity: expect.stringMatching(/^(critical|warning)$/),
      });
      expect(rule.for).toMatch(/^\d+[smh]$/);
      expect(rule.annotations?.summary).toEqual(expect.any(String));
    }
    expect(new Set(rules.map((rule) => rule.alert)).size).toBe(rules.length);
  });

  it('cover errors, latency, the database pool, the outbox, consumer lag, dead letters and reminders', () => {
    const selected = new Set(rules.flatMap((rule) => selectedMetrics(rule.expr)));
    expect([...selected].sort()).toEqual(
      expect.arrayContaining([
        'terugkeer_http_requests_total',
        'terugkeer_http_request_duration_seconds_bucket',
        'terugkeer_graphql_errors_total',
        'terugkeer_db_pool_connections',
        'terugkeer_outbox_oldest_seconds',
        'terugkeer_queue_lag_seconds',
        'terugkeer_dead_letters',
      ]),
    );
  });
});

describe('the Grafana dashboard', () => {
  const dashboard = loadDashboard(observabilityDir);

  it('has panels with unique ids that do not overlap, each with at least one query', () => {
    expect(dashboard.uid).toBe('terugkeer-overview');
    expect(new Set(dashboard.panels.map((panel) => panel.id)).size).toBe(dashboard.panels.length);
    const cells = dashboard.panels.flatMap(({ gridPos: { x, y, w, h } }) =>
      Array.from({ length: w * h }, (_, index) => `${x + (index % w)},${y + Math.floor(index / w)}`),
    );
    expect(new Set(cells).size).toBe(cells.length);
    for (const panel of dashboard.panels) expect(panel.targets.length).toBeGreaterThan(0);
  });
});

describe('every query of the rules and the dashboard', () => {
  it.each(observabilityQueries(observabilityDir).map((query) => [query.source, query.expr]))('%s parses as PromQL and selects a metric', (_source, expr) => {
    expect(promqlSyntaxErrors(expr)).toEqual([]);
    expect(selectedMetrics(expr).length).toBeGreaterThan(0);
  });

  it('is caught when it is not PromQL', () => {
    expect(promqlSyntaxErrors('sum(rate(terugkeer_http_requests_total[5m])')).not.toEqual([]);
    expect(selectedMetrics('histogram_quantile(0.9, sum by (le) (rate(x_bucket{a="b"}[5m]))) / on() y')).toEqual(['x_bucket', 'y']);
  });
});
