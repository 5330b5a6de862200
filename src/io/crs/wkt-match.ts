/**
 * Maps a .prj / WKT string to a supported CRS. Chinese .prj files usually
 * come from ArcGIS and carry no EPSG code (`PROJCS["CGCS2000_3_Degree_GK_CM_111E",
 * …PROJECTION["Gauss_Kruger"]…]`), so the match is made on what defines the
 * projection: ellipsoid/datum, central meridian, false easting, scale.
 */
import proj4 from 'proj4';
import type { CrsSource, I18nText } from '../types';
import { DATUMS, type CrsInfo, type DatumId, findGkCrs, getCrs } from './registry';
import { authorityCode, find, nameOf, normalizeName, numberAt, parameter, parseWkt, type WktNode } from './wkt-parse';

export interface WktMatch {
  crs: CrsInfo;
  source: Extract<CrsSource, 'prj-authority' | 'prj-parameters' | 'prj-proj4'>;
  /** Set when the CRS is valid but not one of the named ones (custom meridian, other projection). */
  custom?: I18nText;
}

const close = (a: number, b: number, tol = 1e-6) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

/** Identifies the datum from its ellipsoid (and, for GRS80-like ones, its name). */
function datumOf(root: WktNode): DatumId | null {
  const ellipsoid = find(root, 'SPHEROID', 'ELLIPSOID');
  const a = numberAt(ellipsoid, 1);
  const rf = numberAt(ellipsoid, 2);
  const datumName = normalizeName(nameOf(find(root, 'DATUM', 'GEODETICDATUM', 'TRF')));
  const sameAxis = (x: number, y: number) => Math.abs(x - y) < 0.5;
  if (sameAxis(a, 6378137)) {
    if (close(rf, DATUMS.WGS84.rf, 1e-9) && !/china|cgcs|2000/.test(datumName)) return 'WGS84';
    return 'CGCS2000';
  }
  for (const id of ['Xian1980', 'Beijing1954'] as const) {
    if (sameAxis(a, DATUMS[id].a)) return id;
  }
  if (!Number.isFinite(a)) {
    if (/wgs84|wgs1984/.test(datumName)) return 'WGS84';
    if (/china2000|cgcs2000/.test(datumName)) return 'CGCS2000';
  }
  return null;
}

function linearUnit(root: WktNode): number {
  const units = root.args.filter((x): x is WktNode => typeof x === 'object' && (x.keyword === 'UNIT' || x.keyword === 'LENGTHUNIT'));
  const unit = units[units.length - 1] ?? find(root, 'LENGTHUNIT');
  const factor = numberAt(unit, 1);
  return Number.isFinite(factor) ? factor : 1;
}

function projectionName(root: WktNode): string {
  return normalizeName(nameOf(find(root, 'PROJECTION', 'METHOD')));
}

function customTm(name: string, datum: DatumId, p: { cm: number; fe: number; fn: number; k: number; lat0: number }): CrsInfo {
  const d = DATUMS[datum];
  return {
    id: 'WKT', code: null, kind: 'projected', datum,
    name: { zh: `${name}（自定义横轴墨卡托）`, en: `${name} (custom Transverse Mercator)` },
    proj4: `+proj=tmerc +lat_0=${p.lat0} +lon_0=${p.cm} +k=${p.k} +x_0=${p.fe} +y_0=${p.fn} ${d.proj4} +units=m +no_defs`,
    approximateDatum: d.approximate,
  };
}

function matchProjected(root: WktNode, name: string): WktMatch | null {
  const datum = datumOf(root);
  const proj = projectionName(root);
  const unit = linearUnit(root);
  if (!datum || !close(unit, 1)) return null;
  const cm = parameter(root, 'central_meridian', 'longitude_of_natural_origin', 'longitude_of_center', 'longitude_of_origin');
  const fe = parameter(root, 'false_easting') || 0;
  const fn = parameter(root, 'false_northing') || 0;
  const kRaw = parameter(root, 'scale_factor', 'scale_factor_at_natural_origin');
  const k = Number.isFinite(kRaw) ? kRaw : 1;
  const lat0 = parameter(root, 'latitude_of_origin', 'latitude_of_natural_origin') || 0;
  if (/mercatorauxiliarysphere|popularvisualisation|pseudomercator/.test(proj) || /webmercator|pseudomercator|auxiliarysphere/.test(normalizeName(name))) {
    return { crs: getCrs(3857)!, source: 'prj-parameters' };
  }
  if (!/transversemercator|gausskruger|gauss/.test(proj) || !Number.isFinite(cm)) return null;
  if (close(k, 1) && close(lat0, 0) && close(fn, 0)) {
    const n = normalizeName(name);
    // ESRI names 3° zones "…_3_Degree_GK_…" and 6° zones plain "…_GK_…".
    const width: 3 | 6 | undefined = /3degree|3°|3度/.test(n) ? 3 : /6degree|6度/.test(n) || /gk(cm|zone)|gausskruger(cm|zone)/.test(n) ? 6 : undefined;
    if (close(fe, 500000)) {
      // 3° and 6° zones with the same meridian are the same projection; prefer what the name says, else 3°.
      const crs = findGkCrs(datum, cm, { prefix: false, zoneWidth: width ?? 3 }) ?? findGkCrs(datum, cm, { prefix: false });
      if (crs) return { crs, source: 'prj-parameters' };
    } else {
      const zone = Math.floor(fe / 1_000_000);
      if (close(fe, zone * 1_000_000 + 500_000)) {
        const w: 3 | 6 | null = cm === zone * 3 ? 3 : cm === zone * 6 - 3 ? 6 : null;
        const crs = w ? findGkCrs(datum, cm, { prefix: true, zoneWidth: w }) : undefined;
        if (crs) return { crs, source: 'prj-parameters' };
      }
    }
  }
  const crs = customTm(name || 'Transverse Mercator', datum, { cm, fe, fn, k, lat0 });
  return {
    crs, source: 'prj-parameters',
    custom: { zh: `坐标系“${name}”不是标准分带（中央经线 ${cm}°，东偏 ${fe} m），已按其参数转换。`, en: `The CRS "${name}" is not a standard zone (central meridian ${cm}°, false easting ${fe} m); it was converted from its parameters.` },
  };
}

/**
 * Finds the CRS a WKT string describes. Returns null when the text is not
 * WKT or describes something that cannot be converted.
 * @example wktToCrs('PROJCS["CGCS2000_3_Degree_GK_CM_111E",…]')?.crs.id // 'EPSG:4546'
 */
export function wktToCrs(wkt: string): WktMatch | null {
  let root: WktNode;
  try {
    root = parseWkt(wkt);
  } catch {
    return null;
  }
  const code = authorityCode(root);
  if (code !== null) {
    const known = getCrs(code);
    if (known) return { crs: known, source: 'prj-authority' };
  }
  const name = nameOf(root);
  const kw = root.keyword;
  if (kw === 'GEOGCS' || kw === 'GEOGCRS' || kw === 'GEODCRS' || kw === 'GEOGRAPHICCRS') {
    const datum = datumOf(root);
    if (datum) return { crs: getCrs(DATUMS[datum].geographicCode)!, source: 'prj-parameters' };
  }
  if (kw === 'PROJCS' || kw === 'PROJCRS' || kw === 'PROJECTEDCRS') {
    const m = matchProjected(root, name);
    if (m) return m;
  }
  return proj4Fallback(wkt, name, kw.startsWith('GEO') ? 'geographic' : 'projected');
}

/** Last resort: let proj4 interpret the WKT itself (other projections, odd units). */
function proj4Fallback(wkt: string, name: string, kind: 'geographic' | 'projected'): WktMatch | null {
  try {
    const converter = proj4(wkt, 'EPSG:4326');
    const probe = converter.forward(kind === 'geographic' ? [111, 34] : [500000, 3_700_000]);
    if (!probe.every(Number.isFinite)) return null;
  } catch {
    return null;
  }
  return {
    crs: { id: 'WKT', code: null, kind, datum: 'WGS84', proj4: wkt, approximateDatum: false, name: { zh: name || '自定义坐标系', en: name || 'Custom CRS' } },
    source: 'prj-proj4',
    custom: { zh: `坐标系“${name}”不在常用列表中，已交给 proj4 解释，请核对位置。`, en: `The CRS "${name}" is not one of the common ones; proj4 interpreted it — check the position.` },
  };
}
