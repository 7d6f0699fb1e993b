/**
 * A case manager's dashboard, as the manager remote asks for it (TeamCases_CasesQuery):
 * cases with milestones and plan from case, appointments from scheduling, progress from
 * reporting. The demo's case manager sees 9 cases.
 */
export const DASHBOARD_EMAIL = 'hr@demo.test';

export const DASHBOARD_QUERY = `query TeamCases_CasesQuery {
  viewer { id cases(first: 100) { edges { node {
    id status firstSickDay viewerRelationships
    milestones { key kind dueDate status }
    actionPlan { id latest { number status signatures { role } } }
    employee { id name department { id name } }
    progress { absenceDays }
    appointments { id kind startsAt status }
  } } } }
}`;

/** The same answer asked of each subgraph directly: what a perfect gateway would send. */
export const DIRECT_QUERIES = {
  case: `query TeamCases_CasesQuery {
  viewer { id cases(first: 100) { edges { node {
    __typename id status firstSickDay viewerRelationships
    milestones { key kind dueDate status }
    actionPlan { id latest { number status signatures { role } } }
    employee { id name department { id name } }
  } } } }
}`,
  scheduling: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Case { appointments { id kind startsAt status } } } }`,
  reporting: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Case { progress { absenceDays } } } }`,
};
