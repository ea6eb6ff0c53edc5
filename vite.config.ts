import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/** Changes with every build: the app compares it on start to tell the user an update was applied. */
const BUILD_ID = new Date().toISOString();

export default defineConfig({
  plugins: [
    react(),
    // Installable and offline: a service worker precaches every file of the build (the app shell,
    // the QuickJS wasm, Monaco's and Mermaid's lazy chunks, every problem), so nothing is fetched
    // from the network after the first visit.
    VitePWA({
      registerType: 'prompt', // a new version waits for the next visit; the app shows a notice
      injectRegister: false, // registered from src/ui/common/service-worker.ts
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Techscreen — PM technical screen practice',
        short_name: 'Techscreen',
        description: 'Practise the technical screen of a PM interview: coding logic, complexity and system design, offline.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f7f7f5',
        theme_color: '#2458d6',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // wasm is not in Workbox's default patterns; the TypeScript worker (~7 MB) is the largest file.
        globPatterns: ['**/*.{js,css,html,wasm,svg,ttf,webmanifest}'],
        maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  define: { __APP_BUILD__: JSON.stringify(BUILD_ID) },
  // Relative asset URLs: the built app works from any folder, including a file server with no rewrites.
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 8192,
    reportCompressedSize: false,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
