import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { catalogFieldsOf } from './src/problems/catalog-entry';
import { loadProblemFromFiles } from './src/problems/load-problem';
import { LATER_LIST_FILE, offlineSplit } from './build/offline-split';

const split = offlineSplit();

/** Changes with every build: the app compares it on start to tell the user an update was applied. */
const BUILD_ID = new Date().toISOString();

/**
 * `problem.json?catalog-entry`: only the fields the catalog shows (src/problems/catalog-entry.ts), so
 * the first screen carries a few bytes per problem, not every problem's whole metadata.
 */
function catalogEntries(): Plugin {
  return {
    name: 'techscreen:catalog-entry',
    enforce: 'pre',
    async load(id) {
      const [file, query] = id.split('?');
      if (query !== 'catalog-entry' || !file.endsWith('/problem.json')) return undefined;
      this.addWatchFile(file);
      return `export default ${JSON.stringify(catalogFieldsOf(await readFile(file, 'utf8')))};`;
    },
  };
}

/**
 * `problem.json?problem`: the whole problem folder read and validated at build time (the same parser
 * and schemas as `npm run check:problems`), as a module exporting the problem ready to show — or the
 * errors to show instead. The browser then runs no zod or JSONC parsing on the app's own problems
 * (saved work and imports are still validated in the browser).
 */
function validatedProblems(): Plugin {
  return {
    name: 'techscreen:problem',
    enforce: 'pre',
    async load(id) {
      const [file, query] = id.split('?');
      if (query !== 'problem' || !file.endsWith('/problem.json')) return undefined;
      const folder = dirname(file);
      const result = await loadProblemFromFiles(basename(folder), async (name) => {
        const path = join(folder, name);
        this.addWatchFile(path);
        return readFile(path, 'utf8').catch(() => undefined);
      });
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result))});`;
    },
  };
}

export default defineConfig({
  plugins: [
    catalogEntries(),
    validatedProblems(),
    react(),
    split.plugin,
    // Installable and offline: a service worker precaches what the first screens need (the app shell,
    // the QuickJS wasm, Monaco, Mermaid's core, every problem) before the app says it works offline;
    // the rest (build/offline-split.ts) is cached right after in the background, so nothing is fetched
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
        globPatterns: ['**/*.{js,css,html,wasm,svg,ttf,webmanifest}', LATER_LIST_FILE],
        maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The later parts are not precached: the page caches them itself once the first screens are
        // (src/ui/common/offline-later.ts), and this route answers from that cache.
        manifestTransforms: [async (entries) => ({ manifest: entries.filter((e) => !split.isLater(e.url)), warnings: [] })],
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/assets\/[^/]+\.(js|css|wasm|ttf)$/.test(url.pathname),
            handler: 'CacheFirst',
            // The page stored them with plain fetches; a module script's request differs in its Origin header.
            options: { cacheName: 'techscreen-later', matchOptions: { ignoreVary: true } },
          },
        ],
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
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // One chunk per problem (statement, tests, starters, reference…, validated at build time),
            // named after it.
            { name: (id: string) => /\/problems\/([a-z0-9-]+)\/problem\.json\?problem$/.exec(id)?.[1]?.replace(/^/, 'problem-') ?? null },
          ],
        },
      },
    },
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
