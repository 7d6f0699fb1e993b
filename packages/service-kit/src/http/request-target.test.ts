import type { IncomingMessage } from 'node:http';
import { isJsonRequest, originFormTarget } from './request-target';

describe('request targets', () => {
  it.each(['/graphql', '/graphql?query=%7B%7D', '/calendar/feeds/x.ics', '/%E0%A4%A', '/a/../b'])('accepts the path %j', (target) => {
    expect(originFormTarget(target)?.host).toBe('origin.invalid');
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
  ])('refuses %j, which names a host', (target) => {
    expect(originFormTarget(target)).toBeNull();
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
