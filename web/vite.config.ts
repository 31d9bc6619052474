import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// DKFDS exports only its script; its stylesheet and fonts are reached by path from there.
const dkfdsDist = join(dirname(createRequire(import.meta.url).resolve('dkfds')), '..');

// Built into web/dist and served by the service at / (src/platform/web-client).
// `npm run dev -w web` runs Vite's dev server in front of a service on :3000.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@dkfds': dkfdsDist } },
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0, sourcemap: false },
  server: { proxy: { '/graphql': 'http://127.0.0.1:3000', '/auth': 'http://127.0.0.1:3000', '/calendar': 'http://127.0.0.1:3000' } },
});
