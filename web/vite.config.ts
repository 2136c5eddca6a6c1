import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Three pages, one build: the public site at /, the bureau console at /console/, the agency
// portal at /portal/. Shared chunks (React, Ant Design, the GraphQL client) land in /assets/.
// The Maven build writes into the web jar's META-INF/resources (WEB_OUT_DIR), which
// platform-api serves; `npm run build` alone writes to dist/.
const outDir = process.env.WEB_OUT_DIR ?? resolve(import.meta.dirname, 'dist');
const api = process.env.API_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        public: resolve(import.meta.dirname, 'index.html'),
        console: resolve(import.meta.dirname, 'console/index.html'),
        portal: resolve(import.meta.dirname, 'portal/index.html'),
      },
    },
  },
  // npm run dev: the pages on :5173, the API of a local run (./mvnw -Prun) behind it
  server: {
    proxy: {
      '/graphql': api,
      '/publications': api,
      '/web-config.json': api,
    },
  },
});
