/**
 * Scale-bar maths for the printed sheet. MapLibre draws Web Mercator with
 * 512-pixel tiles, so one CSS pixel at latitude φ and zoom z covers
 * 2π·6378137·cos φ / (512·2^z) metres on the ground, true at that latitude.
 * The bar is measured at the centre latitude of the view, the convention for
 * small-area maps (the error across Lushi's ±0.5° is under 1 %).
 */

/** Equatorial circumference of the WGS 84 / Web Mercator sphere, metres. */
export const EARTH_CIRCUMFERENCE = 2 * Math.PI * 6378137;

/**
 * Ground metres per CSS pixel at `lat` (degrees) and MapLibre `zoom`.
 *
 * @example
 * metresPerPixel(0, 0) // 78271.517 (one 512-px tile spans the equator)
 */
export function metresPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The largest 1, 2 or 5 × 10ⁿ not above `x` (x > 0). */
export function niceNumber(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  const f = x / p;
  return (f >= 5 ? 5 : f >= 2 ? 2 : 1) * p;
}

export interface ScaleBar {
  /** Ground length of the whole bar, metres. */
  metres: number;
  /** Its length on the sheet, pixels. */
  pixels: number;
  /** Number of alternating black/white parts. */
  parts: number;
  /** Tick values along the bar in display units, from 0. */
  ticks: number[];
  unit: 'm' | 'km';
}

/**
 * A scale bar no longer than `maxPixels` with a round ground length.
 * `metresPerPx` is per pixel of the sheet (divide the CSS value by the
 * device pixel ratio when the sheet is drawn at device resolution).
 *
 * @example
 * scaleBar(10, 200) // { metres: 2000, pixels: 200, parts: 4, ticks: [0, 0.5, 1, 1.5, 2], unit: 'km' }
 */
export function scaleBar(metresPerPx: number, maxPixels: number): ScaleBar {
  if (!(metresPerPx > 0) || !(maxPixels > 0)) throw new RangeError('scaleBar needs a positive resolution and width');
  const metres = niceNumber(metresPerPx * maxPixels);
  const lead = metres / 10 ** Math.floor(Math.log10(metres));
  const parts = lead === 2 ? 4 : lead === 5 ? 5 : 4;
  const unit = metres >= 1000 ? 'km' : 'm';
  const div = unit === 'km' ? 1000 : 1;
  const ticks = Array.from({ length: parts + 1 }, (_, i) => +((metres * i) / parts / div).toPrecision(12));
  return { metres, pixels: metres / metresPerPx, parts, ticks, unit };
}
