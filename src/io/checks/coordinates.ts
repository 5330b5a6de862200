/**
 * Coordinate sanity checks that run on the raw numbers, before any
 * conversion: are these degrees or metres, which Gauss-Krüger zone do
 * metres belong to, are latitude and longitude swapped, is the data
 * anywhere near the county.
 */
import { getCrs, cgcs2000ZoneForLon, findGkCrs, type CrsInfo } from '../crs/registry';
import { toWgs84Fn } from '../crs/transform';
import type { BBox, I18nText, IoWarning } from '../types';

/** Lushi County, Henan (卢氏县), the default reference area. */
export const LUSHI_BBOX: BBox = [110.57, 33.55, 111.37, 34.39];
export const LUSHI_NAME: I18nText = { zh: '卢氏县', en: 'Lushi County' };
/** Mainland China and its seas, generously. */
export const CHINA_BBOX: BBox = [73, 3, 136, 54];

/** True when every coordinate could be longitude/latitude degrees. */
export function looksGeographic(b: BBox): boolean {
  return b[0] >= -180 && b[2] <= 180 && b[1] >= -90 && b[3] <= 90;
}

export function intersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/** Rough gap between two lon/lat boxes in kilometres (0 when they overlap). */
export function bboxGapKm(a: BBox, b: BBox): number {
  const dx = Math.max(0, a[0] - b[2], b[0] - a[2]);
  const dy = Math.max(0, a[1] - b[3], b[1] - a[3]);
  const lat = ((Math.max(a[1], b[1]) + Math.min(a[3], b[3])) / 2) * (Math.PI / 180);
  return Math.hypot(dx * 111.32 * Math.cos(lat), dy * 110.57);
}

const inRange = (b: BBox, axis: 0 | 1, lo: number, hi: number) => b[axis] >= lo && b[axis + 2] <= hi;
const isNorthing = (b: BBox, axis: 0 | 1) => inRange(b, axis, 1.0e6, 6.2e6);
const isPlainEasting = (b: BBox, axis: 0 | 1) => inRange(b, axis, 1, 1.0e6);
function prefixZone(b: BBox, axis: 0 | 1): number | null {
  const zone = Math.floor(b[axis] / 1e6);
  if (zone !== Math.floor(b[axis + 2] / 1e6)) return null;
  return (zone >= 13 && zone <= 23) || (zone >= 25 && zone <= 45) ? zone : null;
}
const isEasting = (b: BBox, axis: 0 | 1) => isPlainEasting(b, axis) || prefixZone(b, axis) !== null;

/**
 * True when projected coordinates are in the Chinese surveying order
 * (X = northing, Y = easting) instead of GIS order. Unambiguous for China:
 * northings there have 7 digits, eastings 6 or (with zone prefix) 8.
 */
export function isSurveyAxisOrder(b: BBox): boolean {
  return !(isEasting(b, 0) && isNorthing(b, 1)) && isEasting(b, 1) && isNorthing(b, 0);
}

/** True when the box only makes sense (near the reference / in China) with lat and lon swapped. */
export function isSwappedLatLon(b: BBox, reference: BBox | null): boolean {
  if (!(b[0] >= -90 && b[2] <= 90 && b[1] >= -180 && b[3] <= 180)) return false;
  const swapped: BBox = [b[1], b[0], b[3], b[2]];
  const area = reference ?? CHINA_BBOX;
  if (looksGeographic(b) && intersects(b, area)) return false;
  return intersects(swapped, area) || (intersects(swapped, CHINA_BBOX) && !intersects(b, CHINA_BBOX));
}

export interface CrsSuggestion {
  crs: CrsInfo;
  /** Where the data's centre lands with this CRS. */
  center: [number, number];
  /** Distance of that centre from the reference area, km. */
  distanceKm: number;
}

/**
 * Projected CRSs that would put these metre coordinates in China, best
 * first (closest to the reference area). Tries the zone prefix of the
 * eastings, the CGCS2000 meridians near the reference area, and Web Mercator.
 */
export function suggestProjectedCrs(b: BBox, reference: BBox | null): CrsSuggestion[] {
  const ref = reference ?? CHINA_BBOX;
  const refLon = (ref[0] + ref[2]) / 2;
  const candidates: CrsInfo[] = [];
  const zone = prefixZone(b, 0);
  if (zone !== null) {
    const cm = zone >= 25 ? zone * 3 : zone * 6 - 3;
    const gk = findGkCrs('CGCS2000', cm, { prefix: true, zoneWidth: zone >= 25 ? 3 : 6 });
    if (gk) candidates.push(gk);
  } else if (isPlainEasting(b, 0)) {
    for (const d of [0, -3, 3, -6, 6]) {
      const c = cgcs2000ZoneForLon(refLon + d);
      if (c) candidates.push(c);
    }
  }
  if (Math.abs(b[0]) <= 20037508.35 && Math.abs(b[2]) <= 20037508.35 && Math.abs(b[3]) <= 20037508.35) candidates.push(getCrs(3857)!);
  const center = [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
  const out: CrsSuggestion[] = [];
  for (const crs of candidates) {
    let p: number[];
    try {
      p = toWgs84Fn(crs)(center);
    } catch {
      continue;
    }
    if (!p.every(Number.isFinite)) continue;
    const at: BBox = [p[0], p[1], p[0], p[1]];
    if (!intersects(at, CHINA_BBOX)) continue;
    out.push({ crs, center: [p[0], p[1]], distanceKm: bboxGapKm(at, ref) });
  }
  return out.sort((x, y) => x.distanceKm - y.distanceKm);
}

/** `37504617` → `37 504 617` (thin, readable). */
export function formatMetres(v: number): string {
  return Math.round(v).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** Describes metre coordinates for the "looks projected" message. */
export function describeProjected(b: BBox): I18nText {
  const x = formatMetres((b[0] + b[2]) / 2);
  const zone = prefixZone(b, 0);
  if (zone !== null) {
    return {
      zh: `这些坐标看起来是高斯-克吕格投影的米制坐标（X ≈ ${x}，带号前缀 ${zone}），不是经纬度`,
      en: `these look like Gauss-Krüger metres (X ≈ ${x} with zone prefix ${zone}), not degrees`,
    };
  }
  if (isPlainEasting(b, 0)) {
    return {
      zh: `这些坐标看起来是高斯-克吕格投影的米制坐标（X ≈ ${x}，无带号的 500 000 式东坐标），不是经纬度`,
      en: `these look like Gauss-Krüger metres (X ≈ ${x}, a 500 000-style easting without zone prefix), not degrees`,
    };
  }
  return { zh: `这些坐标（X ≈ ${x}）超出了经纬度范围，应是投影坐标`, en: `these coordinates (X ≈ ${x}) are outside the range of degrees; they are projected` };
}

/** Warning when the data lies outside the reference area (or null when inside / no reference). */
export function extentWarning(b: BBox, reference: BBox | null, name: I18nText): IoWarning | null {
  if (!reference || intersects(b, reference)) return null;
  const km = Math.round(bboxGapKm(b, reference));
  return {
    code: 'OUTSIDE_REFERENCE_AREA',
    text: {
      zh: `数据位于${name.zh}范围之外约 ${km} 公里。如果数据应在${name.zh}内，坐标系可能选错了（或是 GCJ-02/BD-09 偏移坐标）。`,
      en: `The data lies about ${km} km outside ${name.en}. If it should be inside, the CRS may be wrong (or the data may be GCJ-02/BD-09 offset).`,
    },
    details: { distanceKm: km, bbox: b },
  };
}
