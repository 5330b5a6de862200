/**
 * Keeps maps on the same view: when one moves (pan, zoom, rotate, pitch,
 * including animations and inertia), the others jump to its camera. A guard
 * stops the jump from echoing back, since `jumpTo` fires `move` synchronously.
 */

/** The part of `maplibregl.Map` the sync needs (so it can be tested without WebGL). */
export interface SyncableMap {
  on(type: 'move', fn: () => void): unknown;
  off(type: 'move', fn: () => void): unknown;
  jumpTo(camera: { center: { lng: number; lat: number } | [number, number]; zoom: number; bearing: number; pitch: number }): unknown;
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getBearing(): number;
  getPitch(): number;
}

/**
 * Syncs `maps` with each other; returns the function that stops it.
 *
 * @example
 * const stop = syncMaps([left.map, right.map]);
 * // …later
 * stop();
 */
export function syncMaps(maps: readonly SyncableMap[]): () => void {
  let syncing = false;
  const handlers = maps.map((source) => {
    const onMove = () => {
      if (syncing) return;
      syncing = true;
      try {
        const camera = { center: source.getCenter(), zoom: source.getZoom(), bearing: source.getBearing(), pitch: source.getPitch() };
        for (const target of maps) if (target !== source) target.jumpTo(camera);
      } finally {
        syncing = false;
      }
    };
    source.on('move', onMove);
    return onMove;
  });
  return () => maps.forEach((m, i) => m.off('move', handlers[i]));
}
