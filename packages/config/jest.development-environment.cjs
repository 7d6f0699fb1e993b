// The variables `npm start` gives a service, for unit tests of code that reads its settings
// (a time zone, a default) when they run without the platform (`pnpm test:unit`). Under
// `npm test` the platform's own values stand. No unit test connects to this database.
process.env.TERUGKEER_MODE ??= 'development';
process.env.DATABASE_URL ??= 'postgres://localhost:5488/terugkeer';
