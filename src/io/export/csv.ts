/**
 * CSV export with a UTF-8 byte-order mark, so Excel on Chinese Windows opens
 * Chinese text correctly. Used for statistics tables (`toCsv`) and for
 * layers (attributes plus a centroid, `exportCsv`).
 */
import { centerOfMass, centroid } from '@turf/turf';
import type { WgsFeatureCollection } from '../types';
import { exportCrs, toExportCrs } from './target-crs';

/** A column: a property key, or a key with a header title. */
export type CsvColumn = string | { key: string; title: string };

export interface CsvOptions {
  /** Write the UTF-8 BOM (default true). */
  bom?: boolean;
  /** Field delimiter (default ','). */
  delimiter?: string;
  /**
   * Prefix text cells starting with = + - @ with an apostrophe so spreadsheet
   * programs do not run them as formulas (default true). Numbers are untouched.
   */
  escapeFormulas?: boolean;
}

function cellText(value: unknown, escapeFormulas: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return escapeFormulas && /^[=+\-@\t\r]/.test(s) && !/^[-+]?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
}

function quote(s: string, delimiter: string): string {
  return s.includes('"') || s.includes(delimiter) || /[\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text (no BOM) for rows of records. */
export function toCsvString(rows: Record<string, unknown>[], columns: CsvColumn[], opts: CsvOptions = {}): string {
  const d = opts.delimiter ?? ',';
  const esc = opts.escapeFormulas ?? true;
  const cols = columns.map((c) => (typeof c === 'string' ? { key: c, title: c } : c));
  const lines = [cols.map((c) => quote(c.title, d)).join(d)];
  for (const row of rows) lines.push(cols.map((c) => quote(cellText(row[c.key], esc), d)).join(d));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * A statistics table as CSV bytes, UTF-8 with BOM.
 * @example toCsv([{ zone: '城关镇', area_km2: 12.5 }], [{ key: 'zone', title: '分区' }, { key: 'area_km2', title: '面积（平方公里）' }])
 */
export function toCsv(rows: Record<string, unknown>[], columns: CsvColumn[], opts: CsvOptions = {}): Uint8Array {
  const body = new TextEncoder().encode(toCsvString(rows, columns, opts));
  if (opts.bom === false) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

export interface LayerCsvOptions extends CsvOptions {
  /** Export CRS (default EPSG:4326): lon/lat columns in degrees, east_x/north_y in metres otherwise. */
  crs?: string | number;
}

/**
 * A layer as CSV: every attribute plus the centroid (area-weighted for
 * polygons, vertex mean for lines) as `lon`/`lat` — or `east_x`/`north_y`
 * metres in a Gauss-Krüger zone.
 */
export function exportCsv(fc: WgsFeatureCollection, opts: LayerCsvOptions = {}): Uint8Array {
  const crs = exportCrs(opts.crs);
  const projected = toExportCrs(fc, crs);
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const f of fc.features) for (const k of Object.keys(f.properties ?? {})) if (!seen.has(k)) { seen.add(k); keys.push(k); }
  let [xKey, yKey] = crs.kind === 'geographic' ? ['lon', 'lat'] : ['east_x', 'north_y'];
  while (seen.has(xKey) || seen.has(yKey)) [xKey, yKey] = [`_${xKey}`, `_${yKey}`];
  const rows = projected.features.map((f) => {
    let c: number[] | null = null;
    const g = f.geometry;
    if (g?.type === 'Point') c = g.coordinates;
    else if (g && (g.type === 'Polygon' || g.type === 'MultiPolygon')) c = centerOfMass(g).geometry.coordinates;
    else if (g && g.type !== 'GeometryCollection') c = centroid(g).geometry.coordinates;
    return { ...f.properties, [xKey]: c?.[0] ?? null, [yKey]: c?.[1] ?? null };
  });
  return toCsv(rows, [...keys, xKey, yKey], opts);
}
