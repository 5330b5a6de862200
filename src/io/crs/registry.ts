/**
 * The coordinate reference systems that Chinese planning data arrives in,
 * generated from a handful of rules instead of pasted definition strings.
 *
 * Gauss-Krüger families (EPSG code ranges):
 * | datum      | 3° with zone prefix | 3° CM only  | 6° with prefix | 6° CM only   |
 * |------------|---------------------|-------------|----------------|--------------|
 * | CGCS2000   | 4513–4533 (z25–45)  | 4534–4554   | 4491–4501 (z13–23) | 4502–4512 |
 * | Xi'an 1980 | 2349–2369           | 2370–2390   | 2327–2337      | 2338–2348    |
 * | Beijing 54 | 2401–2421           | 2422–2442   | 21413–21423    | 21453–21463  |
 * 3° zone n has central meridian 3n°E; 6° zone n has 6n−3 °E. With the prefix
 * the false easting is n·1 000 000 + 500 000 m, without it 500 000 m.
 */
import type { I18nText } from '../types';

export type DatumId = 'WGS84' | 'CGCS2000' | 'Xian1980' | 'Beijing1954';
export type CrsKind = 'geographic' | 'projected' | 'offset';

/** Gauss-Krüger zone parameters. */
export interface GkParams {
  zoneWidth: 3 | 6;
  zone: number;
  centralMeridian: number;
  /** True when eastings carry the zone number in front (e.g. 37 500 000). */
  prefix: boolean;
  falseEasting: number;
}

/** One supported CRS. */
export interface CrsInfo {
  /** `EPSG:4525`, or `GCJ02` / `BD09` for the Chinese offset systems. */
  id: string;
  code: number | null;
  name: I18nText;
  kind: CrsKind;
  datum: DatumId;
  /** proj4 definition (empty for GCJ02/BD09, which go through gcoord). */
  proj4: string;
  /** True when the datum shift to WGS84 is only approximate. */
  approximateDatum: boolean;
  gk?: GkParams;
}

interface DatumDef {
  id: DatumId;
  proj4: string;
  zh: string;
  en: string;
  geographicCode: number;
  approximate: boolean;
  /** Semi-major axis and inverse flattening, for matching WKT. */
  a: number;
  rf: number;
}

export const DATUMS: Record<DatumId, DatumDef> = {
  WGS84: { id: 'WGS84', proj4: '+datum=WGS84', zh: 'WGS 84', en: 'WGS 84', geographicCode: 4326, approximate: false, a: 6378137, rf: 298.257223563 },
  // CGCS2000 and WGS 84 agree to a few centimetres, far below map precision.
  CGCS2000: { id: 'CGCS2000', proj4: '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0', zh: 'CGCS2000', en: 'CGCS2000', geographicCode: 4490, approximate: false, a: 6378137, rf: 298.257222101 },
  // No published transformation to WGS 84: the ellipsoid change alone is applied (errors of tens of metres).
  Xian1980: { id: 'Xian1980', proj4: '+a=6378140 +rf=298.257 +towgs84=0,0,0,0,0,0,0', zh: '西安1980', en: "Xi'an 1980", geographicCode: 4610, approximate: true, a: 6378140, rf: 298.257 },
  // EPSG's country-wide 3-parameter shift (Beijing 1954 to WGS 84 (2)); metres to tens of metres off locally.
  Beijing1954: { id: 'Beijing1954', proj4: '+ellps=krass +towgs84=15.8,-154.4,-82.3,0,0,0,0', zh: '北京1954', en: 'Beijing 1954', geographicCode: 4214, approximate: true, a: 6378245, rf: 298.3 },
};

interface GkFamily {
  datum: DatumId;
  zoneWidth: 3 | 6;
  prefix: boolean;
  firstCode: number;
}

const GK_FAMILIES: GkFamily[] = [
  { datum: 'CGCS2000', zoneWidth: 3, prefix: true, firstCode: 4513 },
  { datum: 'CGCS2000', zoneWidth: 3, prefix: false, firstCode: 4534 },
  { datum: 'CGCS2000', zoneWidth: 6, prefix: true, firstCode: 4491 },
  { datum: 'CGCS2000', zoneWidth: 6, prefix: false, firstCode: 4502 },
  { datum: 'Xian1980', zoneWidth: 3, prefix: true, firstCode: 2349 },
  { datum: 'Xian1980', zoneWidth: 3, prefix: false, firstCode: 2370 },
  { datum: 'Xian1980', zoneWidth: 6, prefix: true, firstCode: 2327 },
  { datum: 'Xian1980', zoneWidth: 6, prefix: false, firstCode: 2338 },
  { datum: 'Beijing1954', zoneWidth: 3, prefix: true, firstCode: 2401 },
  { datum: 'Beijing1954', zoneWidth: 3, prefix: false, firstCode: 2422 },
  { datum: 'Beijing1954', zoneWidth: 6, prefix: true, firstCode: 21413 },
  { datum: 'Beijing1954', zoneWidth: 6, prefix: false, firstCode: 21453 },
];

/** Zones covering China: 3° zones 25–45 (75°E–135°E), 6° zones 13–23. */
const ZONES = { 3: { first: 25, last: 45 }, 6: { first: 13, last: 23 } } as const;

function gkCrs(family: GkFamily, zone: number): CrsInfo {
  const datum = DATUMS[family.datum];
  const cm = family.zoneWidth === 3 ? zone * 3 : zone * 6 - 3;
  const falseEasting = family.prefix ? zone * 1_000_000 + 500_000 : 500_000;
  const code = family.firstCode + zone - ZONES[family.zoneWidth].first;
  const width = family.zoneWidth === 3 ? { zh: '3度带', en: '3-degree ' } : { zh: '6度带', en: '' };
  const name: I18nText = family.prefix
    ? { zh: `${datum.zh} 高斯-克吕格 ${width.zh} 第${zone}带（带号前缀）`, en: `${datum.en} / ${width.en}Gauss-Kruger zone ${zone}` }
    : { zh: `${datum.zh} 高斯-克吕格 ${width.zh} 中央经线${cm}°E（无带号）`, en: `${datum.en} / ${width.en}Gauss-Kruger CM ${cm}E` };
  return {
    id: `EPSG:${code}`,
    code,
    name,
    kind: 'projected',
    datum: family.datum,
    proj4: `+proj=tmerc +lat_0=0 +lon_0=${cm} +k=1 +x_0=${falseEasting} +y_0=0 ${datum.proj4} +units=m +no_defs`,
    approximateDatum: datum.approximate,
    gk: { zoneWidth: family.zoneWidth, zone, centralMeridian: cm, prefix: family.prefix, falseEasting },
  };
}

function buildRegistry(): Map<string, CrsInfo> {
  const list: CrsInfo[] = [];
  for (const datum of Object.values(DATUMS)) {
    list.push({
      id: `EPSG:${datum.geographicCode}`,
      code: datum.geographicCode,
      name: { zh: `${datum.zh} 地理坐标（经纬度）`, en: `${datum.en} (geographic lon/lat)` },
      kind: 'geographic',
      datum: datum.id,
      proj4: `+proj=longlat ${datum.proj4} +no_defs`,
      approximateDatum: datum.approximate,
    });
  }
  list.push({
    id: 'EPSG:3857', code: 3857, kind: 'projected', datum: 'WGS84', approximateDatum: false,
    name: { zh: 'Web 墨卡托（WGS 84 / Pseudo-Mercator）', en: 'WGS 84 / Pseudo-Mercator (Web Mercator)' },
    proj4: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs',
  });
  for (const family of GK_FAMILIES) {
    const { first, last } = ZONES[family.zoneWidth];
    for (let zone = first; zone <= last; zone++) list.push(gkCrs(family, zone));
  }
  list.push(
    { id: 'GCJ02', code: null, kind: 'offset', datum: 'WGS84', proj4: '', approximateDatum: false, name: { zh: 'GCJ-02 火星坐标（高德、腾讯地图）', en: 'GCJ-02 (Amap, Tencent Maps)' } },
    { id: 'BD09', code: null, kind: 'offset', datum: 'WGS84', proj4: '', approximateDatum: false, name: { zh: 'BD-09 百度坐标', en: 'BD-09 (Baidu Maps)' } },
  );
  return new Map(list.map((c) => [c.id, c]));
}

const REGISTRY = buildRegistry();

/**
 * Normalises `4525`, `'4525'`, `'EPSG:4525'`, `'urn:ogc:def:crs:EPSG::4525'`,
 * `'http://www.opengis.net/def/crs/EPSG/0/4525'`, `CRS84`, `GCJ-02`, `BD09`
 * to a registry id, or null when it is not an identifier we recognise.
 * @example parseCrsId('urn:ogc:def:crs:EPSG::4546') // 'EPSG:4546'
 */
export function parseCrsId(input: string | number): string | null {
  if (typeof input === 'number') return Number.isInteger(input) ? `EPSG:${input}` : null;
  const s = input.trim();
  if (/^(urn:ogc:def:crs:OGC:(1\.3)?:CRS84|OGC:CRS84|CRS84|.*\/def\/crs\/OGC\/1\.3\/CRS84)$/i.test(s)) return 'EPSG:4326';
  if (/^gcj[-_ ]?0?2$/i.test(s)) return 'GCJ02';
  if (/^(bd[-_ ]?0?9(ll)?|baidu)$/i.test(s)) return 'BD09';
  const m = /^(?:EPSG:{1,2}|urn:ogc:def:crs:EPSG:[\d.]*:|https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/\d+\/)?(\d{4,6})$/i.exec(s);
  return m ? `EPSG:${Number(m[1])}` : null;
}

/** Looks up a CRS by any identifier form `parseCrsId` accepts. */
export function getCrs(input: string | number): CrsInfo | undefined {
  const id = parseCrsId(input);
  return id ? REGISTRY.get(id) : undefined;
}

/** Every supported CRS, in a stable order (for a CRS picker). */
export function listCrs(): CrsInfo[] {
  return [...REGISTRY.values()];
}

/** The Gauss-Krüger CRS of a datum family with the given central meridian. */
export function findGkCrs(datum: DatumId, centralMeridian: number, opts: { prefix: boolean; zoneWidth?: 3 | 6 }): CrsInfo | undefined {
  const widths: (3 | 6)[] = opts.zoneWidth ? [opts.zoneWidth] : [3, 6];
  for (const width of widths) {
    for (const crs of REGISTRY.values()) {
      const gk = crs.gk;
      if (gk && crs.datum === datum && gk.zoneWidth === width && gk.prefix === opts.prefix && Math.abs(gk.centralMeridian - centralMeridian) < 1e-9) return crs;
    }
  }
  return undefined;
}

/** CGCS2000 3° GK zone (without prefix) whose central meridian is nearest `lon`. */
export function cgcs2000ZoneForLon(lon: number, opts: { prefix?: boolean; zoneWidth?: 3 | 6 } = {}): CrsInfo | undefined {
  const width = opts.zoneWidth ?? 3;
  const cm = width === 3 ? Math.round(lon / 3) * 3 : Math.floor(lon / 6) * 6 + 3;
  return findGkCrs('CGCS2000', cm, { prefix: opts.prefix ?? false, zoneWidth: width });
}
