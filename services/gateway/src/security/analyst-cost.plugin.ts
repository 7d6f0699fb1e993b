import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type DocumentNode } from 'graphql';
import { isAnalystRequest, tokenSubject } from './analyst-access';
import { operationCost } from './operation-cost';

/**
 * What an analyst's own documents may cost (see operationCost): one query, and all of one
 * analyst's queries within a minute. A 24-month series of every department and metric in
 * pages of 1000 rows costs about 1000 a page.
 */
export const ANALYST_COST_BUDGET = { perQuery: 5_000, perMinute: 50_000 } as const;

const WINDOW_MS = 60_000;

const refusal = (message: string, extensions: Record<string, unknown>) => new GraphQLError(message, { extensions });

/**
 * Analysts send their own documents (the screens' operations stay the only ones for
 * everyone else); each is estimated before it is planned and refused over budget with
 * the cost and the budget in the error.
 */
export function analystCostPlugin(budget: { perQuery: number; perMinute: number } = ANALYST_COST_BUDGET): GatewayPlugin {
  const spent = new Map<string, { startedAt: number; cost: number }>();
  return {
    onValidate({ params, context, setResult }) {
      const request = (context as { request?: Request }).request;
      if (!isAnalystRequest(request)) return;
      const variables = (context as { params?: { variables?: Record<string, unknown> } }).params?.variables ?? {};
      const cost = operationCost(params.schema, params.documentAST as DocumentNode, variables);
      if (cost > budget.perQuery) {
        setResult([
          refusal(`This query costs ${cost}; an analyst's query may cost at most ${budget.perQuery}.`, { code: 'COST_LIMIT', cost, budget: budget.perQuery }),
        ]);
        return;
      }
      const now = Date.now();
      const key = tokenSubject(request);
      let window = spent.get(key);
      if (!window || now - window.startedAt >= WINDOW_MS) {
        if (spent.size > 10_000) spent.clear();
        window = { startedAt: now, cost: 0 };
        spent.set(key, window);
      }
      if (window.cost + cost > budget.perMinute) {
        const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - now) / 1000));
        setResult([
          refusal(`This query costs ${cost} and ${window.cost} of the ${budget.perMinute} a minute are spent; try again in ${retryAfterSeconds} s.`, {
            code: 'COST_BUDGET_EXHAUSTED',
            cost,
            budget: budget.perMinute,
            spent: window.cost,
            retryAfterSeconds,
          }),
        ]);
        return;
      }
      window.cost += cost;
    },
  };
}
