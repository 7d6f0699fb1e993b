import { federation } from '@module-federation/vite';
import { sharedSingletons } from '@terugkeer/config/federation.mjs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// No remote is fixed at build time: the running shell registers them from /config.js,
// so the same build works on any ports or hosts.
export default defineConfig({
  plugins: [
    react(),
    federation({
      name: 'shell',
      remotes: {},
      shared: sharedSingletons,
      dts: false,
    }),
  ],
  build: { target: 'es2022' },
});
