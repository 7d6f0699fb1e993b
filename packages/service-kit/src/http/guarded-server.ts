import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { PayloadTooLargeError, sendJson } from './read-body';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

const refusal = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * An HTTP server no request can crash: whatever the handler throws is answered here (413 for
 * a body too large, 500 with a log line for anything else), never left as a rejection.
 */
export function createGuardedServer(name: string, handle: RequestHandler): Server {
  return createServer(guardedListener(name, handle)).on('connect', refuseTunnel);
}

/** Nothing here is a proxy: a CONNECT is refused rather than met with a closed connection. */
function refuseTunnel(_request: IncomingMessage, socket: Duplex): void {
  socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}

function guardedListener(name: string, handle: RequestHandler): RequestListener {
  return (request, response) => {
    handle(request, response).catch((error: unknown) => {
      try {
        answerFailure(name, request, response, error);
      } catch (failure) {
        console.error(`[${name}] could not answer a failed request`, failure);
        response.destroy();
      }
    });
  };
}

function answerFailure(name: string, request: IncomingMessage, response: ServerResponse, error: unknown): void {
  // The client broke the request off: there is nobody left to answer.
  if (!request.complete && request.destroyed) return void response.destroy();
  if (error instanceof PayloadTooLargeError) return sendJson(response, 413, refusal(error.message, 'PAYLOAD_TOO_LARGE'));
  console.error(`[${name}] a ${request.method} request failed`, error);
  if (response.headersSent) return void response.destroy();
  sendJson(response, 500, refusal('Internal error.', 'INTERNAL_SERVER_ERROR'));
}
