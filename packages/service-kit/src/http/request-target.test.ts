import type { IncomingMessage } from 'node:http';
import { isJsonRequest, requestTarget } from './request-target';

const target = (url: string | undefined, host: string | undefined = '127.0.0.1:4000') => requestTarget({ url, headers: host === undefined ? {} : { host } });

describe('request targets', () => {
  it.each(['/graphql', '/graphql?query=%7B%7D', '/calendar/feeds/x.ics', '/%E0%A4%A', '/a/../b'])('accepts the path %j', (path) => {
    expect(target(path)?.host).toBe('origin.invalid');
  });

  it.each([
    'http://127.0.0.1:9/calendar/x',
    'https://example.org/graphql',
    '//127.0.0.1:9/calendar/x',
    '/\\127.0.0.1:9/calendar/x',
    '\\\\127.0.0.1/x',
    'example.org:443',
    '*',
    '',
    undefined,
  ])('refuses %j, which names a host', (url) => {
    expect(target(url)).toBeNull();
  });

  it.each(['localhost', 'localhost:4000', '127.0.0.1', '[::1]:4000', 'api.example.org', 'case_service:4101'])('accepts the Host %j', (host) => {
    expect(target('/graphql', host)).not.toBeNull();
  });

  it('accepts a request without a Host (HTTP/1.0)', () => {
    expect(target('/graphql', undefined)).not.toBeNull();
  });

  it.each(['', 'a b', '127.0.0.1:99999', '[::1', 'evil.example/x?y#z', 'user@evil.example', 'evil.example\\x'])('refuses the Host %j', (host) => {
    expect(target('/graphql', host)).toBeNull();
  });
});

describe('JSON requests', () => {
  const withType = (type?: string) => ({ headers: type === undefined ? {} : { 'content-type': type } }) as IncomingMessage;

  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"'])('accepts %j', (type) => {
    expect(isJsonRequest(withType(type))).toBe(true);
  });

  it.each([undefined, '', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/jsonp'])(
    'refuses %j',
    (type) => {
      expect(isJsonRequest(withType(type))).toBe(false);
    },
  );
});
