/**
 * Runs one {@link CoverageRequest} with the pure analysis module and
 * normalises the result. Road networks come from the caller (the worker's
 * cache), so a second run on the same roads skips building the graph.
 */
import type { Feature, FeatureCollection } from 'geojson';
import {
  coverageByType, greenAccess, networkCoverage, reachability, SnapError, straightLineCoverage, suggestSites,
  type CoverageLevel, type MethodNote, type RoadNetwork, type TypeCoverageResult,
} from '../analysis/index';
import type { CoverageOutcome, CoverageRequest, NetworkInput, NetworkSpec } from './coverage-protocol';
import { radiusLabel } from './labels';
import { greenOutcome, networkOutcome, reachOutcome, sitingOutcome, straightOutcome } from './outcome';

export interface RunContext {
  signal: AbortSignal;
  /** Progress of the analysis proper, 0–1. */
  progress(fraction: number): void;
  /** The network for `input`, cached or built (may yield to the event loop to see a cancel). */
  network(input: NetworkInput): Promise<{ net: RoadNetwork; reused: boolean }>;
}

function speedNote(spec: NetworkSpec): MethodNote | null {
  if (spec.mode !== 'drive' || !spec.speeds || Object.keys(spec.speeds).length === 0) return null;
  const list = Object.entries(spec.speeds).map(([k, v]) => `${k} ${v}`).join('，');
  return { zh: `所用车速（公里/小时）：${list}。`, en: `Speeds used (km/h): ${list.replace(/，/g, ', ')}.` };
}

const plus = (a: MethodNote, ...more: Array<MethodNote | null>): MethodNote => ({
  zh: [a, ...more].filter((n): n is MethodNote => !!n).map((n) => n.zh).join(''),
  en: [a, ...more].filter((n): n is MethodNote => !!n).map((n) => n.en).join(' '),
});

const TYPES_FAILED: MethodNote = {
  zh: '分类型统计因几何运算失败而省略（总覆盖率不受影响），请报告所用图层。',
  en: 'The per-type table was left out because a polygon operation failed (the total is unaffected); please report the layers used.',
};

/** Facilities grouped by the value of `key` (features without it are left out). */
export function groupByType(facilities: FeatureCollection, key: string): Map<string, Feature[]> {
  const groups = new Map<string, Feature[]>();
  for (const f of facilities.features) {
    const t = f.properties?.[key];
    if (t === undefined || t === null || t === '') continue;
    const list = groups.get(String(t));
    if (list) list.push(f);
    else groups.set(String(t), [f]);
  }
  return groups;
}

/** Maps progress of one step of a run into [from, to]. */
const span = (ctx: RunContext, from: number, to: number) => (f: number) => ctx.progress(from + (to - from) * f);

export async function runCoverage(req: CoverageRequest, ctx: RunContext): Promise<CoverageOutcome> {
  const { signal } = ctx;
  const pop = 'population' in req && req.population ? { population: req.population.layer, populationProperty: req.population.property } : {};
  switch (req.kind) {
    case 'straight': {
      const groups = req.typeProperty ? groupByType(req.facilities, req.typeProperty) : new Map();
      const split = groups.size >= 2;
      const r = straightLineCoverage(req.facilities, req.target, { ...req.reach, ...pop, signal, onProgress: span(ctx, 0, split ? 0.5 : 1) });
      let byType: TypeCoverageResult | null = null;
      let failed = false;
      if (split) {
        try {
          byType = coverageByType(req.facilities, req.target, { ...req.reach, ...pop, typeProperty: req.typeProperty, signal, onProgress: span(ctx, 0.5, 1) });
        } catch (e) {
          // The per-type table is extra: a polygon-clipping failure there must not lose the main result.
          if (signal.aborted || (e as { zh?: unknown }).zh !== undefined) throw e;
          failed = true;
        }
      }
      const out = straightOutcome(r, radiusLabel(req.reach), byType);
      if (failed) out.method = plus(out.method, TYPES_FAILED);
      return out;
    }
    case 'network': {
      const { net, reused } = await ctx.network(req.network);
      const groups = req.typeProperty ? groupByType(req.facilities, req.typeProperty) : new Map<string, Feature[]>();
      const split = groups.size >= 2;
      const r = networkCoverage(req.facilities, net, req.target, { minutes: req.minutes, ...pop, signal, onProgress: span(ctx, 0, split ? 0.6 : 1) });
      const perType: Array<{ type: string; count: number; level: CoverageLevel | null }> = [];
      if (split) {
        const longest = [Math.max(...req.minutes)];
        let k = 0;
        for (const [type, list] of groups) {
          const step = span(ctx, 0.6 + (0.4 * k) / groups.size, 0.6 + (0.4 * (k + 1)) / groups.size);
          let level: CoverageLevel | null = null;
          try {
            level = networkCoverage({ type: 'FeatureCollection', features: list }, net, req.target, { minutes: longest, ...pop, signal, onProgress: step }).levels[0];
          } catch (e) {
            // A type whose every facility is off the roads covers nothing by network.
            if (!(e instanceof SnapError)) throw e;
          }
          perType.push({ type, count: list.length, level });
          k++;
        }
      }
      const out = networkOutcome(r, perType, plus(r.method, speedNote(req.network.options)));
      out.networkReused = reused;
      return out;
    }
    case 'green': {
      const greenRadius = req.greenRadius ?? 300;
      const parkRadius = req.parkRadius ?? 500;
      const r = greenAccess(req.green, req.parks, req.target, { greenRadius, parkRadius, ...pop, signal, onProgress: span(ctx, 0, 1) });
      return greenOutcome(r, greenRadius, parkRadius);
    }
    case 'reach': {
      const { net, reused } = await ctx.network(req.network);
      const r = reachability(net, req.origins, req.places, { minutes: req.minutes, signal, onProgress: span(ctx, 0, 1) });
      const origins = req.origins.features.map((f, i) => String(f.properties?.name ?? `#${i + 1}`));
      const out = reachOutcome(r, origins);
      out.method = plus(out.method, speedNote(req.network.options));
      out.networkReused = reused;
      return out;
    }
    case 'siting': {
      const r = suggestSites(req.existing, req.target, { ...req.reach, k: req.k, candidates: req.candidates ?? null, ...pop, signal, onProgress: span(ctx, 0, 0.8) });
      const all: FeatureCollection = { type: 'FeatureCollection', features: [...(req.existing?.features ?? []), ...r.picks.features] };
      const after = all.features.length > 0
        ? straightLineCoverage(all, req.target, { ...req.reach, ...pop, signal, onProgress: span(ctx, 0.8, 1) })
        : null;
      return sitingOutcome(r, after, req.k);
    }
  }
}
