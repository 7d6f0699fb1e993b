import type { Viewer } from './auth/viewer';

/** What each resolver receives: the verified viewer and per-request state such as DataLoaders. */
export interface RequestContext {
  viewer: Viewer;
  requestId: string;
  /** The call carried a valid gateway signature; direct calls (tools, tests) do not. */
  viaGateway?: boolean;
}
