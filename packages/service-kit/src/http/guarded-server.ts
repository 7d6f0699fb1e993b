import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '../logging/logger';
import { withRequestLog } from '../logging/request-log';
import { PayloadTooLargeError, sendJson } from './read-body';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

const refusal = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

type FailureLog = (message: string, error: unknown) => void;

/**
 * An HTTP server no request can crash: whatever the handler throws is answered here (413 for
 * a body too large, 500 with a log line for anything else), never left as a rejection. With a
 * logger, every request also gets its id and one log line (withRequestLog).
 */
export function createGuardedServer(name: string, handle: RequestHandler, log?: Logger): Server {
  const logFailure: FailureLog = log ? (message, error) => log.error({ err: error }, message) : (message, error) => console.error(`[${name}] ${message}`, error);
  const guarded = guardedHandler(handle, logFailure);
  const listener: RequestListener = log ? withRequestLog(log, guarded) : (request, response) => void guarded(request, response);
  return createServer(listener).on('connect', refuseTunnel);
}

/** Nothing here is a proxy: a CONNECT is refused rather than met with a closed connection. */
function refuseTunnel(_request: IncomingMessage, socket: Duplex): void {
  socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}

function guardedHandler(handle: RequestHandler, logFailure: FailureLog): RequestHandler {
  return (request, response) =>
    handle(request, response).catch((error: unknown) => {
      try {
        answerFailure(logFailure, request, response, error);
      } catch (failure) {
        logFailure('could not answer a failed request', failure);
        response.destroy();
      }
    });
}

function answerFailure(logFailure: FailureLog, request: IncomingMessage, response: ServerResponse, error: unknown): void {
  // The client broke the request off: there is nobody left to answer.
  if (!request.complete && request.destroyed) return void response.destroy();
  if (error instanceof PayloadTooLargeError) return sendJson(response, 413, refusal(error.message, 'PAYLOAD_TOO_LARGE'));
  logFailure(`a ${request.method} request failed`, error);
  if (response.headersSent) return void response.destroy();
  sendJson(response, 500, refusal('Internal error.', 'INTERNAL_SERVER_ERROR'));
}
