import { federation } from '@module-federation/vite';
import { sharedSingletons } from '@terugkeer/config/federation.mjs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Default remote entries for the build; the running shell re-registers them from
// /config.js, so the same build works on any ports or hosts.
const remote = (name: string, port: number) => ({
  type: 'module' as const,
  name,
  entry: `http://localhost:${port}/remoteEntry.js`,
  entryGlobalName: name,
  shareScope: 'default',
});

export default defineConfig({
  plugins: [
    react(),
    federation({
      name: 'shell',
      remotes: {
        employee: remote('employee', 3001),
        manager: remote('manager', 3002),
        companyDoctor: remote('companyDoctor', 3003),
        coach: remote('coach', 3004),
      },
      shared: sharedSingletons,
      dts: false,
    }),
  ],
  build: { target: 'es2022' },
});
