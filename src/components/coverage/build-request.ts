/**
 * From the panel's choices (CoverageParams) and the layers on the map to a
 * worker request: facilities flattened to single features with a readable
 * type, the target polygons, the roads with a cache key, the population.
 * Pure apart from reading layers; throws {@link RequestProblem} with advice.
 */
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { CoverageRequest, I18nText, NetworkInput, RadiusSpec } from '../../analysis-worker/coverage-protocol';
import { radiusOf } from '../../analysis-worker/labels';
import { pick, type Lang } from '../../i18n/lang';
import { featureKey, kindLabel, type LayerSource } from './layer-choices';
import type { CoverageParams, LayerPick } from './params';
import { classPropertyOf, speedsFor } from './road-speeds';

/** A choice that cannot be run, with what to do about it. */
export class RequestProblem extends Error {
  override name = 'RequestProblem';
  constructor(readonly text: I18nText) {
    super(text.en);
  }
  get zh(): string {
    return this.text.zh;
  }
}

export interface BuiltRequest {
  request: CoverageRequest;
  facilityCount: number;
  /** Facilities (or green spaces, origins) whose position is schematic. */
  schematicInputs: number;
  /** Road lines marked schematic (network runs). */
  schematicRoads: number;
  targetLabel: I18nText;
  /** Target polygons whose shape is schematic. */
  schematicTarget: number;
  /** Facilities left out because they lie too far from the target to reach it. */
  outOfReach: number;
}

/** Property holding the readable facility type in requests. */
export const TYPE_PROPERTY = '__type';
export const PLACED_TYPE: I18nText = { zh: '设想设施', en: 'What-if facility' };

const FC = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

function layerOrThrow(src: LayerSource, id: string): FeatureCollection {
  const fc = src.data(id);
  if (!fc) throw new RequestProblem({ zh: `找不到图层“${id}”。它可能已被移除，请重新选择。`, en: `Layer "${id}" is not on the map any more. Choose another layer.` });
  return fc;
}

/** Single-part features: a MultiPoint becomes one point per position (each serves its own area). */
function explode(f: Feature, props: Record<string, unknown>): Feature[] {
  const g = f.geometry as Geometry | null;
  if (!g) return [];
  if (g.type === 'MultiPoint') return g.coordinates.map((c, k) => ({ type: 'Feature', properties: { ...props, id: `${props.id}#${k + 1}` }, geometry: { type: 'Point', coordinates: c } }));
  return [{ type: 'Feature', properties: props, geometry: g }];
}

/** Facilities of the chosen layers (and kinds), flattened, each with a `__type` label. */
export function facilitiesOf(src: LayerSource, picks: LayerPick[], lang: Lang, allowed: Array<Geometry['type']> = ['Point', 'MultiPoint', 'Polygon', 'MultiPolygon']): Feature[] {
  const out: Feature[] = [];
  for (const pickd of picks) {
    const fc = layerOrThrow(src, pickd.layer);
    const spec = src.specs().find((s) => s.id === pickd.layer);
    const title = spec ? pick(spec.title, lang) : pickd.layer;
    fc.features.forEach((f, i) => {
      const p = f.properties ?? {};
      if (!f.geometry || !allowed.includes(f.geometry.type)) return;
      if (pickd.kinds && !pickd.kinds.includes(String(p.kind))) return;
      const type = typeof p.kind === 'string' && p.kind ? pick(kindLabel(spec, p.kind), lang) : title;
      const props = { id: featureKey(p.id, i), name: p.name ?? null, kind: p.kind ?? null, accuracy: p.accuracy ?? null, [TYPE_PROPERTY]: type };
      out.push(...explode(f, props));
    });
  }
  return out;
}

function placedFeatures(p: CoverageParams, lang: Lang): Feature[] {
  return p.placed.map(([lon, lat], i) => ({
    type: 'Feature',
    properties: { id: `placed-${i + 1}`, name: `${pick(PLACED_TYPE, lang)} ${i + 1}`, accuracy: null, [TYPE_PROPERTY]: pick(PLACED_TYPE, lang) },
    geometry: { type: 'Point', coordinates: [lon, lat] },
  }));
}

/** The target polygons and a label for them. */
export function targetOf(src: LayerSource, p: CoverageParams): { fc: FeatureCollection; label: I18nText } {
  const t = p.target;
  if (t.drawn && t.drawn.length >= 3) {
    const ring = [...t.drawn, t.drawn[0]];
    return { fc: FC([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }]), label: { zh: '所绘范围', en: 'the drawn area' } };
  }
  if (!t.layer) throw new RequestProblem({ zh: '请选择目标范围（面图层或绘制一个范围）。', en: 'Choose a target area: a polygon layer, or draw one.' });
  const fc = layerOrThrow(src, t.layer);
  const spec = src.specs().find((s) => s.id === t.layer);
  const polys = fc.features.map((f, i) => ({ f, key: featureKey(f.properties?.id, i) }))
    .filter(({ f }) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  const chosen = t.feature ? polys.filter((x) => x.key === t.feature) : polys;
  if (chosen.length === 0) {
    throw new RequestProblem({ zh: '所选目标范围中没有面要素。请选择面图层或其中的一个要素。', en: 'The chosen target has no polygon. Choose a polygon layer or one of its features.' });
  }
  const one = t.feature ? chosen[0].f.properties : null;
  const label = one ? { zh: String(one.name ?? t.feature), en: String(one.name_en ?? one.name ?? t.feature) } : spec?.title ?? { zh: t.layer, en: t.layer };
  return { fc: FC(chosen.map((x) => x.f)), label };
}

function populationOf(src: LayerSource, p: CoverageParams) {
  if (!p.population) return null;
  const layer = layerOrThrow(src, p.population.layer);
  const field = p.population.field;
  const ok = layer.features.some((f) => Number.isFinite(Number(f.properties?.[field])) && f.properties?.[field] !== '');
  if (!ok) throw new RequestProblem({ zh: `人口图层的字段“${field}”中没有数字。请选择保存人口数的字段。`, en: `The population field "${field}" holds no numbers. Choose the field with the head count.` });
  return { layer, property: field };
}

const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;
/** A number that changes whenever a layer's data object is replaced. */
function objectId(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) objectIds.set(o, (id = nextObjectId++));
  return id;
}

/** Road lines of the chosen layers, with the options and a cache key for the worker. */
export function networkOf(src: LayerSource, p: CoverageParams, mode: 'walk' | 'drive'): { input: NetworkInput; schematic: number } {
  if (p.roads.length === 0) throw new RequestProblem({ zh: '路网分析需要道路图层。请选择规划道路或导入的路网。', en: 'Network analysis needs a road layer. Choose the plan roads or an imported street network.' });
  const layers = p.roads.map((id) => layerOrThrow(src, id));
  const features = layers.flatMap((fc) => fc.features.filter((f) => f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString'));
  const lines = FC(features);
  const classProperty = classPropertyOf(lines, p.classProperty);
  const speeds = mode === 'drive' ? speedsFor(lines, classProperty, p.speeds) : undefined;
  const options = { mode, walkSpeedKmh: p.walkKmh, classProperty, speeds };
  const key = `${layers.map(objectId).join('+')}|${JSON.stringify(options)}`;
  const schematic = features.filter((f) => f.properties?.accuracy === 'schematic').length;
  return { input: { key, lines, options }, schematic };
}

export function radiusSpec(p: CoverageParams): RadiusSpec {
  return p.tier === 'custom' ? { radius: p.radius } : { tier: p.tier, fifteenMinuteRadius: p.radius15 };
}

type Box = [number, number, number, number];

function bboxOf(fs: Feature[]): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      b[0] = Math.min(b[0], c[0]); b[1] = Math.min(b[1], c[1] as number);
      b[2] = Math.max(b[2], c[0]); b[3] = Math.max(b[3], c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of fs) visit((f.geometry as { coordinates?: unknown } | null)?.coordinates);
  return b;
}

/**
 * Facilities that can reach the target within `metres` (by their bounding
 * box, with 10 % to spare). Far-away ones (township facilities when the
 * target is the county seat) add nothing but work and would inflate the
 * per-type counts.
 */
export function withinReach(facilities: Feature[], target: FeatureCollection, metres: number): Feature[] {
  const box = grownBox(target, metres);
  if (!box) return facilities;
  return facilities.filter((f) => {
    const [fw, fs, fe, fn] = bboxOf([f]);
    return fe >= box[0] && fw <= box[2] && fn >= box[1] && fs <= box[3];
  });
}

/**
 * Polygon facilities cut to the part that can matter: the target's box
 * grown by `metres` (plus 10 %). Coverage from a polygon is measured from its
 * edge, so a large forest park would otherwise be sampled along its whole
 * outline; the cut edges lie farther than `metres` from the target and add
 * no coverage.
 */
export function clipToReach(features: Feature[], target: FeatureCollection, metres: number): Feature[] {
  const box = grownBox(target, metres);
  if (!box) return features;
  const out: Feature[] = [];
  for (const f of features) {
    const g = f.geometry;
    if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') {
      out.push(f);
      continue;
    }
    const [fw, fs, fe, fn] = bboxOf([f]);
    if (fw >= box[0] && fs >= box[1] && fe <= box[2] && fn <= box[3]) {
      out.push(f);
      continue;
    }
    const cut = bboxClip(f as Feature<Polygon | MultiPolygon>, box).geometry as Polygon | MultiPolygon;
    const polys: Position[][][] = cut.type === 'Polygon' ? [cut.coordinates] : cut.coordinates;
    const kept = polys.map((p) => p.filter((ring) => ring.length >= 4)).filter((p) => p.length > 0);
    if (kept.length) out.push({ ...f, geometry: { type: 'MultiPolygon', coordinates: kept } });
  }
  return out;
}

/** The target's bounding box grown by `metres` plus 10 %, in degrees. */
function grownBox(target: FeatureCollection, metres: number): Box | null {
  const [w, s, e, n] = bboxOf(target.features);
  if (!(w <= e)) return null;
  const dLat = (metres * 1.1) / 110_574;
  const dLon = (metres * 1.1) / (111_320 * Math.cos((((s + n) / 2) * Math.PI) / 180));
  return [w - dLon, s - dLat, e + dLon, n + dLat];
}

/** Farthest one can get in `minutes` on the network (drive at the fastest class speed). */
function networkReach(minutes: number, net: NetworkInput): number {
  const kmh = net.options.mode === 'drive' ? Math.max(net.options.walkSpeedKmh, 100, ...Object.values(net.options.speeds ?? {})) : net.options.walkSpeedKmh;
  return (minutes / 60) * kmh * 1000 + 500;
}

const schematicCount = (fs: Feature[]) => fs.filter((f) => f.properties?.accuracy === 'schematic').length;

/**
 * The worker request for `p`.
 * @example
 * const { request, schematicInputs } = buildRequest(params, controllerSource(controller), 'zh');
 */
export function buildRequest(p: CoverageParams, src: LayerSource, lang: Lang): BuiltRequest {
  if (p.analysis === 'reach') {
    const origins = facilitiesOf(src, p.origins.map((layer) => ({ layer })), lang, ['Point', 'MultiPoint']);
    const places = facilitiesOf(src, p.places.map((layer) => ({ layer })), lang, ['Point', 'MultiPoint']);
    if (origins.length === 0) throw new RequestProblem({ zh: '请选择出发点图层（主中心、副中心）。', en: 'Choose the origin layers (main centre, sub-centres).' });
    if (places.length === 0) throw new RequestProblem({ zh: '请选择要检查的地点图层（乡镇驻地）。', en: 'Choose the places to check (township seats).' });
    const net = networkOf(src, p, 'drive');
    const minutes = p.minutes.length ? p.minutes : [30, 60];
    return {
      request: { kind: 'reach', origins: FC(origins), places: FC(places), network: net.input, minutes },
      facilityCount: origins.length, schematicInputs: schematicCount([...origins, ...places]), schematicRoads: net.schematic,
      targetLabel: { zh: `${places.length} 个地点`, en: `${places.length} places` }, schematicTarget: 0, outOfReach: 0,
    };
  }
  const target = targetOf(src, p);
  const schematicTarget = schematicCount(target.fc.features);
  const population = populationOf(src, p);
  if (p.analysis === 'green') {
    const allGreen = facilitiesOf(src, p.green.map((layer) => ({ layer })), lang, ['Polygon', 'MultiPolygon', 'Point']);
    const allParks = facilitiesOf(src, p.parks.map((layer) => ({ layer })), lang, ['Polygon', 'MultiPolygon', 'Point']);
    const green = clipToReach(withinReach(allGreen, target.fc, p.greenRadius), target.fc, p.greenRadius);
    const parks = clipToReach(withinReach(allParks, target.fc, p.parkRadius), target.fc, p.parkRadius);
    if (green.length === 0) throw new RequestProblem({ zh: '请选择绿地图层。', en: 'Choose a green-space layer.' });
    return {
      request: { kind: 'green', green: FC(green), parks: parks.length ? FC(parks) : null, target: target.fc, greenRadius: p.greenRadius, parkRadius: p.parkRadius, population },
      facilityCount: green.length + parks.length, schematicInputs: schematicCount([...green, ...parks]), schematicRoads: 0, targetLabel: target.label, schematicTarget,
      outOfReach: allGreen.length + allParks.length - green.length - parks.length,
    };
  }
  const layerFacilities = facilitiesOf(src, p.facilities, lang);
  const placed = placedFeatures(p, lang);
  const radius = radiusOf(radiusSpec(p));
  if (p.analysis === 'siting') {
    const candidates = p.candidates === 'placed' ? FC(placed) : null;
    if (candidates && placed.length === 0) throw new RequestProblem({ zh: '候选点取自放置的点，请先在地图上放置候选点。', en: 'Candidates come from placed points: place some on the map first.' });
    const all = candidates ? layerFacilities : [...layerFacilities, ...placed];
    const existing = withinReach(all, target.fc, radius);
    return {
      request: { kind: 'siting', existing: existing.length ? FC(existing) : null, target: target.fc, reach: radiusSpec(p), k: p.k, candidates, population },
      facilityCount: existing.length, schematicInputs: schematicCount(existing), schematicRoads: 0, targetLabel: target.label, schematicTarget,
      outOfReach: all.length - existing.length,
    };
  }
  const all = [...layerFacilities, ...placed];
  if (all.length === 0) throw new RequestProblem({ zh: '没有设施。请选择设施图层，或在地图上放置设想设施。', en: 'No facilities. Choose a facility layer, or place what-if facilities on the map.' });
  const net = p.mode === 'network' ? networkOf(src, p, p.travel) : null;
  const minutes = p.minutes.length ? p.minutes : [15];
  const facilities = withinReach(all, target.fc, net ? networkReach(Math.max(...minutes), net.input) : radius);
  if (facilities.length === 0) {
    throw new RequestProblem({ zh: '所选设施都距目标范围太远，无法覆盖。请选择附近的设施或放置设想设施。', en: 'Every chosen facility is too far from the target to reach it. Choose nearby facilities or place what-if ones.' });
  }
  const types = new Set(facilities.map((f) => f.properties?.[TYPE_PROPERTY]));
  const typeProperty = types.size >= 2 ? TYPE_PROPERTY : undefined;
  const base = { facilityCount: facilities.length, schematicInputs: schematicCount(facilities), targetLabel: target.label, schematicTarget, outOfReach: all.length - facilities.length };
  if (net) {
    return { ...base, schematicRoads: net.schematic, request: { kind: 'network', facilities: FC(facilities), target: target.fc, network: net.input, minutes, typeProperty, population } };
  }
  return { ...base, schematicRoads: 0, request: { kind: 'straight', facilities: FC(facilities), target: target.fc, reach: radiusSpec(p), typeProperty, population } };
}
