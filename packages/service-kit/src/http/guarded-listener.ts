import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { PayloadTooLargeError, sendJson } from './read-body';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

const refusal = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * A request listener no request can crash: whatever the handler throws is answered here (413
 * for a body too large, 500 with a log line for anything else), never left as a rejection.
 */
export function guardedListener(name: string, handle: RequestHandler): RequestListener {
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
