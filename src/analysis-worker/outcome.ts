/**
 * Turns each analysis result into the one shape the panel draws and
 * tabulates ({@link CoverageOutcome}). Pure; runs in the worker.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import type {
  CoverageLevel, CoverageResult, GreenAccessResult, MethodNote, NetworkCoverageResult, ReachabilityResult, SitingResult, TypeCoverageResult,
} from '../analysis/index';
import type { AreaStat, CoverageKind, CoverageOutcome, I18nText, OutcomeLevel, OutcomeType } from './coverage-protocol';

const fc = <T extends Feature>(features: T[]): FeatureCollection<T['geometry'], T['properties']> =>
  ({ type: 'FeatureCollection', features }) as FeatureCollection<T['geometry'], T['properties']>;

/** An outcome with nothing in it yet. */
export function emptyOutcome(kind: CoverageKind, method: MethodNote): CoverageOutcome {
  return {
    kind, method, targetArea: 0, weighting: 'area', facilityCount: 0, unsnapped: 0,
    levels: [], types: [], allTypes: null,
    covered: fc([]), gaps: fc([]), bands: fc([]), sites: fc([]), places: fc([]),
    reach: null, siting: null, elapsedMs: 0, networkReused: false,
  };
}

const stat = (x: { coveredArea: number; share: number; population: AreaStat['population'] }, targetArea: number, gapArea?: number): AreaStat => ({
  coveredArea: x.coveredArea,
  gapArea: gapArea ?? Math.max(0, targetArea - x.coveredArea),
  share: x.share,
  population: x.population,
});

const band = (g: Feature<MultiPolygon, unknown>, key: string, area: number) =>
  ({ type: 'Feature' as const, properties: { band: key, area_m2: area }, geometry: g.geometry });

const TYPE_NOTE: I18nText = {
  zh: '分类型覆盖按每类设施分别计算；“全部类型”指同时位于每一类设施服务半径内的范围。',
  en: 'Per-type coverage is computed for each facility type separately; "all types" is the area within reach of every type at once.',
};

/** Straight-line coverage, with the per-type breakdown when there are several types. */
export function straightOutcome(r: CoverageResult, label: I18nText, byType: TypeCoverageResult | null): CoverageOutcome {
  const several = !!byType && byType.types.length >= 2;
  const out = emptyOutcome('straight', several ? { zh: r.method.zh + TYPE_NOTE.zh, en: `${r.method.en} ${TYPE_NOTE.en}` } : r.method);
  out.targetArea = r.targetArea;
  out.weighting = r.weighting;
  out.facilityCount = r.facilityCount;
  out.levels = [{ key: String(r.radius), label, ...stat(r, r.targetArea, r.gapArea) }];
  out.covered = fc([r.covered]);
  out.gaps = r.gaps;
  if (byType && several) {
    out.types = byType.types.map((t): OutcomeType => ({ type: t.type, count: t.count, ...stat(t, byType.targetArea) }));
    out.allTypes = { ...stat(byType.all, byType.targetArea), missing: byType.all.missing };
  }
  return out;
}

const minutesLabel = (m: number): I18nText => ({ zh: `${m} 分钟`, en: `${m} min` });

/** Network coverage per time threshold; the headline (drawn) level is the longest. */
export function networkOutcome(r: NetworkCoverageResult, perType: Array<{ type: string; count: number; level: CoverageLevel | null }>, method: MethodNote): CoverageOutcome {
  const out = emptyOutcome('network', method);
  out.targetArea = r.targetArea;
  out.weighting = r.weighting;
  out.facilityCount = r.facilityCount;
  out.unsnapped = r.unsnapped;
  out.levels = r.levels.map((l): OutcomeLevel => ({ key: String(l.minutes), label: minutesLabel(l.minutes), ...stat(l, r.targetArea, l.gapArea) }));
  const last = r.levels[r.levels.length - 1];
  if (last) {
    out.covered = fc([last.covered]);
    out.gaps = last.gaps;
  }
  out.bands = fc(r.isochrones.features.map((f) => band(f, String(f.properties.minutes), f.properties.area_m2)));
  if (perType.length >= 2) {
    out.types = perType.map((t): OutcomeType => ({
      type: t.type, count: t.count,
      ...(t.level ? stat(t.level, r.targetArea, t.level.gapArea) : { coveredArea: 0, gapArea: r.targetArea, share: 0, population: null }),
    }));
  }
  return out;
}

/** "300米见绿、500米见园": green, park and both; the drawn gaps are where the check fails. */
export function greenOutcome(r: GreenAccessResult, greenRadius: number, parkRadius: number): CoverageOutcome {
  const out = emptyOutcome('green', r.method);
  out.targetArea = r.targetArea;
  out.weighting = r.weighting;
  out.levels = [
    { key: 'green', label: { zh: `${greenRadius} 米内有绿地`, en: `Green space within ${greenRadius} m` }, ...stat(r.green, r.targetArea) },
    { key: 'park', label: { zh: `${parkRadius} 米内有公园`, en: `Park within ${parkRadius} m` }, ...stat(r.park, r.targetArea) },
    { key: 'both', label: { zh: '两项均满足', en: 'Both' }, ...stat(r.both, r.targetArea) },
  ];
  out.covered = fc([r.both.covered]);
  out.gaps = r.both.gaps;
  return out;
}

/** Reachability: each place gets its best time over all origins and a band for the map. */
export function reachOutcome(r: ReachabilityResult, origins: string[]): CoverageOutcome {
  const out = emptyOutcome('reach', r.method);
  const [short, long] = [r.minutes[0], r.minutes[r.minutes.length - 1]];
  const places = r.places.features.map((f): Feature<Point, Record<string, unknown>> => {
    const times = origins.map((o) => f.properties[`minutes_${o}`]).filter((v): v is number => typeof v === 'number');
    const best = times.length ? Math.min(...times) : null;
    const b = best === null ? 'none' : best <= short ? String(short) : best <= long ? String(long) : 'none';
    return { ...f, properties: { ...f.properties, minutes: best, band: b } };
  });
  out.places = fc(places);
  out.facilityCount = origins.length;
  out.reach = {
    origins,
    places: r.places.features.map((f, i) => String(f.properties.name ?? `#${i + 1}`)),
    minutes: r.minutes,
    rows: r.rows,
  };
  out.levels = r.minutes.map((m): OutcomeLevel => {
    const n = places.filter((p) => typeof p.properties.minutes === 'number' && (p.properties.minutes as number) <= m).length;
    const share = places.length ? n / places.length : 0;
    return { key: String(m), label: minutesLabel(m), coveredArea: 0, gapArea: 0, share, population: null };
  });
  return out;
}

/** Where to build next: before/after rows, the picks, and the coverage with them drawn. */
export function sitingOutcome(r: SitingResult, after: CoverageResult | null, k: number): CoverageOutcome {
  const out = emptyOutcome('siting', r.method);
  out.targetArea = after?.targetArea ?? 0;
  out.weighting = r.weighting;
  out.facilityCount = after?.facilityCount ?? 0;
  const ta = out.targetArea;
  out.levels = [
    { key: 'before', label: { zh: '现有设施', en: 'Existing facilities' }, ...stat(r.before, ta) },
    { key: 'after', label: { zh: `新增 ${r.picks.features.length} 处后`, en: `With ${r.picks.features.length} new` }, ...stat(r.after, ta) },
  ];
  out.siting = { steps: r.steps.map((s) => ({ picks: s.picks, ...stat(s, ta) })), stoppedEarly: r.stoppedEarly || r.picks.features.length < k, candidateCount: r.candidateCount };
  out.sites = fc(r.picks.features.map((f) => ({ ...f, properties: { rank: f.properties.rank, share_after: f.properties.share_after } })));
  if (after) {
    out.covered = fc([after.covered]);
    out.gaps = after.gaps;
  }
  return out;
}
