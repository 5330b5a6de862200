/**
 * County-scale reachability: which places (e.g. township seats) lie within N
 * minutes of an origin (the main centre, a sub-centre) along the roads.
 */
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { EmptyFacilitiesError } from '../errors.js';
import { eachGeometry, type AnyGeoJSON } from '../geojson-input.js';
import { join, networkNote, schematicNote } from '../method-notes.js';
import { stage, type MethodNote, type RunOptions } from '../run-options.js';
import { nodeTimes } from './dijkstra.js';
import type { RoadNetwork } from './graph.js';
import { checkMinutes } from './isochrones.js';
import { EdgeIndex, edgeStartOf, seedsOf, timeAtSnap } from './snap.js';

export interface ReachabilityOptions extends RunOptions {
  /** Thresholds in minutes (default [30, 60]). */
  minutes?: number[];
  /** Snap distance, m (default 2000: township seats may sit off the mapped roads). */
  maxSnap?: number;
  /** Property used to name places and origins (default 'name'). */
  nameProperty?: string;
}

export interface ReachRow {
  origin: string;
  place: string;
  /** Minutes, or null when unreachable (no road near the place, or not connected). */
  minutes: number | null;
  /** For each threshold: reached within it. */
  within: Record<string, boolean>;
}

export interface ReachabilityResult {
  rows: ReachRow[];
  /** Places as points with, per origin, `minutes_<origin>` properties — ready to style on the map. */
  places: FeatureCollection<Point, Record<string, unknown>>;
  minutes: number[];
  method: MethodNote;
}

function points(input: AnyGeoJSON, nameProperty: string): Array<{ name: string; p: Position; props: Record<string, unknown> }> {
  const out: Array<{ name: string; p: Position; props: Record<string, unknown> }> = [];
  eachGeometry(input, (g, props, i) => {
    if (g.type === 'Point') out.push({ name: String(props?.[nameProperty] ?? `#${i + 1}`), p: g.coordinates, props: { ...props } });
  });
  return out;
}

/**
 * Travel time from each origin to each place, and whether it is within each
 * threshold ("辐射" of a sub-centre over its townships).
 *
 * @example
 * const net = buildNetwork(roads, { mode: 'drive' });
 * const r = reachability(net, centres, townshipSeats, { minutes: [30, 60] });
 * r.rows.filter((x) => x.within['30']).map((x) => x.place);
 */
export function reachability(net: RoadNetwork, origins: AnyGeoJSON, places: AnyGeoJSON, options: ReachabilityOptions = {}): ReachabilityResult {
  const minutes = checkMinutes(options.minutes ?? [30, 60]);
  const nameProperty = options.nameProperty ?? 'name';
  const maxSnap = options.maxSnap ?? 2000;
  const o = points(origins, nameProperty);
  const pl = points(places, nameProperty);
  if (o.length === 0) throw new EmptyFacilitiesError();
  const index = new EdgeIndex(net);
  const snapOf = (p: Position) => {
    const [x, y] = net.proj.forward(p[0], p[1]);
    return index.nearest(x, y, maxSnap);
  };
  const placeSnaps = pl.map((q) => snapOf(q.p));
  const rows: ReachRow[] = [];
  const features: Array<Feature<Point, Record<string, unknown>>> = pl.map((q) => ({
    type: 'Feature', properties: { ...q.props }, geometry: { type: 'Point', coordinates: q.p },
  }));
  o.forEach((origin, k) => {
    stage(options, k / o.length, (k + 1) / o.length)(0);
    const snap = snapOf(origin.p);
    const times = snap ? nodeTimes(net, seedsOf(net, snap, 0)).time : null;
    const starts = snap ? [edgeStartOf(net, snap)] : [];
    pl.forEach((place, i) => {
      const s = placeSnaps[i];
      const sec = times && s ? timeAtSnap(net, times, s, starts) : Infinity;
      const min = Number.isFinite(sec) ? sec / 60 : null;
      const within: Record<string, boolean> = {};
      for (const m of minutes) within[String(m)] = min !== null && min <= m;
      rows.push({ origin: origin.name, place: place.name, minutes: min, within });
      features[i].properties[`minutes_${origin.name}`] = min === null ? null : Math.round(min * 10) / 10;
    });
  });
  stage(options, 1, 1)(1);
  return {
    rows,
    places: { type: 'FeatureCollection', features },
    minutes,
    method: join(networkNote(net.mode, minutes, +(net.walkSpeed * 3.6).toFixed(2), maxSnap, 0), schematicNote(net.schematicLines), {
      zh: '到各点的时间按最近道路计，道路外以步行计。',
      en: 'Times run to the nearest road of each place, then on foot.',
    }),
  };
}
