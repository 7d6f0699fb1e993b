import type { IncomingMessage, ServerResponse } from 'node:http';
import { observeRequest } from '../metrics/registry';
import type { Logger } from './logger';
import { REQUEST_ID_HEADER, requestIdFrom, runInRequestScope, type RequestScope } from './request-scope';
import { loggablePath } from './safe-text';

type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<unknown>;

/**
 * Runs each request in its own scope (its id, taken from `x-request-id` when well formed,
 * is on every log line written meanwhile and is answered in the same header) and writes one
 * line when it ends: method, path without query, status, duration, operation. Never a header
 * value or the body. The same figures go to the request metrics.
 */
export function withRequestLog(log: Logger, handle: RequestHandler): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const scope: RequestScope = { requestId: requestIdFrom(request.headers[REQUEST_ID_HEADER]) };
    // Whatever reads the header further on (a subgraph's context, Hive Gateway's forwarding) sees this one id.
    request.headers[REQUEST_ID_HEADER] = scope.requestId;
    response.setHeader(REQUEST_ID_HEADER, scope.requestId);
    const started = performance.now();
    response.once('close', () => {
      const line = {
        method: request.method,
        path: loggablePath(request.url ?? '/'),
        status: response.statusCode,
        durationMs: Math.round(performance.now() - started),
        ...(response.writableFinished ? {} : { aborted: true }),
      };
      runInRequestScope(scope, () => (response.statusCode >= 500 ? log.error(line, 'request') : log.info(line, 'request')));
      observeRequest({ path: line.path, status: line.status, operation: scope.operation, durationMs: performance.now() - started });
    });
    void runInRequestScope(scope, () =>
      handle(request, response).catch((error: unknown) => {
        log.error({ err: error }, 'request handler failed');
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"Internal error."}');
        else response.destroy();
      }),
    );
  };
}
