import type { RawRequest } from '../support/raw-http';

export type ServerKind = 'gateway' | 'subgraph' | 'static';

export interface CorpusContext {
  kind: ServerKind;
  /** `127.0.0.1:<port>` of the server under test. */
  host: string;
  /** A valid bearer token, so that a request gets past authentication to the parts behind it. */
  token: string;
  /** The server's main path: `/graphql`, or `/` for a static site. */
  path: string;
}

export interface CorpusEntry {
  name: string;
  request: RawRequest;
  /** What this kind of server must answer, where that is part of the contract: a status, or any 4xx. */
  expect?: Partial<Record<ServerKind, number | 'refused'>>;
  /** No answer is fine: the client closed its side before the request was complete. */
  mayClose?: boolean;
}

interface Options {
  headers?: string[];
  body?: string | Buffer;
  version?: string;
  /** The Host header; null leaves it out. */
  host?: string | null;
}

const QUERY = JSON.stringify({ query: '{ __typename }' });
const MUTATION = JSON.stringify({ query: 'mutation { markAllNotificationsRead }' });

function build(ctx: CorpusContext, method: string, target: string, { headers = [], body, version = 'HTTP/1.1', host = ctx.host }: Options = {}): Buffer {
  const lines = [`${method} ${target} ${version}`];
  if (host !== null) lines.push(`Host: ${host}`);
  lines.push(...headers);
  const framed = headers.some((h) => /^(content-length|transfer-encoding):/i.test(h));
  if (body !== undefined && !framed) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), Buffer.from(body ?? '')]);
}

/** The corpus for one server: every entry is sent on a fresh connection. */
export function rawHttpCorpus(ctx: CorpusContext): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  const add = (name: string, bytes: Buffer, extra: Partial<Omit<CorpusEntry, 'name' | 'request'>> & { methods?: string[]; halfClose?: boolean } = {}) => {
    const { methods, halfClose, ...rest } = extra;
    const method = bytes.toString('latin1').split(' ', 1)[0];
    entries.push({ name, request: { bytes, methods: methods ?? [method], halfClose }, ...rest });
  };
  const auth = `Authorization: Bearer ${ctx.token}`;
  const json = 'Content-Type: application/json';
  const rawBytes = (text: string) => Buffer.from(text, 'latin1');

  // Request-target forms: origin, absolute, authority, asterisk, scheme-relative, very long.
  add('origin form', build(ctx, 'GET', ctx.path, { headers: [auth] }));
  add('origin form with a query', build(ctx, 'GET', `${ctx.path}?query=%7B__typename%7D`, { headers: [auth] }));
  for (const target of ['http://127.0.0.1:9/calendar/feeds/x.ics', `http://${ctx.host}${ctx.path}`, 'https://evil.example/', 'http://[::1]:9/graphql']) {
    add(`absolute form ${target}`, build(ctx, 'GET', target, { headers: [auth] }), { expect: { gateway: 400, subgraph: 400, static: 400 } });
  }
  for (const target of ['//127.0.0.1:9/calendar/feeds/x.ics', '//evil.example/graphql', '/\\127.0.0.1:9/calendar/x', '\\\\evil.example\\x']) {
    add(`scheme-relative ${target}`, build(ctx, 'GET', target, { headers: [auth] }), { expect: { gateway: 400, subgraph: 400, static: 400 } });
  }
  add('authority form with GET', build(ctx, 'GET', '127.0.0.1:9'), { expect: { gateway: 400, subgraph: 400, static: 400 } });
  add('authority form with CONNECT', build(ctx, 'CONNECT', '127.0.0.1:9'));
  add('asterisk with OPTIONS', build(ctx, 'OPTIONS', '*'));
  add('asterisk with GET', build(ctx, 'GET', '*'));
  add('a long target (8 kB)', build(ctx, 'GET', `/${'a'.repeat(8_000)}`));
  add('a very long target (70 kB)', build(ctx, 'GET', `/${'a'.repeat(70_000)}`));
  add('a long query string', build(ctx, 'GET', `${ctx.path}?query=${'%7B'.repeat(5_000)}`, { headers: [auth] }));

  // Escapes, traversal, NUL and unicode in the target.
  const oddTargets = [
    '/%E0%A4%A',
    '/%',
    '/%zz',
    '/%C0%AF',
    '/%FF%FE',
    `${ctx.path}?query=%E0%A4%A`,
    '/calendar/%E0%A4%A.ics',
    '/../../../../etc/passwd',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/assets/../../package.json',
    '/%2e%2e%5c%2e%2e%5cpackage.json',
    '/..\\..\\package.json',
    '/%00',
    '/index.html%00.js',
    '/remoteEntry.js%00',
    '/%0d%0aSet-Cookie:%20x=1',
    '/%F0%9F%98%80',
    '/%C3%BCn%C3%AFc%C3%B8de',
    '/calendar/feeds/../../graphql',
    '/calendar/feeds/%2e%2e%2f%2e%2e%2fgraphql.ics',
    '/calendar/appointments/not-a-uuid.ics',
    '/calendar/appointments/------------------------------------.ics',
    '/calendar/appointments/00000000-0000-0000-0000-000000000000.ics',
    `/calendar/appointments/${'f'.repeat(36)}.ics`,
    '/calendar/feeds/x.ics?token=../../graphql',
    '/healthz/../graphql',
    '/config.js?x=%E0%A4%A',
  ];
  for (const target of oddTargets) add(`target ${target.slice(0, 60)}`, build(ctx, 'GET', target, { headers: [auth] }));
  add('a raw NUL in the target', build(ctx, 'GET', '/a\u0000b'));
  add('raw UTF-8 bytes in the target', Buffer.concat([rawBytes('GET /'), Buffer.from('ünïcødé', 'utf8'), rawBytes(` HTTP/1.1\r\nHost: ${ctx.host}\r\n\r\n`)]));
  add('a raw tab in the target', build(ctx, 'GET', '/a\tb'));

  // Methods.
  for (const method of ['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH', 'PROPFIND', 'FOO', 'get', 'G\u00c9T']) {
    add(`method ${method}`, build(ctx, method, ctx.path, { headers: [auth] }), { methods: [method] });
  }
  for (const method of ['POST', 'PUT']) add(`method ${method}`, build(ctx, method, ctx.path, { headers: [auth, json], body: QUERY }));
  add('PUT a static file', build(ctx, 'PUT', '/index.html', { headers: [json], body: '{}' }), { expect: { static: 405 } });
  add('DELETE a static file', build(ctx, 'DELETE', '/remoteEntry.js'), { expect: { static: 405 } });

  // Content types: only JSON runs GraphQL; a form, text or multipart POST never runs a mutation (CSRF).
  add('JSON', build(ctx, 'POST', ctx.path, { headers: [auth, json], body: QUERY }));
  add('JSON in UTF-8', build(ctx, 'POST', ctx.path, { headers: [auth, 'Content-Type: application/json; charset=utf-8'], body: QUERY }));
  add('JSON in another charset', build(ctx, 'POST', ctx.path, { headers: [auth, 'Content-Type: application/json; charset=latin1'], body: QUERY }), {
    expect: { gateway: 415, subgraph: 415, static: 405 },
  });
  const refusedAsCsrf = { gateway: 415, subgraph: 415, static: 405 };
  add('a form-encoded mutation', build(ctx, 'POST', ctx.path, { headers: [auth, 'Content-Type: application/x-www-form-urlencoded'], body: `query=${encodeURIComponent('mutation { markAllNotificationsRead }')}` }), {
    expect: refusedAsCsrf,
  });
  add('a text/plain mutation', build(ctx, 'POST', ctx.path, { headers: [auth, 'Content-Type: text/plain'], body: MUTATION }), { expect: refusedAsCsrf });
  add('a text/plain mutation with the preflight header', build(ctx, 'POST', ctx.path, { headers: [auth, 'Content-Type: text/plain', 'apollo-require-preflight: true'], body: MUTATION }), {
    expect: refusedAsCsrf,
  });
  add('a multipart mutation', build(ctx, 'POST', ctx.path, {
    headers: [auth, 'Content-Type: multipart/form-data; boundary=XyZ'],
    body: `--XyZ\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${MUTATION}\r\n--XyZ--\r\n`,
  }), { expect: refusedAsCsrf });
  add('an application/graphql mutation', build(ctx, 'POST', ctx.path, { headers: [auth, 'Content-Type: application/graphql'], body: 'mutation { markAllNotificationsRead }' }), { expect: refusedAsCsrf });
  add('a mutation without a content type', build(ctx, 'POST', ctx.path, { headers: [auth], body: MUTATION }), { expect: refusedAsCsrf });
  add('a GET mutation', build(ctx, 'GET', `${ctx.path}?query=${encodeURIComponent('mutation { markAllNotificationsRead }')}`, { headers: [auth] }), {
    expect: { gateway: 'refused', subgraph: 'refused' },
  });
  add('JSON that is not JSON', build(ctx, 'POST', ctx.path, { headers: [auth, json], body: '{"query": ' }));
  add('JSON with a NUL', build(ctx, 'POST', ctx.path, { headers: [auth, json], body: '{"query":"{ __typename }\u0000"}' }));
  add('JSON with invalid UTF-8', build(ctx, 'POST', ctx.path, { headers: [auth, json], body: Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d]) }));

  // Sizes.
  add('an empty body', build(ctx, 'POST', ctx.path, { headers: [auth, json], body: '' }));
  add('a 20 kB body', build(ctx, 'POST', ctx.path, { headers: [auth, json], body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(20_000)}` }) }));
  add('a 2 MB body', build(ctx, 'POST', ctx.path, { headers: [auth, json], body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(2_000_000)}` }) }), {
    expect: { gateway: 413, subgraph: 413, static: 405 },
  });
  add('a 2 MB body without a length', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Transfer-Encoding: chunked'], body: `1E8480\r\n${'x'.repeat(2_000_000)}\r\n0\r\n\r\n` }));
  add('a huge header (20 kB)', build(ctx, 'GET', ctx.path, { headers: [auth, `X-Big: ${'x'.repeat(20_000)}`] }), { expect: { gateway: 431, subgraph: 431, static: 431 } });
  add('a huge authorization header', build(ctx, 'GET', ctx.path, { headers: [`Authorization: Bearer ${'x'.repeat(14_000)}`] }));
  add('many headers', build(ctx, 'GET', ctx.path, { headers: [auth, ...Array.from({ length: 500 }, (_, i) => `X-H${i}: ${i}`)] }));
  add('a 20 kB body to the token route', build(ctx, 'POST', '/auth/dev/token', { headers: [json], body: JSON.stringify({ email: `${'x'.repeat(20_000)}@demo.test` }) }), {
    expect: { gateway: 413 },
  });
  add('no JSON to the token route', build(ctx, 'POST', '/auth/dev/token', { headers: ['Content-Type: text/plain'], body: 'email=x' }));
  add('a NUL in the token route', build(ctx, 'POST', '/auth/dev/token', { headers: [json], body: '{"email":"a\u0000@demo.test"}' }));

  // Framing tricks: lengths, chunks, and both at once (request smuggling).
  add('two equal Content-Lengths', build(ctx, 'POST', ctx.path, { headers: [auth, json, `Content-Length: ${QUERY.length}`, `Content-Length: ${QUERY.length}`], body: QUERY }));
  add('two different Content-Lengths', build(ctx, 'POST', ctx.path, { headers: [auth, json, `Content-Length: ${QUERY.length}`, 'Content-Length: 3'], body: QUERY }));
  add('a negative Content-Length', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Content-Length: -1'], body: QUERY }));
  add('a Content-Length that is no number', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Content-Length: abc'], body: QUERY }));
  add('a Content-Length beyond the body', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Content-Length: 500'], body: QUERY }), { halfClose: true, mayClose: true });
  add('a Content-Length of 99999999999', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Content-Length: 99999999999'], body: QUERY }), { halfClose: true, mayClose: true });
  add('Content-Length and chunked at once', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Content-Length: 5', 'Transfer-Encoding: chunked'], body: `${QUERY.length.toString(16)}\r\n${QUERY}\r\n0\r\n\r\n` }));
  add('chunked, well formed', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Transfer-Encoding: chunked'], body: `${QUERY.length.toString(16)}\r\n${QUERY}\r\n0\r\n\r\n` }));
  add('chunked, a size that is no number', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Transfer-Encoding: chunked'], body: `zz\r\n${QUERY}\r\n0\r\n\r\n` }));
  add('chunked, a size beyond the chunk', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Transfer-Encoding: chunked'], body: `ff\r\n${QUERY}\r\n0\r\n\r\n` }), { halfClose: true, mayClose: true });
  add('chunked, no end', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Transfer-Encoding: chunked'], body: `${QUERY.length.toString(16)}\r\n${QUERY}\r\n` }), { halfClose: true, mayClose: true });
  add('chunked, a huge size', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Transfer-Encoding: chunked'], body: 'ffffffffffffffffff\r\nx\r\n0\r\n\r\n' }));
  add('chunked, a bad extension', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Transfer-Encoding: chunked'], body: `${QUERY.length.toString(16)};\u0001=\r\n${QUERY}\r\n0\r\n\r\n` }));
  add('an unknown transfer coding', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Transfer-Encoding: gzip, chunked'], body: `${QUERY.length.toString(16)}\r\n${QUERY}\r\n0\r\n\r\n` }));
  add('chunked twice', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Transfer-Encoding: chunked', 'Transfer-Encoding: chunked'], body: `${QUERY.length.toString(16)}\r\n${QUERY}\r\n0\r\n\r\n` }));
  add('Expect: 100-continue', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Expect: 100-continue'], body: QUERY }));
  add('an unknown expectation', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Expect: teapot'], body: QUERY }));

  // Host, headers, versions and pipelining.
  add('a foreign Host', build(ctx, 'GET', ctx.path, { headers: [auth], host: 'evil.example' }));
  add('a Host with a space', build(ctx, 'GET', ctx.path, { headers: [auth], host: 'a b' }));
  add('a Host with a bad port', build(ctx, 'GET', ctx.path, { headers: [auth], host: '127.0.0.1:99999' }));
  add('a Host with an open bracket', build(ctx, 'GET', ctx.path, { headers: [auth], host: '[::1' }));
  add('a Host with a path', build(ctx, 'GET', ctx.path, { headers: [auth], host: 'evil.example/x?y#z' }));
  add('an empty Host', build(ctx, 'GET', ctx.path, { headers: [auth], host: '' }));
  add('two Hosts', build(ctx, 'GET', ctx.path, { headers: [auth, 'Host: evil.example'] }));
  add('no Host in HTTP/1.1', build(ctx, 'GET', ctx.path, { headers: [auth], host: null }));
  add('no Host in HTTP/1.0', build(ctx, 'GET', ctx.path, { headers: [auth], host: null, version: 'HTTP/1.0' }));
  add('HTTP/1.0 with a body', build(ctx, 'POST', ctx.path, { headers: [auth, json], body: QUERY, version: 'HTTP/1.0' }));
  add('HTTP/0.9', rawBytes(`GET ${ctx.path}\r\n\r\n`));
  add('HTTP/2.0 in the request line', build(ctx, 'GET', ctx.path, { version: 'HTTP/2.0' }));
  add('HTTP/9.9', build(ctx, 'GET', ctx.path, { version: 'HTTP/9.9' }));
  add('the HTTP/2 preface', rawBytes('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'));
  add('a folded header (obs-fold)', build(ctx, 'GET', ctx.path, { headers: [auth, 'X-Folded: a', ' injected: b'] }));
  add('a header with a NUL', build(ctx, 'GET', ctx.path, { headers: [auth, 'X-Nul: a\u0000b'] }));
  add('a header with a lone CR', build(ctx, 'GET', ctx.path, { headers: [auth, 'X-Cr: a\rInjected: b'] }));
  add('a header name with a space', build(ctx, 'GET', ctx.path, { headers: [auth, 'Bad Header: x'] }));
  add('a header without a colon', build(ctx, 'GET', ctx.path, { headers: [auth, 'NoColonHere'] }));
  add('an empty bearer', build(ctx, 'GET', ctx.path, { headers: ['Authorization: Bearer '] }));
  add('a Basic authorization', build(ctx, 'GET', ctx.path, { headers: ['Authorization: Basic YTpi'] }));
  add('a forged bearer', build(ctx, 'POST', ctx.path, { headers: ['Authorization: Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', json], body: QUERY }));
  add('forwarding headers', build(ctx, 'GET', ctx.path, { headers: [auth, 'X-Forwarded-Host: evil.example', 'X-Forwarded-For: \u00ff, 1.2.3.4', 'X-Forwarded-Proto: gopher'] }));
  add('a cross-site Origin', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Origin: https://evil.example'], body: QUERY }));
  add('a cross-site preflight', build(ctx, 'OPTIONS', ctx.path, { headers: ['Origin: https://evil.example', 'Access-Control-Request-Method: POST'] }));
  add('a WebSocket upgrade', build(ctx, 'GET', ctx.path, { headers: [auth, 'Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=='] }));
  add('an h2c upgrade', build(ctx, 'GET', ctx.path, { headers: [auth, 'Connection: Upgrade, HTTP2-Settings', 'Upgrade: h2c', 'HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA'] }));
  add('two requests pipelined', Buffer.concat([build(ctx, 'GET', ctx.path, { headers: [auth] }), build(ctx, 'GET', '/healthz', { headers: [auth] })]), { methods: ['GET', 'GET'] });
  add('a HEAD and a POST pipelined', Buffer.concat([build(ctx, 'HEAD', ctx.path, { headers: [auth] }), build(ctx, 'POST', ctx.path, { headers: [auth, json], body: QUERY })]), {
    methods: ['HEAD', 'POST'],
  });
  add('a smuggled request behind a body', build(ctx, 'POST', ctx.path, { headers: [auth, json, 'Content-Length: 0'], body: `GET /admin HTTP/1.1\r\nHost: ${ctx.host}\r\n\r\n` }), { methods: ['POST', 'GET'] });

  // Not HTTP at all.
  // A server waits for the request after empty lines (RFC 9112), so the client gives up.
  add('only empty lines, then closed', rawBytes('\r\n\r\n'), { halfClose: true, mayClose: true });
  add('binary noise', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)));
  add('a TLS ClientHello', Buffer.from('16030100a5010000a10303' + '00'.repeat(32) + '000002002f0100', 'hex'));
  add('a request line without a version', rawBytes(`GET ${ctx.path}\r\nHost: ${ctx.host}\r\n\r\n`));
  add('only a request line, then closed', rawBytes(`GET ${ctx.path} HTTP/1.1\r\n`), { halfClose: true, mayClose: true });
  return entries;
}
