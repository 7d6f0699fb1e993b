import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** `services/gateway/src` → the checkout. */
const CHECKOUT = resolve(__dirname, '../../..');
const PUBLISHED = 'schema/terugkeer.graphql';
const BUILT = 'services/gateway/public-schema.graphql';

/**
 * The public schema is a promise to analysts' BI tools and every client. The build writes what the subgraphs
 * compose to; it must be what is published. A breaking change is named as such, so changing
 * the promise is a decision: copy the built file over the published one in the same change.
 */
describe('the published schema', () => {
  const published = readFileSync(resolve(CHECKOUT, PUBLISHED), 'utf8');
  const built = readFileSync(resolve(CHECKOUT, BUILT), 'utf8');

  it('has no breaking change against the composed schema', () => {
    const breaking = findBreakingChanges(buildSchema(published), buildSchema(built)).map((change) => `${change.type}: ${change.description}`);
    expect({ breakingChangesAgainst: PUBLISHED, breaking }).toEqual({ breakingChangesAgainst: PUBLISHED, breaking: [] });
  });

  it('is exactly what the subgraphs compose to', () => {
    const dangerous = findDangerousChanges(buildSchema(published), buildSchema(built)).map((change) => `${change.type}: ${change.description}`);
    expect({ dangerous, differs: built !== published, update: `cp ${BUILT} ${PUBLISHED}` }).toEqual({
      dangerous: [],
      differs: false,
      update: `cp ${BUILT} ${PUBLISHED}`,
    });
  });
});
