import { federation } from '@module-federation/vite';
import { apolloSurface, sharedSingletons, REMOTE_APP } from '@terugkeer/config/federation.mjs';
import { domainFromSource, sharedApolloSurface, sharedLibraryChunks, typedDocumentsByImport } from '@terugkeer/config/frontend-build.mjs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    typedDocumentsByImport(),
    react(),
    federation({
      name: 'coach',
      filename: 'remoteEntry.js',
      exposes: { [REMOTE_APP]: './src/app.tsx' },
      shared: sharedSingletons,
      dts: false,
      // The shell's federation runtime serves the remote too: one runtime on the page, not one per remote.
      experiments: { externalRuntime: true },
    }),
    sharedApolloSurface(apolloSurface),
  ],
  resolve: { alias: [domainFromSource] },
  build: { target: 'es2022', rolldownOptions: { output: sharedLibraryChunks } },
});
