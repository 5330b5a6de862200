/**
 * Library build of the embeddable widget: `vite build --config vite.embed.config.ts`
 * (part of `npm run build`, after the app build) writes
 *
 *   dist/embed/plan-map.js              the one ES module hosts load (stable name)
 *   dist/embed/assets/plan-map-worker-[hash].js   MapLibre's worker
 *   dist/embed/assets/*.woff2           label font subsets, fetched only when needed
 *
 * Not `build.lib`: library mode inlines every asset as base64 (the worker
 * and ~100 CJK font subsets). An app-style build with a JS entry and a
 * relative base gives URLs of the form `new URL('assets/…', import.meta.url)`,
 * so everything resolves against the module's own URL, on any origin or
 * sub-path. MapLibre's CSS is inlined into the shadow root by plan-map.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/embed',
    emptyOutDir: true,
    // No data: URLs, so a strict CSP needs no `font-src data:`.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2048,
    rollupOptions: {
      input: { 'plan-map': 'src/embed/widget-entry.ts' },
      // Keep the entry's exports (PlanMap) for hosts that import the module.
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: '[name].js',
        // One module: a host loads one file, and nothing is resolved against a second chunk's URL.
        codeSplitting: false,
        assetFileNames: (info) =>
          // .js, not .mjs: many servers send .mjs with a MIME type module workers refuse.
          info.names.some((n) => n.startsWith('maplibre-gl-worker')) ? 'assets/plan-map-worker-[hash].js' : 'assets/[name]-[hash][extname]',
      },
    },
  },
});
