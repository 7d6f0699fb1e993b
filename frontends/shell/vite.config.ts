import { federation } from '@module-federation/vite';
import { apolloSurface, sharedSingletons } from '@terugkeer/config/federation.mjs';
import {
  deferSharedUntilImported,
  domainFromSource,
  sharedApolloSurface,
  sharedLibraryChunks,
  typedDocumentsByImport,
} from '@terugkeer/config/frontend-build.mjs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// No remote is fixed at build time: the running shell registers them from /config.js,
// so the same build works on any ports or hosts.
export default defineConfig({
  plugins: [
    typedDocumentsByImport(),
    react(),
    federation({
      name: 'shell',
      remotes: {},
      shared: sharedSingletons,
      dts: false,
      // Lends the page's one federation runtime to the remotes (built with `externalRuntime`).
      experiments: { provideExternalRuntime: true },
      // Remotes come as module entries named in /config.js, never as manifests: no snapshot code.
      disableSnapshot: true,
    }),
    sharedApolloSurface(apolloSurface),
    // The login page needs React and the design system only; Apollo Client and GraphQL come with the workspace.
    deferSharedUntilImported(['@apollo/client', '@apollo/client/react']),
  ],
  resolve: { alias: [domainFromSource] },
  // Every browser that runs es2022 preloads modules itself.
  build: { target: 'es2022', modulePreload: { polyfill: false }, rolldownOptions: { output: sharedLibraryChunks } },
});
