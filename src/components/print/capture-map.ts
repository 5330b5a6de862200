/**
 * Copies what the MapLibre canvas shows. The map is created without
 * `preserveDrawingBuffer`, so its pixels are only readable during the frame
 * that drew them: wait until tiles are in, ask for a repaint and copy inside
 * the `render` callback.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export class MapCaptureError extends Error {
  override name = 'MapCaptureError';
}

/** The map's current image as a canvas of the same (device-pixel) size. */
export async function captureMap(map: MapLibreMap, timeoutMs = 15_000): Promise<HTMLCanvasElement> {
  if (!map.loaded()) await withTimeout(new Promise<void>((r) => map.once('idle', () => r())), timeoutMs);
  return withTimeout(
    new Promise<HTMLCanvasElement>((resolve, reject) => {
      map.once('render', () => {
        try {
          const src = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = src.width;
          copy.height = src.height;
          copy.getContext('2d')!.drawImage(src, 0, 0);
          resolve(copy);
        } catch (e) {
          reject(e);
        }
      });
      map.triggerRepaint();
    }),
    timeoutMs,
  );
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new MapCaptureError(`The map did not finish drawing within ${ms / 1000} s; wait for it to load and try again.`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}
