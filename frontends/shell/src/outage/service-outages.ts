import { ApolloLink } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { map } from 'rxjs';

/** The services the gateway said could not answer, for the notice above the page. */
export class ServiceOutages {
  private services: readonly string[] = [];
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly current = (): readonly string[] => this.services;

  report(service: string): void {
    if (this.services.includes(service)) return;
    this.services = [...this.services, service];
    this.listeners.forEach((listener) => listener());
  }

  clear(): void {
    if (this.services.length === 0) return;
    this.services = [];
    this.listeners.forEach((listener) => listener());
  }
}

const isOutage = (error: GraphQLFormattedError) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE';

/**
 * When one service is away the gateway still answers with what the others gave, plus a
 * SUBGRAPH_UNAVAILABLE error on the missing fields. This link takes those errors out of
 * a partial answer, so every screen renders the rest, and tells the shell which service
 * is missing. Any other error reaches the screen as before.
 */
export function serviceOutageLink(outages: ServiceOutages): ApolloLink {
  return new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      map((result) => {
        if (!('data' in result) || !result.data || !result.errors?.some(isOutage)) return result;
        for (const error of result.errors.filter(isOutage))
          outages.report(typeof error.extensions?.service === 'string' ? error.extensions.service : 'unknown');
        const rest = result.errors.filter((error) => !isOutage(error));
        return { ...result, errors: rest.length > 0 ? rest : undefined };
      }),
    ),
  );
}
