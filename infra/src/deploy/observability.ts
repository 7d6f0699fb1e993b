import { parser } from '@prometheus-io/lezer-promql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface AlertRule {
  alert: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

interface DashboardPanel {
  id: number;
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  targets: { refId: string; expr: string }[];
}

export interface Dashboard {
  uid: string;
  title: string;
  panels: DashboardPanel[];
}

/** A PromQL query of the alert rules or the dashboard, and where it stands. */
export interface Query {
  source: string;
  expr: string;
}

/*
 * Read by infra's tests and by the integration test that scrapes the running processes, which
 * cannot load the launcher's modules: the directory (infra/deploy/observability) is passed in.
 */

export function loadAlertRules(observabilityDir: string): { name: string; rules: AlertRule[] }[] {
  return (parse(readFileSync(join(observabilityDir, 'alert-rules.yaml'), 'utf8')) as { groups: { name: string; rules: AlertRule[] }[] }).groups;
}

export function loadDashboard(observabilityDir: string): Dashboard {
  return JSON.parse(readFileSync(join(observabilityDir, 'grafana-dashboard.json'), 'utf8')) as Dashboard;
}

/** Grafana replaces its range variables before Prometheus sees the query. */
const grafanaRange = (expr: string) => expr.replace(/\$__rate_interval|\$__interval|\$__range/g, '5m');

export function observabilityQueries(observabilityDir: string): Query[] {
  return [
    ...loadAlertRules(observabilityDir).flatMap((group) => group.rules.map((rule) => ({ source: `alert ${rule.alert}`, expr: rule.expr }))),
    ...loadDashboard(observabilityDir).panels.flatMap((panel) =>
      panel.targets.map((target) => ({ source: `panel “${panel.title}” ${target.refId}`, expr: grafanaRange(target.expr) })),
    ),
  ];
}

/** Where Prometheus's own grammar fails to parse the query; empty when it parses. */
export function promqlSyntaxErrors(expr: string): number[] {
  const errors: number[] = [];
  parser.parse(expr).iterate({
    enter: (node) => {
      if (node.type.isError) errors.push(node.from);
    },
  });
  return errors;
}

/** The metric names a query selects (`rate(x_bucket[5m])` selects `x_bucket`). */
export function selectedMetrics(expr: string): string[] {
  const names = new Set<string>();
  parser.parse(expr).iterate({
    enter: (node) => {
      if (node.name === 'Identifier' && node.node.parent?.name === 'VectorSelector') names.add(expr.slice(node.from, node.to));
    },
  });
  return [...names];
}

/** Series Prometheus makes itself for every scrape target, which no process exports. */
export const SCRAPE_SERIES = new Set(['up', 'scrape_duration_seconds', 'scrape_samples_scraped']);
