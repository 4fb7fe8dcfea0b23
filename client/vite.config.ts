import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../dist/client', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true }, '/files': 'http://localhost:4000', '/uploads': 'http://localhost:4000' },
  },
});
