/**
 * CSV / TSV import: point features from longitude/latitude (or x/y) columns.
 * Columns are detected by name (Chinese included) or chosen by the caller;
 * UTF-8 (with or without BOM) and GBK are read; the CRS is detected from the
 * values unless given.
 */
import { CsvColumnsError, EmptyFileError } from '../errors';
import type { ImportOptions, IoWarning } from '../types';
import { baseName } from '../util/names';
import { emptyRecord, newSanitizeStats, safeSet } from '../util/safe-properties';
import { chooseEncoding, decodeText } from '../util/text-encoding';
import { detectCoordinateColumns, splitPair } from './csv-columns';
import { detectDelimiter, parseCsvRows } from './csv-parse';
import type { RawLayer } from './finalize-layer';

// Identifier columns stay text even when all digits (administrative codes, land-class codes, ids).
const CODE_COLUMN = /(code|编码|代码|编号|代号|^dlbm$|^ydyhflbm$|^xzqdm$|^bm$|^dm$)/i;
const DECIMAL = /^[-+]?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/;
const DMS = /^([-+]?\d+(?:\.\d+)?)\s*[°度]\s*(?:(\d+(?:\.\d+)?)\s*['′’分])?\s*(?:(\d+(?:\.\d+)?)\s*(?:"|″|”|''|秒))?\s*([NSEWnsew东西南北])?$/;

/** Reads a coordinate cell: a decimal number or degrees-minutes-seconds (`111°2′30″E`, `34度3分`). */
export function parseCoordinate(cell: string): number | null {
  const s = cell.trim();
  if (s === '') return null;
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return Number(s);
  const m = DMS.exec(s);
  if (!m) return null;
  const v = Math.abs(Number(m[1])) + Number(m[2] ?? 0) / 60 + Number(m[3] ?? 0) / 3600;
  const negative = m[1].startsWith('-') || /[SWsw南西]/.test(m[4] ?? '');
  return negative ? -v : v;
}

function uniqueHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = h.trim() || `column_${i + 1}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}_${n + 1}` : base;
  });
}

/**
 * Parses CSV/TSV bytes into a raw point layer.
 * @example finalizeLayer(parseCsv(bytes, '设施.csv', { csv: { x: '经度', y: '纬度' } }))
 */
export function parseCsv(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): RawLayer {
  const encoding = chooseEncoding(bytes.subarray(0, 1 << 20), options.encoding);
  const text = decodeText(bytes, encoding.name);
  const csvOpts = options.csv ?? {};
  const delimiter = csvOpts.delimiter ?? detectDelimiter(text, fileName);
  const rows = parseCsvRows(text, delimiter);
  if (rows.length === 0) throw new EmptyFileError(fileName);
  const headers = uniqueHeaders(rows[0]);
  const data = rows.slice(1);
  if (data.length === 0) throw new EmptyFileError(fileName, { details: { headers } });

  const has = (c?: string) => c === undefined || headers.includes(c);
  if (!has(csvOpts.x) || !has(csvOpts.y) || !has(csvOpts.xy)) {
    const missing = [csvOpts.x, csvOpts.y, csvOpts.xy].filter((c) => c !== undefined && !headers.includes(c));
    throw new CsvColumnsError({ zh: `表中没有列“${missing.join('、')}”。`, en: `The table has no column "${missing.join('", "')}".` }, headers);
  }
  const cols = csvOpts.xy ? { xy: csvOpts.xy } : csvOpts.x && csvOpts.y ? { x: csvOpts.x, y: csvOpts.y } : detectCoordinateColumns(headers, data.slice(0, 20));
  if (!cols.xy && !(cols.x && cols.y)) {
    throw new CsvColumnsError({ zh: '找不到经纬度（或 X/Y）列。', en: 'No longitude/latitude (or X/Y) columns were found.' }, headers);
  }
  const xi = cols.x ? headers.indexOf(cols.x) : -1;
  const yi = cols.y ? headers.indexOf(cols.y) : -1;
  const pi = cols.xy ? headers.indexOf(cols.xy) : -1;
  const keep = csvOpts.keepCoordinateColumns ?? true;
  const coordIdx = new Set([xi, yi, pi]);

  const numeric = headers.map((h, c) =>
    (csvOpts.inferTypes ?? true) && !CODE_COLUMN.test(h) && data.some((r) => (r[c] ?? '') !== '') && data.every((r) => (r[c] ?? '') === '' || DECIMAL.test(r[c])));
  const stats = newSanitizeStats();
  const features: unknown[] = [];
  const skipped: number[] = [];
  data.forEach((row, r) => {
    const xy = pi >= 0 ? splitPair(row[pi] ?? '') : [parseCoordinate(row[xi] ?? ''), parseCoordinate(row[yi] ?? '')];
    if (!xy || xy[0] === null || xy[1] === null) {
      skipped.push(r);
      return;
    }
    const props = emptyRecord();
    headers.forEach((h, c) => {
      if (!keep && coordIdx.has(c)) return;
      const cell = row[c] ?? '';
      safeSet(props, h, numeric[c] ? (cell === '' ? null : Number(cell)) : cell, stats);
    });
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [xy[0], xy[1]] }, properties: props });
  });
  if (features.length === 0) {
    const what = cols.xy ?? `${cols.x} / ${cols.y}`;
    throw new CsvColumnsError({ zh: `“${what}”列中没有任何有效坐标。`, en: `No row has valid coordinates in "${what}".` }, headers, { details: { columns: cols } });
  }
  const warnings: IoWarning[] = [];
  if (skipped.length) {
    const lines = skipped.slice(0, 20).map((r) => r + 2).join(', ');
    warnings.push({
      code: 'CSV_ROWS_WITHOUT_COORDINATES', featureIndexes: skipped,
      text: { zh: `${skipped.length} 行没有有效坐标，未导入（第 ${lines} 行${skipped.length > 20 ? '…' : ''}）。`, en: `${skipped.length} row(s) have no valid coordinates and were not imported (lines ${lines}${skipped.length > 20 ? '…' : ''}).` },
    });
  }
  if (stats.droppedKeys.size) warnings.push({ code: 'UNSAFE_KEYS_DROPPED', text: { zh: `删除了不安全的列名：${[...stats.droppedKeys].join('、')}。`, en: `Unsafe column names were dropped: ${[...stats.droppedKeys].join(', ')}.` } });
  warnings.push({ code: 'CSV_COLUMNS_USED', text: { zh: `坐标取自列：${cols.xy ?? `${cols.x}（X）、${cols.y}（Y）`}。`, en: `Coordinates taken from: ${cols.xy ?? `${cols.x} (X), ${cols.y} (Y)`}.` }, details: { columns: cols, headers, delimiter } });
  return {
    name: baseName(fileName),
    format: 'csv',
    features,
    encoding: { name: encoding.name, source: encoding.source },
    warnings,
    hintTexts: [fileName, ...headers],
  };
}
