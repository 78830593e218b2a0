import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev -w apps/web` proxies the API to a Parley started with `npm start`.
const server = process.env.PARLEY_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: {
      '/v1': { target: server, ws: true },
      '/healthz': server,
    },
  },
});
