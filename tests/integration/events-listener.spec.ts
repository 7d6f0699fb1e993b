import { eventually } from '../support/case-events';
import { withDatabase } from '../support/database';
import { appliedBy, outboxEvents, outboxMark } from '../support/event-log';
import { graphqlAs } from '../support/gateway-client';
import { sanneCaseId, who } from '../support/scheduling-fixtures';

jest.setTimeout(60_000);

interface ListenerStatus {
  listening: boolean;
  reconnects: number;
  notifications: number;
}

async function caseListener(): Promise<ListenerStatus> {
  const response = await fetch(`http://127.0.0.1:${process.env.CASE_PORT}/healthz`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { outboxListener: ListenerStatus }).outboxListener;
}

describe("the outbox relay's notification listener", () => {
  it('connects again when its backend is terminated, and the next event is delivered on a notification, not the poll', async () => {
    const before = await caseListener();
    expect(before.listening).toBe(true);

    const terminated = await withDatabase('case', (db) =>
      db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'terugkeer-case-outbox-listener'`),
    );
    expect(terminated.rowCount).toBe(1);
    const reconnected = await eventually(async () => {
      const status = await caseListener();
      expect(status).toMatchObject({ listening: true, reconnects: before.reconnects + 1 });
      return status;
    });

    // A real change through the gateway: its outbox row and its NOTIFY commit together.
    const caseId = await sanneCaseId();
    const sanne = await who('werknemer@demo.test');
    const mark = await outboxMark();
    const started = Date.now();
    const { errors } = await graphqlAs('werknemer@demo.test', `mutation ($input: SetConsentInput!) { setConsent(input: $input) { granted } }`, {
      input: { caseId, scope: 'CHECK_IN_DETAIL', granteeRole: 'COACH', granted: true },
    });
    expect(errors).toBeUndefined();
    const [event] = (await outboxEvents(sanne.organizationId!, mark)).filter((e) => e.type === 'consent.changed' && e.aggregateId === caseId);
    await eventually(async () => expect(await appliedBy('reporting', [event.id])).toEqual([event.id]));
    console.log(`consent.changed applied by reporting ${Date.now() - started} ms after the mutation was sent (outbox poll: every 2000 ms)`);

    // Only the new connection can have counted a notification since the reconnect.
    expect((await caseListener()).notifications).toBeGreaterThan(reconnected.notifications);
  });
});
