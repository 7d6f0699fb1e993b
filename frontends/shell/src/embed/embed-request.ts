import type { RemoteName } from '../runtime-config';

const REMOTES: Record<string, RemoteName> = {
  employee: 'employee',
  manager: 'manager',
  'company-doctor': 'companyDoctor',
  coach: 'coach',
};

export interface EmbedRequest {
  remote: RemoteName;
  /** The intranet's language; a choice the person made in Terugkeer before still wins. */
  locale: 'nl' | 'en';
}

/** `?embed=<remote>`: the shell shows one role's screen without its own header, for an intranet page that frames it. */
export function embedRequest(location: Pick<Location, 'search'> = window.location): EmbedRequest | null {
  const query = new URLSearchParams(location.search);
  const remote = REMOTES[query.get('embed') ?? ''];
  return remote ? { remote, locale: query.get('lang') === 'en' ? 'en' : 'nl' } : null;
}
