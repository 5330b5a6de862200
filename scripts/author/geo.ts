/**
 * Geometry helpers for the authored plan layers. Every shape made here is
 * schematic except the township seats, which come from
 * `layers/reference/township-seats.geojson` unchanged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';

export type LonLat = [number, number];

export const LAYERS = resolve(process.env.PLAN_LAYERS ?? 'layers');

interface SeatProps { id: string; name: string; name_en: string; short: string }

const seatFile = JSON.parse(readFileSync(resolve(LAYERS, 'reference/township-seats.geojson'), 'utf8')) as {
  features: Array<{ properties: SeatProps; geometry: { coordinates: LonLat } }>;
};
const SEATS = new Map(seatFile.features.map((f) => [f.properties.id.replace(/^seat_/, ''), f]));

/** Keys of the township seats, e.g. `wulichuan`, plus `county_government`. */
export type SeatKey = string;

/** Coordinates of a seat exactly as the reference file gives them. */
export function seat(key: SeatKey): LonLat {
  const f = SEATS.get(key);
  if (!f) throw new Error(`no township seat "${key}" in layers/reference/township-seats.geojson`);
  return [...f.geometry.coordinates] as LonLat;
}

export function seatName(key: SeatKey): string {
  return SEATS.get(key)!.properties.name;
}

/** All township seats (not the county government), in file order. */
export function allTownSeats(): SeatKey[] {
  return [...SEATS.keys()].filter((k) => k !== 'county_government');
}

export const SEAT_SOURCE = 'Vonng/adcode (CC BY 4.0), Amap district centre, GCJ-02 → WGS84, ≈100 m';

/** The county government point (issue 3). */
export const GOV: LonLat = seat('county_government');

const KM_LAT = 110.574;
const kmLon = (lat: number) => 111.32 * Math.cos((lat * Math.PI) / 180);

/** Point `dx` km east and `dy` km north of `p`. */
export function off(p: LonLat, dx: number, dy: number): LonLat {
  return [p[0] + dx / kmLon(p[1]), p[1] + dy / KM_LAT];
}

/** Point at `dx`, `dy` km from the county government (the county-seat frame). */
export const cs = (dx: number, dy: number): LonLat => off(GOV, dx, dy);

const r5 = (n: number) => Math.round(n * 1e5) / 1e5;

function roundPositions(c: unknown): unknown {
  if (typeof c === 'number') return r5(c);
  return (c as unknown[]).map(roundPositions);
}

/** Rounds a geometry to 5 decimals (≈1 m): schematic shapes need no more. */
export function rounded<G extends Geometry>(g: G): G {
  if (g.type === 'GeometryCollection') return g;
  return { ...g, coordinates: roundPositions((g as { coordinates: unknown }).coordinates) } as G;
}

export const point = (p: LonLat): Geometry => ({ type: 'Point', coordinates: p });
export const multiPoint = (ps: LonLat[]): Geometry => ({ type: 'MultiPoint', coordinates: ps });
export const line = (ps: LonLat[]): Geometry => rounded({ type: 'LineString', coordinates: ps });

/** Rectangle in county-seat km with chamfered corners, so it reads as a diagram, not a parcel. */
export function block(x0: number, y0: number, x1: number, y1: number, chamfer = 0.3): Geometry {
  const c = Math.min(chamfer, (x1 - x0) / 3, (y1 - y0) / 3);
  const ring = [
    cs(x0 + c, y0), cs(x1 - c, y0), cs(x1, y0 + c), cs(x1, y1 - c),
    cs(x1 - c, y1), cs(x0 + c, y1), cs(x0, y1 - c), cs(x0, y0 + c),
  ];
  return rounded({ type: 'Polygon', coordinates: [[...ring, ring[0]]] });
}

/** Ellipse of radii `rx`, `ry` km around `c`. */
export function ellipse(c: LonLat, rx: number, ry: number, n = 48): Geometry {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    ring.push(off(c, rx * Math.cos(a), ry * Math.sin(a)));
  }
  ring.push(ring[0]);
  return clipToCounty(rounded({ type: 'Polygon', coordinates: [ring] }));
}

/** Band of half-width `km` around a polyline (a stadium around a pair of towns). */
export function band(ps: LonLat[], km: number): Geometry {
  const b = turf.buffer(turf.lineString(ps), km, { units: 'kilometers', steps: 12 });
  return clipToCounty(rounded(b!.geometry));
}

/** Convex hull of points, widened by `km`. */
export function hull(ps: LonLat[], km: number): Geometry {
  const h = turf.convex(turf.featureCollection(ps.map((p) => turf.point(p))));
  const b = turf.buffer(h!, km, { units: 'kilometers', steps: 12 });
  return clipToCounty(rounded(b!.geometry));
}

/** Centroid of a polygon geometry (for facilities the plan puts "in" a zone). */
export function centre(g: Geometry): LonLat {
  const c = turf.centroid(g as Polygon).geometry.coordinates;
  return [r5(c[0]), r5(c[1])];
}

export const midpoint = (a: LonLat, b: LonLat): LonLat => [r5((a[0] + b[0]) / 2), r5((a[1] + b[1]) / 2)];

// ---- county outline (from the reference helper, when present) -------------

const COUNTY_FILE = resolve(LAYERS, 'reference/county.geojson');
let county: Feature<Polygon | MultiPolygon> | null | undefined;

/** The county outline, or `null` while `layers/reference/county.geojson` does not exist. */
export function countyOutline(): Feature<Polygon | MultiPolygon> | null {
  if (county !== undefined) return county;
  if (!existsSync(COUNTY_FILE)) return (county = null);
  const fc = JSON.parse(readFileSync(COUNTY_FILE, 'utf8')) as { features: Feature<Polygon | MultiPolygon>[] };
  const polys = fc.features.filter((f) => f.geometry && /Polygon$/.test(f.geometry.type));
  county = polys.length === 1 ? polys[0] : (turf.union(turf.featureCollection(polys)) as Feature<Polygon | MultiPolygon>);
  return county;
}

/** Keeps a schematic polygon inside the county (no-op until the outline exists). */
export function clipToCounty(g: Geometry): Geometry {
  const c = countyOutline();
  if (!c || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return g;
  const cut = turf.intersect(turf.featureCollection([turf.feature(g as Polygon), c]));
  return cut ? rounded(cut.geometry) : g;
}

/**
 * A straight line from `from` toward `target` that stops where it leaves the
 * county; `fallbackKm` long when there is no outline yet. For roads whose far
 * end lies outside the county (栾川, 豫陕界, 洛三市界).
 */
export function toBoundary(from: LonLat[], target: LonLat, fallbackKm = 25): Geometry {
  const start = from[from.length - 1];
  const c = countyOutline();
  let end: LonLat;
  if (c) {
    const ray = turf.lineString([start, target]);
    const hits = turf.lineIntersect(ray, turf.polygonToLine(c) as Feature<LineString>).features
      .map((f) => f.geometry.coordinates as LonLat)
      .sort((a, b) => turf.distance(start, a) - turf.distance(start, b));
    end = hits[0] ?? target;
  } else {
    const d = turf.distance(start, target);
    const along = turf.along(turf.lineString([start, target]), Math.min(fallbackKm, d));
    end = along.geometry.coordinates as LonLat;
  }
  return line([...from, end]);
}

/** The whole county outline as a schematic-free polygon (county-wide designations). */
export function countyGeometry(): Geometry | null {
  const c = countyOutline();
  return c ? c.geometry : null;
}
