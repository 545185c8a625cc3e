import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const apiTarget = 'http://127.0.0.1:3000';

// `vite` and `vite preview` both forward the API and Socket.IO to the backend.
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false },
  '/socket.io': { target: apiTarget, ws: true, changeOrigin: false },
};

export default defineConfig({
  plugins: [react()],
  // The contract's TypeScript source, in dev, tests and the build alike: never a stale build of it.
  resolve: { conditions: ['@huddle/source', ...defaultClientConditions] },
  server: {
    port: 5173,
    strictPort: true,
    proxy,
  },
  preview: {
    port: 4173,
    proxy,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
