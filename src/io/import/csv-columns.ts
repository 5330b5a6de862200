/**
 * Finds the coordinate columns of a table by name, in English, pinyin-ish
 * abbreviations and Chinese (经度/纬度, X/Y, 东坐标/北坐标, 横坐标/纵坐标…).
 * Chinese survey tables label the northing X and the easting Y; that is
 * sorted out later from the values (see `isSurveyAxisOrder`).
 */

// Units in brackets are dropped: 经度(°) → 经度, X坐标（米） → x坐标.
const clean = (h: string) =>
  h.toLowerCase().replace(/[(（[【][^)）\]】]*[)）\]】]/g, '').replace(/[\s_\-.:：°'"]/g, '');

// Exact names (after `clean`), strongest first.
const X_EXACT = ['lon', 'lng', 'long', 'longitude', '经度', '东经', 'wgs84lon', 'wgs84lng', 'gcj02lng', 'gcjlng', 'bdlng', 'lonwgs84', 'lnggcj02', 'x', 'eastx', 'xcoord', 'xcoordinate', 'coordx', 'pointx', 'x坐标', '坐标x', 'east', 'easting', 'e', '东坐标', '东', '横坐标', 'y坐标东'];
const Y_EXACT = ['lat', 'latitude', '纬度', '北纬', 'wgs84lat', 'gcj02lat', 'gcjlat', 'bdlat', 'latwgs84', 'latgcj02', 'y', 'northy', 'ycoord', 'ycoordinate', 'coordy', 'pointy', 'y坐标', '坐标y', 'north', 'northing', 'n', '北坐标', '北', '纵坐标', 'x坐标北'];
const X_PART = [/经度/, /longitude/, /\blng\b|lng$|^lng/, /\blon\b|lon$|^lon/, /东坐标/, /横坐标/];
const Y_PART = [/纬度/, /latitude/, /\blat\b|lat$|^lat/, /北坐标/, /纵坐标/];
const XY_NAMES = ['location', 'lnglat', 'lonlat', '经纬度', '坐标', 'coordinates', 'coord', 'xy'];

export interface CoordinateColumns {
  x?: string;
  y?: string;
  /** One column with "lng,lat" pairs. */
  xy?: string;
}

function find(headers: string[], exact: string[], parts: RegExp[], exclude?: string): string | undefined {
  const cleaned = headers.map(clean);
  for (const name of exact) {
    const i = cleaned.indexOf(name);
    if (i >= 0 && headers[i] !== exclude) return headers[i];
  }
  for (const re of parts) {
    const i = cleaned.findIndex((h, k) => re.test(h) && headers[k] !== exclude);
    if (i >= 0) return headers[i];
  }
  return undefined;
}

const PAIR = /^\s*-?\d+(\.\d+)?\s*[,，;\s]\s*-?\d+(\.\d+)?\s*$/;

/**
 * Detects coordinate columns from the header names (and, for a combined
 * "lng,lat" column, the first values).
 * @example detectCoordinateColumns(['名称', '经度', '纬度']) // { x: '经度', y: '纬度' }
 */
export function detectCoordinateColumns(headers: string[], sampleRows: string[][] = []): CoordinateColumns {
  const x = find(headers, X_EXACT, X_PART);
  const y = find(headers, Y_EXACT, Y_PART, x);
  if (x && y) return { x, y };
  const cleaned = headers.map(clean);
  for (const name of XY_NAMES) {
    const i = cleaned.indexOf(name);
    if (i >= 0 && sampleRows.some((r) => PAIR.test(r[i] ?? ''))) return { xy: headers[i] };
  }
  return {};
}

/** Splits a "lng,lat" cell into two numbers, or null. */
export function splitPair(cell: string): [number, number] | null {
  if (!PAIR.test(cell)) return null;
  const [a, b] = cell.trim().split(/\s*[,，;\s]\s*/).map(Number);
  return [a, b];
}
