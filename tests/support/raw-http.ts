import { connect } from 'node:net';

/** Bytes for one or more requests sent in one go, with the methods they use (a HEAD answer has no body). */
export interface RawRequest {
  bytes: Buffer;
  methods: string[];
  /** Close our side after sending: the client gives up, e.g. in the middle of a body. */
  halfClose?: boolean;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface RawExchange {
  responses: RawResponse[];
  /** Bytes the server sent that are not a well-formed HTTP/1.x response. */
  malformed: string | null;
  /** The server closed the connection (cleanly or with a reset). */
  closed: boolean;
  reset: boolean;
  timedOut: boolean;
}

const NO_BODY_STATUSES = new Set([204, 304]);

type Parsed = { response: RawResponse; rest: Buffer } | { incomplete: true } | { malformed: string };

function parseHeaders(lines: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function parseChunked(data: Buffer): { body: Buffer; rest: Buffer } | 'incomplete' | 'malformed' {
  const chunks: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', offset);
    if (lineEnd < 0) return 'incomplete';
    const size = Number.parseInt(data.subarray(offset, lineEnd).toString('latin1').split(';')[0], 16);
    if (Number.isNaN(size)) return 'malformed';
    offset = lineEnd + 2;
    if (size === 0) {
      const trailerEnd = data.indexOf('\r\n\r\n', offset - 2);
      return trailerEnd < 0 ? 'incomplete' : { body: Buffer.concat(chunks), rest: data.subarray(trailerEnd + 4) };
    }
    if (data.length < offset + size + 2) return 'incomplete';
    chunks.push(data.subarray(offset, offset + size));
    offset += size + 2;
  }
}

/** One response from the front of `data`, if it is all there. */
function parseResponse(data: Buffer, method: string, closed: boolean): Parsed {
  const headEnd = data.indexOf('\r\n\r\n');
  if (headEnd < 0) return closed && data.length ? { malformed: data.subarray(0, 80).toString('latin1') } : { incomplete: true };
  const [statusLine, ...headerLines] = data.subarray(0, headEnd).toString('latin1').split('\r\n');
  const match = /^HTTP\/1\.[01] (\d{3})(?: .*)?$/.exec(statusLine);
  if (!match) return { malformed: statusLine.slice(0, 80) };
  const status = Number(match[1]);
  const headers = parseHeaders(headerLines);
  const after = data.subarray(headEnd + 4);
  if (method === 'HEAD' || NO_BODY_STATUSES.has(status) || status < 200) return { response: { status, headers, body: Buffer.alloc(0) }, rest: after };
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) {
    const chunked = parseChunked(after);
    if (chunked === 'malformed') return { malformed: `a bad chunk in the answer with status ${status}` };
    if (chunked === 'incomplete') return closed ? { malformed: `a cut-off chunked answer with status ${status}` } : { incomplete: true };
    return { response: { status, headers, body: chunked.body }, rest: chunked.rest };
  }
  if (headers['content-length'] !== undefined) {
    const length = Number(headers['content-length']);
    if (!Number.isInteger(length) || length < 0) return { malformed: `content-length ${headers['content-length']}` };
    if (after.length < length) return closed ? { malformed: `an answer cut off after ${after.length} of ${length} bytes` } : { incomplete: true };
    return { response: { status, headers, body: after.subarray(0, length) }, rest: after.subarray(length) };
  }
  // Neither length nor chunks: the body runs until the server closes.
  return closed ? { response: { status, headers, body: after }, rest: Buffer.alloc(0) } : { incomplete: true };
}

/**
 * Sends raw bytes over a fresh TCP connection and reads what comes back until every request
 * is answered, the server closes, or `timeoutMs` passes.
 */
export function exchange(port: number, request: RawRequest, timeoutMs = 5_000): Promise<RawExchange> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received: Buffer = Buffer.alloc(0);
    const result: RawExchange = { responses: [], malformed: null, closed: false, reset: false, timedOut: false };
    let settled = false;

    const parse = (closed: boolean) => {
      for (;;) {
        const expectedMethod = request.methods[result.responses.length] ?? 'GET';
        if (!received.length) return;
        const parsed = parseResponse(received, expectedMethod, closed);
        if ('incomplete' in parsed) return;
        if ('malformed' in parsed) {
          result.malformed = parsed.malformed;
          received = Buffer.alloc(0);
          return;
        }
        received = parsed.rest;
        // An interim 100 Continue is not the answer.
        if (parsed.response.status >= 100 && parsed.response.status < 200) continue;
        result.responses.push(parsed.response);
      }
    };
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => {
      result.timedOut = true;
      finish();
    }, timeoutMs);

    socket.on('connect', () => {
      socket.write(request.bytes, () => {
        if (request.halfClose) socket.end();
      });
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      parse(false);
      if (result.malformed || result.responses.length >= request.methods.length) finish();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // Writing a large body to a server that has answered and closed resets the connection.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') result.reset = true;
      else result.malformed = `socket error ${error.code ?? error.message}`;
    });
    socket.on('close', () => {
      result.closed = true;
      parse(true);
      finish();
    });
  });
}
