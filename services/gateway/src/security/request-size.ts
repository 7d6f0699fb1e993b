import type { IncomingMessage } from 'node:http';
import { OPERATION_LIMITS } from './operation-limits';

export interface SizeRefusal {
  status: 411 | 413;
  message: string;
}

/** Refuses a body that is too large before anything reads it. */
export function refuseOversizedBody(request: IncomingMessage): SizeRefusal | null {
  if (request.method !== 'POST') return null;
  const declared = request.headers['content-length'];
  if (declared === undefined) {
    return request.headers['transfer-encoding'] ? { status: 411, message: 'Send a Content-Length with the request body.' } : null;
  }
  const bytes = Number(declared);
  if (!Number.isFinite(bytes) || bytes > OPERATION_LIMITS.bodyBytes) {
    return { status: 413, message: `The request body is too large: at most ${OPERATION_LIMITS.bodyBytes} bytes are allowed.` };
  }
  return null;
}
