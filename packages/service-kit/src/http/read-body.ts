import type { IncomingMessage } from 'node:http';

export class PayloadTooLargeError extends Error {}

/**
 * Reads a request body, refusing anything larger than `limitBytes`. A refused body is left
 * unread rather than destroyed, so the 413 still reaches the client and node discards the rest.
 */
export function readBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  const tooLarge = () => new PayloadTooLargeError(`The request body exceeds ${limitBytes} bytes.`);
  if (Number(request.headers['content-length'] ?? 0) > limitBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (outcome: () => void) => {
      request.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      outcome();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) stop(() => reject(tooLarge()));
      else chunks.push(chunk);
    };
    const onEnd = () => stop(() => resolve(Buffer.concat(chunks).toString('utf8')));
    const onError = (error: Error) => stop(() => reject(error));
    const onClose = () => stop(() => reject(new Error('The client closed the connection before the body was complete.')));
    request.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

export function sendJson(response: import('node:http').ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

export function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(.+)$/i.exec(header) : null;
  return match ? match[1].trim() : null;
}
