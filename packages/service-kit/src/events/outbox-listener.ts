import pg from 'pg';
import type { Logger } from '../logging/logger';

export const OUTBOX_CHANNEL = 'terugkeer_outbox';

export interface OutboxListenerStatus {
  /** Whether the LISTEN connection is up now. */
  listening: boolean;
  /** How often it was lost and established again since the service started. */
  reconnects: number;
  /** Notifications received. */
  notifications: number;
}

export interface OutboxListener {
  status(): OutboxListenerStatus;
  stop(): Promise<void>;
}

export interface OutboxListenerOptions {
  url: string;
  /** Shown in `pg_stat_activity`, so an operator (or a test) can find this connection. */
  applicationName: string;
  /** Called on every notification, and once after a reconnect for what was written meanwhile. */
  onWake: () => void;
  log: Logger;
  minDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Keeps one connection listening for outbox notifications. When it is lost (PostgreSQL
 * restarted, the backend terminated) it connects again with growing delays and says so,
 * so delivery does not fall back to the slow poll without anyone knowing.
 */
export async function listenForOutbox(options: OutboxListenerOptions): Promise<OutboxListener> {
  const { minDelayMs = 100, maxDelayMs = 5_000 } = options;
  let current: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  let lastError: string | null = null;
  const status: OutboxListenerStatus = { listening: false, reconnects: 0, notifications: 0 };

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: options.url, application_name: options.applicationName, keepAlive: true });
    // Every error ends the connection too; what follows is decided on 'end'.
    client.on('error', (error) => (lastError = error.message));
    client.on('notification', () => {
      status.notifications += 1;
      options.onWake();
    });
    client.once('end', () => {
      if (client !== current) return;
      current = null;
      status.listening = false;
      if (stopped) return;
      options.log.warn({ lastError }, 'outbox notification listener lost its connection; reconnecting');
      scheduleReconnect(0);
    });
    await client.connect();
    try {
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    current = client;
    status.listening = true;
  };

  const scheduleReconnect = (attempt: number) => {
    const delay = Math.min(maxDelayMs, minDelayMs * 2 ** attempt);
    retry = setTimeout(async () => {
      retry = null;
      if (stopped) return;
      try {
        await connect();
      } catch (error) {
        options.log.error({ err: error, nextTryMs: Math.min(maxDelayMs, delay * 2) }, 'outbox notification listener cannot connect');
        scheduleReconnect(attempt + 1);
        return;
      }
      if (stopped) return void (await current?.end());
      status.reconnects += 1;
      lastError = null;
      options.log.info({ reconnects: status.reconnects }, 'outbox notification listener reconnected');
      options.onWake();
    }, delay);
  };

  await connect();
  return {
    status: () => ({ ...status }),
    stop: async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      await current?.end();
    },
  };
}
