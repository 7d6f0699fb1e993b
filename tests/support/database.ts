import { Client } from 'pg';

/** A direct connection to the test platform's database, for fixtures and for checking what was stored. */
export async function withDatabase<T>(schema: 'case' | 'scheduling' | 'reporting', work: (client: Client) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run these tests through `npm test`.');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${schema}"`);
    return await work(client);
  } finally {
    await client.end();
  }
}
