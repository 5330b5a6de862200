/**
 * Format detection from magic bytes first and the file name second, so a
 * renamed file is still read correctly and a mislabelled one gives a clear
 * error instead of garbage.
 */
import type { ImportFormat } from '../types';

const FGB = [0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62];

/** True for the FlatGeobuf magic `fgb\x03fgb\x00` (or patch version `\x01`). */
export function isFlatGeobuf(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && FGB.every((b, i) => bytes[i] === b) && (bytes[7] === 0x00 || bytes[7] === 0x01);
}

/** True for a zip archive (local file header, or an empty archive's end record). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06));
}

/** True for a bare .shp / .shx (file code 9994, big-endian). */
export function isShapefileMain(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0x27 && bytes[3] === 0x0a;
}

const extOf = (name: string) => (/\.([^./\\]+)$/.exec(name)?.[1] ?? '').toLowerCase();

function textHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 4096);
  let start = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  return new TextDecoder('utf-8').decode(head.subarray(start)).replace(/^\s+/, '');
}

/** Root element of an XML document (after the prolog and comments), lower-cased, or null. */
export function xmlRoot(head: string): string | null {
  const body = head.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<!DOCTYPE[^>]*>/gi, '').trimStart();
  const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(body);
  return m ? m[2].toLowerCase() : null;
}

/**
 * Detects the format of a file from its first bytes, then its extension.
 * Returns null when it is none of the supported formats (or empty).
 * @example detectFormat('roads.fgb', bytes) // 'flatgeobuf'
 */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat | null {
  if (bytes.length === 0) return null;
  const ext = extOf(fileName);
  if (isFlatGeobuf(bytes)) return 'flatgeobuf';
  if (isZip(bytes)) return ext === 'kmz' ? 'kml' : 'shapefile';
  if (isShapefileMain(bytes) || ext === 'dbf') return 'shapefile';
  // Binary junk: NUL bytes or more than 1% control characters in the first 4 KB.
  let control = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return null;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  }
  if (control > n / 100) return null;
  const head = textHead(bytes);
  if (head.startsWith('{') || head.startsWith('[')) return 'geojson';
  if (head.startsWith('<')) {
    const root = xmlRoot(head);
    if (root === 'kml') return 'kml';
    if (root === 'gpx') return 'gpx';
    return ext === 'kml' ? 'kml' : ext === 'gpx' ? 'gpx' : null;
  }
  if (['csv', 'tsv', 'txt', 'tab'].includes(ext)) return 'csv';
  if (['geojson', 'json'].includes(ext)) return 'geojson';
  const firstLine = head.split(/\r?\n/, 1)[0];
  return /[,\t;]/.test(firstLine) ? 'csv' : null;
}
