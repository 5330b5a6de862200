/**
 * Where to build next: greedy maximal covering. Demand is sampled on a grid
 * over the target (or taken from a population layer); each step picks the
 * candidate site that covers the most still-uncovered demand. Coverage before
 * and after every pick is then measured exactly, with the union of circles.
 */
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { projectedCoverage } from './coverage-union.js';
import { InvalidParameterError } from './errors.js';
import { eachGeometry, polygonsOf, type AnyGeoJSON } from './geojson-input.js';
import { join, schematicNote, weightingNote } from './method-notes.js';
import { multiBBox, type MultiCoords } from './planar-ops.js';
import { PolygonIndex } from './polygon-index.js';
import { populationCovered, type PopulationResult } from './population.js';
import { stage, type MethodNote, type RunOptions } from './run-options.js';
import { resolveRadius, type PopulationOptions } from './straight-coverage.js';
import { measureAgainstTarget, prepareTarget, schematicCount, type TargetFrame } from './target-measure.js';
import type { LifeCircleTier } from './life-circle.js';
import { greedyPicks } from './greedy.js';

export interface SitingOptions extends RunOptions, PopulationOptions {
  /** Number of new facilities (default 2). */
  k?: number;
  radius?: number;
  tier?: LifeCircleTier;
  fifteenMinuteRadius?: number;
  /** Candidate sites (points); default a grid over the target. */
  candidates?: AnyGeoJSON | null;
  /** Grid spacing of generated candidates, m (default radius / 2). */
  candidateSpacing?: number;
  /** Spacing of area demand samples, m (default radius / 10, coarser for large targets). */
  demandSpacing?: number;
  steps?: number;
}

export interface SitingStep {
  /** 0 = existing facilities only. */
  picks: number;
  coveredArea: number;
  share: number;
  population: PopulationResult | null;
}

export interface SitingResult {
  picks: FeatureCollection<Point, { rank: number; estimatedGain: number; share_after: number }>;
  /** Exact coverage with existing facilities, then after each pick. Never decreasing. */
  steps: SitingStep[];
  before: SitingStep;
  after: SitingStep;
  /** True when fewer than k sites add any coverage. */
  stoppedEarly: boolean;
  candidateCount: number;
  demandCount: number;
  weighting: 'area' | 'population';
  method: MethodNote;
}

interface Demand { x: number[]; y: number[]; w: number[] }

function gridInside(frame: TargetFrame, index: PolygonIndex, spacing: number): Position[] {
  const [x0, y0, x1, y1] = multiBBox(frame.target);
  const out: Position[] = [];
  for (let y = y0 + spacing / 2; y < y1; y += spacing) {
    for (let x = x0 + spacing / 2; x < x1; x += spacing) if (index.contains(x, y)) out.push([x, y]);
  }
  return out;
}

function demandOf(frame: TargetFrame, index: PolygonIndex, spacing: number, o: SitingOptions): Demand {
  const d: Demand = { x: [], y: [], w: [] };
  if (o.population) {
    const key = o.populationProperty ?? 'population';
    eachGeometry(o.population, (g, props) => {
      const v = Number(props?.[key]);
      if (!(v > 0)) return;
      const pts: Position[] = g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates
        : polygonsOf(g).map((p) => { const r = p[0]; return r.slice(0, -1).reduce((s, q) => [s[0] + q[0] / (r.length - 1), s[1] + q[1] / (r.length - 1)], [0, 0]); });
      for (const p of pts) {
        const [x, y] = frame.proj.forward(p[0], p[1]);
        if (index.contains(x, y)) { d.x.push(x); d.y.push(y); d.w.push(v / pts.length); }
      }
    });
    return d;
  }
  for (const [x, y] of gridInside(frame, index, spacing)) { d.x.push(x); d.y.push(y); d.w.push(spacing * spacing); }
  return d;
}

/**
 * Picks up to `k` new facility sites that add the most coverage of the target
 * (area, or population when a population layer is given), and reports the
 * coverage before and after.
 *
 * @example
 * const r = suggestSites(clinics, countySeat, { k: 2, tier: '15min' });
 * r.picks.features.map((f) => f.geometry.coordinates); // two new sites
 * [r.before.share, r.after.share];                     // → [0.62, 0.81]
 */
export function suggestSites(existing: AnyGeoJSON | null, target: AnyGeoJSON, options: SitingOptions = {}): SitingResult {
  const k = options.k ?? 2;
  if (!(Number.isInteger(k) && k >= 1 && k <= 100)) {
    throw new InvalidParameterError(`The number of new sites must be a whole number from 1 to 100, got ${k}.`, `新增设施数量必须是 1 到 100 的整数，当前为 ${k}。`);
  }
  const radius = resolveRadius(options);
  const steps = options.steps ?? 64;
  const frame = prepareTarget(target, [existing, options.candidates]);
  const index = new PolygonIndex(frame.target);
  const demandSpacing = options.demandSpacing ?? Math.max(radius / 10, Math.sqrt(frame.targetArea / 40000));
  const demand = demandOf(frame, index, demandSpacing, options);
  const hasExisting = !!existing && (existing.type !== 'FeatureCollection' || existing.features.length > 0);
  const covered = new Uint8Array(demand.x.length);
  if (hasExisting) {
    const cov = projectedCoverage(existing, { radius, steps }, frame.proj);
    const ci = new PolygonIndex(cov.coverage);
    for (let i = 0; i < covered.length; i++) covered[i] = ci.contains(demand.x[i], demand.y[i]) ? 1 : 0;
  }
  const cands: Position[] = [];
  if (options.candidates) {
    eachGeometry(options.candidates, (g) => {
      const pts = g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates : [];
      for (const p of pts) cands.push(frame.proj.forward(p[0], p[1]));
    });
  } else {
    cands.push(...gridInside(frame, index, options.candidateSpacing ?? radius / 2));
  }
  const chosen = greedyPicks(demand, covered, cands, radius, k, stage(options, 0.05, 0.5));
  const exact = (n: number): SitingStep => {
    const pts: Feature[] = chosen.slice(0, n).map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: frame.proj.inverse(cands[c.index][0], cands[c.index][1]) } }));
    const fc: FeatureCollection = { type: 'FeatureCollection', features: [...(hasExisting ? featuresOf(existing!) : []), ...pts] };
    if (fc.features.length === 0) return { picks: n, coveredArea: 0, share: 0, population: options.population ? populationCovered([], options.population, { property: options.populationProperty ?? 'population', within: frame.targetLonLat }) : null };
    const cov: MultiCoords = projectedCoverage(fc, { radius, steps }, frame.proj).coverage;
    const m = measureAgainstTarget(frame, cov);
    const population = options.population ? populationCovered(m.coveredLonLat, options.population, { property: options.populationProperty ?? 'population', within: frame.targetLonLat }) : null;
    return { picks: n, coveredArea: m.coveredArea, share: m.share, population };
  };
  const stepsOut: SitingStep[] = [];
  for (let n = 0; n <= chosen.length; n++) {
    stage(options, 0.5, 1)(n / (chosen.length + 1));
    stepsOut.push(exact(n));
  }
  stage(options, 0.5, 1)(1);
  return {
    picks: {
      type: 'FeatureCollection',
      features: chosen.map((c, i) => ({
        type: 'Feature',
        properties: { rank: i + 1, estimatedGain: c.gain, share_after: stepsOut[i + 1].share },
        geometry: { type: 'Point', coordinates: frame.proj.inverse(cands[c.index][0], cands[c.index][1]) },
      })),
    },
    steps: stepsOut,
    before: stepsOut[0],
    after: stepsOut[stepsOut.length - 1],
    stoppedEarly: chosen.length < k,
    candidateCount: cands.length,
    demandCount: demand.x.length,
    weighting: options.population ? 'population' : 'area',
    method: join(
      {
        zh: `选址建议：贪心最大覆盖——在 ${cands.length} 个候选点中依次选出新增覆盖${options.population ? '人口' : '面积'}最多的位置（需求以 ${Math.round(demandSpacing)} 米网格抽样${options.population ? '，人口取自人口图层' : ''}），半径 ${radius} 米（直线距离）；前后覆盖率按精确的圆并集计算。贪心结果接近但不保证为最优；候选点未考虑用地、产权与建设条件，需规划人员核实。`,
        en: `Site suggestions: greedy maximal covering — from ${cands.length} candidates, each step picks the site adding the most uncovered ${options.population ? 'population' : 'area'} (demand sampled on a ${Math.round(demandSpacing)} m grid${options.population ? ', people from the population layer' : ''}), radius ${radius} m (straight line); coverage before and after uses the exact union of circles. Greedy is near-optimal but not guaranteed optimal; candidates ignore land use, ownership and buildability, which planners must check.`,
      },
      weightingNote(!!options.population, options.populationProperty ?? 'population'),
      schematicNote(schematicCount([existing, target, options.candidates])),
    ),
  };
}

function featuresOf(x: AnyGeoJSON): Feature[] {
  if (x.type === 'FeatureCollection') return x.features;
  if (x.type === 'Feature') return [x];
  return [{ type: 'Feature', properties: {}, geometry: x }];
}
