import type { Alias, Plugin } from 'vite';

export declare function typedDocumentsByImport(): Plugin;
export declare const domainFromSource: Alias;
export declare const sharedLibraryChunks: Record<string, unknown>;
export declare function deferSharedUntilImported(keys: readonly string[]): Plugin;
export declare function sharedApolloSurface(surface: Record<string, readonly string[]>): Plugin[];
