import { readFileSync } from 'node:fs';

/**
 * The supergraph is composed at build time with default subgraph URLs; the running
 * environment decides where the subgraphs really are.
 */
export function loadSupergraph(path: string, subgraphUrls: Record<string, string>): string {
  let sdl = readFileSync(path, 'utf8');
  for (const [name, url] of Object.entries(subgraphUrls)) {
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${url}$2`);
  }
  return sdl;
}
