import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * Points MapLibre at its worker module, bundled by Vite next to ours (same
 * origin, so it also works under a strict CSP without blob: workers).
 */
export function setupWorker(): void {
  const url = new URL(workerUrl, import.meta.url).href;
  if (maplibregl.getWorkerUrl() !== url) maplibregl.setWorkerUrl(url);
}
