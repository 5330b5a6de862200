import { defineConfig } from 'vitest/config';

export default defineConfig({
  // 'mpa' so that a missing tile or data file is a 404, not index.html with 200.
  appType: 'mpa',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        index: 'index.html',
        // The iframe embed (issue 6); the script widget is built by vite.embed.config.ts.
        embed: 'embed.html',
      },
    },
  },
  worker: { format: 'es' },
  // Pre-bundle every runtime dependency up front, so a first visit to the dev server never meets
  // "Outdated Optimize Dep" reloads when a lazily imported module pulls in a new package.
  optimizeDeps: {
    include: [
      'maplibre-gl', 'lit', 'lit/decorators.js', 'lit/directives/style-map.js', '@lit/context', '@turf/turf', 'flatgeobuf/lib/mjs/geojson.js',
      'proj4', 'gcoord', 'idb', 'fflate', 'shpjs', 'pinyin-pro', '@tmcw/togeojson',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
          benchmark: { include: ['src/**/*.bench.ts', 'test/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
