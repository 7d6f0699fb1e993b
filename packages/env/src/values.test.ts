import { boolean, mailbox, number, numberList, oneOf, origins, port, secret, timeOfDay, timeZone, url, urlPath } from './values';

type Case = [string, unknown];

/** Each kind of value, fed text as it comes from the environment: what it accepts, and why it refuses the rest. */
describe('kinds of value', () => {
  const accepts = (schema: { parse(value: unknown): unknown }, cases: Case[]) =>
    it.each(cases)('accepts %j', (text, expected) => expect(schema.parse(text)).toEqual(expected));
  const refuses = (schema: { safeParse(value: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, reason: string, texts: string[]) =>
    it.each(texts)(`refuses %j: ${reason}`, (text) => {
      const result = schema.safeParse(text);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].message).toBe(reason);
    });

  describe('number', () => {
    accepts(number({ min: 0 }), [['0.5', 0.5], ['0', 0], ['12', 12], ['.25', 0.25]]);
    refuses(number({ min: 0 }), 'must be a number of at least 0', ['0,5', 'abc', '1e3', '0x10', 'Infinity', 'NaN', '1.', '-1']);
  });

  describe('whole number', () => {
    accepts(number({ integer: true, min: 2 }), [['2', 2], ['10', 10]]);
    refuses(number({ integer: true, min: 2 }), 'must be a whole number of at least 2', ['1', '2.5', 'two']);
  });

  describe('port', () => {
    accepts(port(), [['4000', 4000], ['1', 1], ['65535', 65535]]);
    refuses(port(), 'must be a port number (a whole number from 1 to 65535)', ['abc', '0', '65536', '40.5', '4000x']);
  });

  describe('number list', () => {
    accepts(numberList({ integer: true, min: 0 }), [['7,1', [7, 1]], ['14, 3,1', [14, 3, 1]], ['0', [0]]]);
    refuses(numberList({ integer: true, min: 0 }), 'must be comma-separated whole numbers of at least 0, such as 7,1', ['7;1', '7,,1', '7,one', '-1']);
  });

  describe('one of', () => {
    accepts(oneOf(['enforce', 'audit', 'off']), [['audit', 'audit']]);
    refuses(oneOf(['enforce', 'audit', 'off']), 'must be one of enforce, audit or off', ['Audit', 'on']);
    refuses(oneOf(['development', 'production']), 'must be development or production', ['dev', 'prod', 'test']);
  });

  describe('boolean', () => {
    accepts(boolean(), [['true', true], ['false', false]]);
    refuses(boolean(), 'must be true or false', ['yes', '1', 'TRUE']);
  });

  describe('URL', () => {
    accepts(url(), [['http://127.0.0.1:4101/graphql', 'http://127.0.0.1:4101/graphql'], ['https://api.example.org', 'https://api.example.org']]);
    refuses(url(), 'must be a URL starting with http:// or https://', ['localhost:4101/graphql', '127.0.0.1:4101', 'http//x', 'ftp://x', '/graphql']);
    refuses(url(['postgres:', 'postgresql:']), 'must be a URL starting with postgres:// or postgresql://', ['http://db', 'db:5432']);
  });

  describe('origins', () => {
    accepts(origins(), [['https://intranet.example.org, http://localhost:3010', ['https://intranet.example.org', 'http://localhost:3010']]]);
    refuses(origins(), 'must be comma-separated origins such as https://intranet.example.org (scheme, host and port, nothing after)', [
      'https://intranet.example.org/',
      'https://intranet.example.org/portal',
      'intranet.example.org',
      '*',
    ]);
  });

  describe('secret', () => {
    accepts(secret(4), [['abcd', 'abcd']]);
    refuses(secret(4), 'must be at least 4 characters long', ['abc']);
  });

  describe('URL path', () => {
    accepts(urlPath(), [['/auth/callback', '/auth/callback'], ['/', '/']]);
    refuses(urlPath(), 'must be a path starting with /, such as /auth/callback', ['auth/callback', '//evil.example/cb', 'https://x.example/cb', '/a b']);
  });

  describe('time zone', () => {
    accepts(timeZone(), [['Europe/Amsterdam', 'Europe/Amsterdam'], ['Europe/Brussels', 'Europe/Brussels']]);
    refuses(timeZone(), 'must be an IANA time zone such as Europe/Amsterdam', ['Europe/Utrecht', 'CEST+1']);
  });

  describe('time of day', () => {
    accepts(timeOfDay(), [['09:00', '09:00'], ['23:59', '23:59']]);
    refuses(timeOfDay(), 'must be a time of day as HH:MM, such as 09:00', ['9:00', '24:00', '09.00']);
  });

  describe('mailbox', () => {
    accepts(mailbox(), [['noreply@example.org', 'noreply@example.org'], ['Terugkeer <noreply@example.org>', 'Terugkeer <noreply@example.org>']]);
    refuses(mailbox(), 'must be an e-mail address, optionally with a name: Terugkeer <noreply@example.org>', ['noreply', 'Terugkeer noreply@example.org', 'a@b']);
  });
});
