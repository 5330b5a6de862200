/** Isochrones: the area within T minutes of the nearest facility along the network. */
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import { EmptyFacilitiesError, InvalidParameterError, SnapError } from '../errors.js';
import { eachGeometry, polygonsOf, type AnyGeoJSON } from '../geojson-input.js';
import { join, networkNote, schematicNote, unsnappedNote } from '../method-notes.js';
import { closeRing, unprojectMulti, type MultiCoords } from '../planar-ops.js';
import { assemblePolygons, simplifyRing } from '../rings.js';
import { stage, type MethodNote, type RunOptions } from '../run-options.js';
import { multiArea } from '../target-measure.js';
import { nodeTimes, type NodeTimes, type Seed } from './dijkstra.js';
import type { RoadNetwork } from './graph.js';
import { CrossingRefiner } from './crossing-refine.js';
import { ContourWorkspace, contourBelow } from './marching-squares.js';
import { EdgeIndex, edgeStartOf, seedsOf, snapPositions, type EdgeStart } from './snap.js';
import { buildTimeGrid } from './time-grid.js';
import { piecesBox, timePieces, type AccessLeg } from './time-pieces.js';

export interface IsochroneOptions extends RunOptions {
  /** Thresholds in minutes (default [5, 10, 15, 30]). */
  minutes?: number[];
  /** Facilities farther than this from a road (m) are reported, not used (default 500). */
  maxSnap?: number;
  /** Walk off the road at most this far (m, default 200). */
  maxAccess?: number;
  /**
   * Grid cell for contouring (m); default extent/200, at least 5. Boundary
   * points are exact on the grid lines, so the cell only sets how finely the
   * curves between them are drawn: on a 7 km street grid the default (37 m)
   * is within 0.08 % of the area at a 4 m cell.
   */
  cellSize?: number;
  /** Throw {@link SnapError} instead of skipping unsnappable facilities. */
  strictSnap?: boolean;
  /** Projected box that must be covered by the grid (e.g. the target's); default everything reached in time: nodes, the reached parts of edges and the walks to the road. */
  box?: [number, number, number, number];
}

export interface IsochroneResult {
  /** One feature per threshold, largest first so the smaller ones draw on top. */
  isochrones: FeatureCollection<MultiPolygon, { minutes: number; area_m2: number }>;
  /** Projected polygons per threshold, same order as `minutes` ascending. */
  projected: MultiCoords[];
  minutes: number[];
  times: NodeTimes;
  facilityCount: number;
  /** Facilities with no road within `maxSnap`. */
  unsnapped: number;
  method: MethodNote;
}

/** Facility positions: points, and every vertex of lines and polygon outlines. */
export function facilityPositions(facilities: AnyGeoJSON): Position[][] {
  const out: Position[][] = [];
  eachGeometry(facilities, (g) => {
    if (g.type === 'Point') out.push([g.coordinates]);
    else if (g.type === 'MultiPoint') out.push(g.coordinates);
    else if (g.type === 'LineString') out.push(g.coordinates);
    else if (g.type === 'MultiLineString') out.push(g.coordinates.flat());
    else if (g.type !== 'GeometryCollection') out.push(polygonsOf(g).flatMap((p) => p[0]));
  });
  return out;
}

export function checkMinutes(minutes: number[]): number[] {
  if (minutes.length === 0 || minutes.some((m) => !(m > 0 && Number.isFinite(m)))) {
    throw new InvalidParameterError(
      `Isochrone times must be positive minutes, got [${minutes.join(', ')}]. Use e.g. 5, 10, 15, 30.`,
      `等时圈时间必须是大于 0 的分钟数，当前为 [${minutes.join(', ')}]。例如 5、10、15、30。`,
    );
  }
  return [...new Set(minutes)].sort((a, b) => a - b);
}

/** Where the facilities join the network: node seeds for the search, starts on their edges and their walks to the road. */
export interface FacilityStarts {
  seeds: Seed[];
  starts: EdgeStart[];
  legs: AccessLeg[];
  facilityCount: number;
  unsnapped: number;
}

/** Seeds for all facilities; counts those that could not be snapped. */
export function facilitySeeds(net: RoadNetwork, facilities: AnyGeoJSON, maxSnap: number, strict: boolean): FacilityStarts {
  const index = new EdgeIndex(net);
  const groups = facilityPositions(facilities);
  if (groups.length === 0) throw new EmptyFacilitiesError();
  const seeds: Seed[] = [];
  const starts: EdgeStart[] = [];
  const legs: AccessLeg[] = [];
  let unsnapped = 0;
  groups.forEach((positions, source) => {
    let snapped = 0;
    positions.forEach((p, k) => {
      const s = snapPositions(net, index, [p], maxSnap)[0];
      if (!s) return;
      snapped++;
      seeds.push(...seedsOf(net, s, source));
      starts.push(edgeStartOf(net, s));
      const [fx, fy] = net.proj.forward(positions[k][0], positions[k][1]);
      const u = net.edgeU[s.edge], v = net.edgeV[s.edge];
      legs.push({ fx, fy, sx: net.x[u] + s.t * (net.x[v] - net.x[u]), sy: net.y[u] + s.t * (net.y[v] - net.y[u]) });
    });
    if (snapped === 0) unsnapped++;
  });
  if (strict && unsnapped > 0) throw new SnapError(unsnapped, maxSnap);
  if (seeds.length === 0) throw new SnapError(unsnapped, maxSnap);
  return { seeds, starts, legs, facilityCount: groups.length, unsnapped };
}

/** What the time grid is built from: node times of the search, plus the facilities' own starts and walks. */
export interface TravelField {
  times: Float64Array;
  starts: readonly EdgeStart[];
  legs: readonly AccessLeg[];
}

/**
 * Grid-contoured isochrones (projected). Without `box`, the grid covers
 * everything reached in time — nodes, the reached parts of edges and the
 * facilities' walks — plus the access distance.
 */
export function contourIsochrones(net: RoadNetwork, field: TravelField, minutes: number[], o: { maxAccess: number; cellSize?: number; box?: [number, number, number, number] }, check: (f: number) => void = () => {}): { polygons: MultiCoords[]; cell: number } {
  const maxTime = minutes[minutes.length - 1] * 60;
  const pieces = timePieces(net, field.times, field.starts, field.legs, maxTime, o.maxAccess);
  const box = o.box ?? piecesBox(pieces);
  if (!box) return { polygons: minutes.map(() => []), cell: o.cellSize ?? 0 };
  const extent = Math.max(box[2] - box[0], box[3] - box[1]);
  const cell = o.cellSize ?? Math.max(5, extent / 200);
  const grid = buildTimeGrid(pieces, { box, cell });
  check(0.5);
  const ws = new ContourWorkspace(grid);
  const refiner = new CrossingRefiner(pieces, grid);
  const polygons = minutes.map((m, k) => {
    check(0.5 + (0.5 * k) / minutes.length);
    return assemblePolygons(contourBelow(grid, m * 60, ws, refiner).map((r) => simplifyRing(r, cell / 100)), cell * cell * 1e-6).map((p) => p.map(closeRing));
  });
  return { polygons, cell };
}

/**
 * Isochrones of the nearest facility on a road network: one multi-source
 * shortest-path run gives every node its time to the nearest facility; a
 * grid (road plus a short walk off it) is contoured at each threshold.
 *
 * The model: travel runs along the roads — along a facility's own edge from
 * its snap point, so a facility in the middle of a long edge covers that
 * edge — and then off the road on foot at the walking speed for at most
 * `maxAccess` metres. A road point reached with r seconds to spare thus
 * covers a disc of radius min(maxAccess, r × walking speed) around it; the
 * walk from a facility to its road covers the same way. The isochrone is the
 * union of these discs, contoured on a grid whose boundary points are placed
 * exactly on the grid lines. Example: one facility on a long straight road,
 * 30 min at 4 km/h (2,000 m) with 200 m access gives a "stadium" of
 * 2 × 1,800 m × 400 m + π × 200² m² ≈ 156.6 ha.
 *
 * @example
 * const net = buildNetwork(roads, { mode: 'walk' });
 * const iso = networkIsochrones(net, clinics, { minutes: [5, 10, 15] });
 * iso.isochrones.features.map((f) => [f.properties.minutes, f.properties.area_m2]);
 */
export function networkIsochrones(net: RoadNetwork, facilities: AnyGeoJSON, options: IsochroneOptions = {}): IsochroneResult {
  const minutes = checkMinutes(options.minutes ?? [5, 10, 15, 30]);
  const maxAccess = options.maxAccess ?? 200;
  const start = stage(options, 0, 0.1);
  start(0);
  const { seeds, starts, legs, facilityCount, unsnapped } = facilitySeeds(net, facilities, options.maxSnap ?? 500, !!options.strictSnap);
  const times = nodeTimes(net, seeds, minutes[minutes.length - 1] * 60, stage(options, 0.1, 0.3));
  const { polygons: projected, cell } = contourIsochrones(net, { times: times.time, starts, legs }, minutes, { maxAccess, cellSize: options.cellSize, box: options.box }, stage(options, 0.3, 0.9));
  const check = stage(options, 0.9, 1);
  const features: Array<Feature<MultiPolygon, { minutes: number; area_m2: number }>> = projected.map((p, k) => {
    const coords = unprojectMulti(net.proj, p);
    check(k / projected.length);
    return { type: 'Feature', properties: { minutes: minutes[k], area_m2: multiArea(coords) }, geometry: { type: 'MultiPolygon', coordinates: coords } };
  });
  return {
    isochrones: { type: 'FeatureCollection', features: features.reverse() },
    projected,
    minutes,
    times,
    facilityCount,
    unsnapped,
    method: join(
      networkNote(net.mode, minutes, +(net.walkSpeed * 3.6).toFixed(2), maxAccess, +cell.toFixed(1)),
      unsnappedNote(unsnapped),
      schematicNote(net.schematicLines),
    ),
  };
}
