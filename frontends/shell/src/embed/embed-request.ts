import type { RemoteName } from '../runtime-config';

const REMOTES: Record<string, RemoteName> = {
  employee: 'employee',
  manager: 'manager',
  'company-doctor': 'companyDoctor',
  coach: 'coach',
};

export interface EmbedRequest {
  remote: RemoteName;
  token: string;
  /** The intranet's language; a choice the person made in Terugkeer before still wins. */
  locale: 'nl' | 'en';
}

/**
 * `?embed=<remote>#token=<token>`: the shell shows one role's screen without its own
 * header, for an intranet page that frames it. The token travels in the fragment, which
 * browsers never send to a server.
 */
export function embedRequest(location: Pick<Location, 'search' | 'hash'> = window.location): EmbedRequest | null {
  const query = new URLSearchParams(location.search);
  const remote = REMOTES[query.get('embed') ?? ''];
  const token = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  return remote && token ? { remote, token, locale: query.get('lang') === 'en' ? 'en' : 'nl' } : null;
}

/** Tells the framing page how tall the content is, so it can size its frame without scrollbars. */
export function reportHeightToHost(): () => void {
  if (window.parent === window) return () => undefined;
  const post = () => window.parent.postMessage({ type: 'terugkeer:height', height: document.documentElement.scrollHeight }, '*');
  const observer = new ResizeObserver(post);
  observer.observe(document.body);
  post();
  return () => observer.disconnect();
}
