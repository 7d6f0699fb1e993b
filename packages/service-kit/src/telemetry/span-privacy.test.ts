import { privateAttributes } from './span-privacy';

describe('the attributes a span may carry out of the process', () => {
  it('keep what a request and a statement were', () => {
    const attributes = {
      'http.request.method': 'POST',
      'http.response.status_code': 200,
      'url.path': '/graphql',
      'graphql.operation.name': 'CaseList',
      'db.system.name': 'postgresql',
      'db.query.text': 'SELECT "c"."id" FROM "case"."cases" "c" WHERE "c"."organization_id" = $1 LIMIT 20',
    };
    expect(privateAttributes(attributes)).toEqual(attributes);
  });

  it('drop query strings, addresses, user agents, headers and anything not known', () => {
    expect(
      privateAttributes({
        'url.query': 'token=secret',
        'http.target': '/calendar/feed.ics?token=secret',
        'http.url': 'http://case:4101/calendar/feed.ics?token=secret',
        'client.address': '10.1.2.3',
        'user_agent.original': 'Mozilla/5.0',
        'http.request.header.authorization': ['Bearer x'],
        'db.user': 'case',
        'enduser.id': 'someone@example.test',
      }),
    ).toEqual({});
  });

  it('drop a statement with a literal in it, which may hold a value', () => {
    for (const statement of [`SELECT * FROM users WHERE email = 'sanne@example.test'`, `DO $$ BEGIN PERFORM 1; END $$`, `SELECT $tag$Sanne$tag$`]) {
      expect(privateAttributes({ 'db.statement': statement, 'db.query.text': statement })).toEqual({});
    }
  });
});
