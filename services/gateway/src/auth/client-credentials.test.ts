import { readTokenRequest } from './client-credentials';

const form = { 'content-type': 'application/x-www-form-urlencoded' };
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

describe('a client-credentials token request (RFC 6749 §4.4)', () => {
  it.each([
    [
      'the client in the body',
      form,
      'grant_type=client_credentials&client_id=abc&client_secret=s%2Bt',
      { clientId: 'abc', clientSecret: 's+t', viaBasic: false },
    ],
    [
      'the client as HTTP Basic',
      { ...form, authorization: basic('abc', 's:t') },
      'grant_type=client_credentials',
      { clientId: 'abc', clientSecret: 's:t', viaBasic: true },
    ],
    [
      'a charset on the content type and a scope',
      { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      'grant_type=client_credentials&scope=analytics&client_id=a&client_secret=b',
      { clientId: 'a', clientSecret: 'b', viaBasic: false },
    ],
  ])('reads %s', (_name, headers, body, expected) => {
    expect(readTokenRequest('POST', headers, body)).toEqual(expected);
  });

  it.each([
    ['a GET', 'GET', form, 'grant_type=client_credentials', 405, 'invalid_request'],
    ['JSON', 'POST', { 'content-type': 'application/json' }, '{"grant_type":"client_credentials"}', 415, 'invalid_request'],
    ['no grant type', 'POST', form, 'client_id=a&client_secret=b', 400, 'invalid_request'],
    ['another grant', 'POST', form, 'grant_type=password&username=a&password=b', 400, 'unsupported_grant_type'],
    ['a repeated parameter', 'POST', form, 'grant_type=client_credentials&client_id=a&client_id=b&client_secret=c', 400, 'invalid_request'],
    ['both ways of authenticating', 'POST', { ...form, authorization: basic('a', 'b') }, 'grant_type=client_credentials&client_id=a', 400, 'invalid_request'],
    ['no client at all', 'POST', form, 'grant_type=client_credentials', 401, 'invalid_client'],
    ['a secret without id', 'POST', form, 'grant_type=client_credentials&client_secret=b', 401, 'invalid_client'],
    ['a bearer token instead of Basic', 'POST', { ...form, authorization: 'Bearer a.b.c' }, 'grant_type=client_credentials', 401, 'invalid_client'],
  ])('refuses %s', (_name, method, headers, body, status, error) => {
    expect(readTokenRequest(method, headers, body)).toMatchObject({ status, error });
  });
});
