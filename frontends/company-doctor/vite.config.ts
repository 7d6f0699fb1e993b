import { federation } from '@module-federation/vite';
import { sharedSingletons, REMOTE_APP } from '@terugkeer/config/federation.mjs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    react(),
    federation({
      name: 'companyDoctor',
      filename: 'remoteEntry.js',
      exposes: { [REMOTE_APP]: './src/app.tsx' },
      shared: sharedSingletons,
      dts: false,
    }),
  ],
  build: { target: 'es2022' },
});
