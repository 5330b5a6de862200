import type { Feature, FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createCoverageHandler } from './coverage-handler';
import type { CoverageOutcome, CoverageRequest, NetworkInput, WorkerRequest, WorkerResponse } from './coverage-protocol';

const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const pt = (lon: number, lat: number, props: Record<string, unknown> = {}): Feature => ({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: [lon, lat] } });
const box = (w: number, s: number, e: number, n: number): Feature => ({
  type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
});
const line = (coords: Position[], props: Record<string, unknown> = {}): Feature => ({ type: 'Feature', properties: props, geometry: { type: 'LineString', coordinates: coords } });

// About 4.6 km × 3.3 km in the county seat.
const TARGET = fc([box(111.02, 34.04, 111.07, 34.07)]);
const FACILITIES = fc([
  pt(111.03, 34.05, { __type: 'school' }), pt(111.05, 34.06, { __type: 'school' }), pt(111.06, 34.045, { __type: 'clinic' }),
]);

/** A street grid over the target: 11 east–west and 11 north–south lines. */
function grid(): FeatureCollection {
  const lines: Feature[] = [];
  for (let i = 0; i <= 10; i++) {
    lines.push(line([[111.02, 34.04 + i * 0.003], [111.07, 34.04 + i * 0.003]], { kind: 'urban' }));
    lines.push(line([[111.02 + i * 0.005, 34.04], [111.02 + i * 0.005, 34.07]], { kind: 'urban' }));
  }
  return fc(lines);
}
const network = (key: string, mode: 'walk' | 'drive' = 'walk'): NetworkInput => ({ key, lines: grid(), options: { mode, walkSpeedKmh: 4, speeds: mode === 'drive' ? { urban: 30 } : undefined } });

/** Feeds messages to a fresh handler and collects what it posts. */
function harness() {
  const posted: WorkerResponse[] = [];
  const handle = createCoverageHandler((m) => posted.push(m));
  const run = async (id: number, request: CoverageRequest) => {
    await handle({ type: 'run', id, request });
    const last = posted.filter((m) => m.id === id && m.type !== 'progress');
    return last[last.length - 1];
  };
  const outcome = async (id: number, request: CoverageRequest): Promise<CoverageOutcome> => {
    const r = await run(id, request);
    if (r.type !== 'result') throw new Error(`expected a result, got ${JSON.stringify(r)}`);
    return r.outcome;
  };
  return { posted, handle, run, outcome };
}

describe('coverage worker protocol (handler called directly)', { timeout: 60_000 }, () => {
  it('runs straight-line coverage: progress rises to 1, then one result with levels, types, gaps', async () => {
    const h = harness();
    const o = await h.outcome(1, { kind: 'straight', facilities: FACILITIES, target: TARGET, reach: { tier: '15min' }, typeProperty: '__type' });
    const progress = h.posted.filter((m) => m.type === 'progress').map((m) => (m as { fraction: number }).fraction);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toBe(1);
    expect(o.kind).toBe('straight');
    expect(o.levels).toHaveLength(1);
    expect(o.levels[0].label.zh).toBe('15分钟生活圈（1000 米）');
    expect(o.levels[0].share).toBeGreaterThan(0.3);
    expect(o.levels[0].share).toBeLessThan(1);
    expect(o.levels[0].coveredArea + o.levels[0].gapArea).toBeCloseTo(o.targetArea, -2);
    expect(o.types.map((t) => [t.type, t.count])).toEqual([['school', 2], ['clinic', 1]]);
    expect(o.allTypes!.share).toBeLessThanOrEqual(Math.min(...o.types.map((t) => t.share)) + 1e-9);
    expect(o.gaps.features[0].properties.rank).toBe(1);
    expect(o.method.zh).toContain('直线距离');
    expect(o.method.en).toContain('Straight-line');
    expect(o.weighting).toBe('area');
    expect(o.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('weights by population when a population layer is given', async () => {
    const h = harness();
    const people = fc([pt(111.031, 34.051, { pop: 1000 }), pt(111.069, 34.069, { pop: '3000' }), pt(111.5, 34.5, { pop: 99 })]);
    const o = await h.outcome(1, { kind: 'straight', facilities: FACILITIES, target: TARGET, reach: { tier: '10min' }, population: { layer: people, property: 'pop' } });
    expect(o.weighting).toBe('population');
    // The first group lives next to a school, the second in the uncovered north-east corner; the third is outside the target.
    expect(o.levels[0].population).toMatchObject({ covered: 1000, total: 4000, share: 0.25 });
    expect(o.method.zh).toContain('人口加权');
  });

  it('keeps a built road network by key: the second run reuses it, a new key builds another', async () => {
    const h = harness();
    const req = (key: string): CoverageRequest => ({ kind: 'network', facilities: FACILITIES, target: TARGET, network: network(key), minutes: [5, 10, 15] });
    const first = await h.outcome(1, req('a'));
    expect(first.networkReused).toBe(false);
    expect(h.posted.some((m) => m.type === 'progress' && m.stage === 'network')).toBe(true);
    const second = await h.outcome(2, req('a'));
    expect(second.networkReused).toBe(true);
    expect(h.handle.networks.builds).toBe(1);
    expect(second.levels.map((l) => l.share)).toEqual(first.levels.map((l) => l.share));
    expect(first.levels.map((l) => l.key)).toEqual(['5', '10', '15']);
    expect(first.levels[0].share).toBeLessThanOrEqual(first.levels[2].share);
    expect(first.bands.features.map((f) => f.properties.band)).toEqual(['15', '10', '5']);
    await h.outcome(3, req('b'));
    expect(h.handle.networks.builds).toBe(2);
    await h.handle({ type: 'clear-networks' });
    expect(h.handle.networks.size).toBe(0);
  });

  it('walks along a long road from a facility in its middle (edges are split into ≤ 100 m pieces)', async () => {
    const h = harness();
    // One straight 5 km road, a facility on it: 15 minutes at 4 km/h is 1 km each way, plus up to 200 m off the road.
    const road = fc([line([[111.0, 34.05], [111.054, 34.05]], { kind: 'urban' })]);
    const o = await h.outcome(1, {
      kind: 'network', facilities: fc([pt(111.027, 34.05)]), target: fc([box(110.99, 34.04, 111.064, 34.06)]),
      network: { key: 'long', lines: road, options: { mode: 'walk', walkSpeedKmh: 4 } }, minutes: [15],
    });
    // Up to about 2 km × 0.4 km ≈ 80 ha (the network module's grid gives ≈ 58 ha); on the unsplit 5 km edge it gives 0.
    expect(o.levels[0].coveredArea).toBeGreaterThan(400_000);
    expect(o.levels[0].coveredArea).toBeLessThan(1_000_000);
  });

  it('honours cancel: a run cancelled right after it starts posts an AbortError with code and Chinese text', async () => {
    const h = harness();
    const done = h.handle({ type: 'run', id: 7, request: { kind: 'straight', facilities: FACILITIES, target: TARGET, reach: { tier: '15min' } } });
    await h.handle({ type: 'cancel', id: 7 });
    await done;
    const end = h.posted.filter((m) => m.id === 7 && m.type !== 'progress');
    expect(end).toEqual([{ type: 'error', id: 7, error: { name: 'AbortError', code: 'abort', message: 'The analysis was cancelled.', zh: '分析已取消。' } }]);
    expect(h.handle.running.size).toBe(0);
  });

  it('cancels between building the network and the analysis', async () => {
    const posted: WorkerResponse[] = [];
    let handle!: ReturnType<typeof createCoverageHandler>;
    let ticks = 0;
    // Deliver the cancel at the second yield: after the network is built.
    handle = createCoverageHandler((m) => posted.push(m), { yieldToEvents: async () => { if (++ticks === 2) await handle({ type: 'cancel', id: 3 }); } });
    await handle({ type: 'run', id: 3, request: { kind: 'network', facilities: FACILITIES, target: TARGET, network: network('x'), minutes: [10] } });
    expect(posted.at(-1)).toMatchObject({ type: 'error', error: { code: 'abort' } });
    expect(handle.networks.has('x')).toBe(true);
  });

  it('posts named analysis errors with code, message and zh', async () => {
    const h = harness();
    const r = await h.run(1, { kind: 'straight', facilities: FACILITIES, target: FACILITIES, reach: { tier: '15min' } });
    expect(r).toMatchObject({ type: 'error', error: { name: 'NotPolygonError', code: 'not-polygon' } });
    const e = (r as Extract<WorkerResponse, { type: 'error' }>).error;
    expect(e.message).toMatch(/polygon/);
    expect(e.zh).toMatch(/面/);
    const r2 = await h.run(2, { kind: 'straight', facilities: fc([]), target: TARGET, reach: { radius: -5 } });
    expect(r2).toMatchObject({ type: 'error', error: { code: 'invalid-parameter' } });
    const r3 = await h.run(3, { kind: 'straight', facilities: fc([]), target: TARGET, reach: { tier: '15min' } });
    expect(r3).toMatchObject({ type: 'error', error: { code: 'empty-facilities' } });
  });

  it('ignores messages it does not understand; a warm-up posts nothing', async () => {
    const h = harness();
    await h.handle(null as unknown as WorkerRequest);
    await h.handle({ type: 'nonsense' } as unknown as WorkerRequest);
    await h.handle({ type: 'cancel', id: 99 });
    await h.handle({ type: 'warm-up' });
    expect(h.posted).toEqual([]);
  });

  it('suggests K sites: coverage after ≥ before, K picks, and the new gaps drawn', async () => {
    const h = harness();
    const o = await h.outcome(1, { kind: 'siting', existing: fc([pt(111.03, 34.05)]), target: TARGET, reach: { tier: '15min' }, k: 2 });
    expect(o.sites.features).toHaveLength(2);
    expect(o.sites.features.map((f) => f.properties.rank)).toEqual([1, 2]);
    const [before, after] = o.levels;
    expect(after.share).toBeGreaterThanOrEqual(before.share);
    expect(after.share).toBeGreaterThan(before.share + 0.05);
    expect(o.siting!.steps.map((s) => s.picks)).toEqual([0, 1, 2]);
    expect(o.covered.features[0].properties.area_m2).toBeCloseTo(after.coveredArea, -3);
  });

  it('measures green access and drive-time reach', async () => {
    const h = harness();
    const park = fc([box(111.04, 34.05, 111.045, 34.055)]);
    const g = await h.outcome(1, { kind: 'green', green: park, parks: park, target: TARGET });
    expect(g.levels.map((l) => l.key)).toEqual(['green', 'park', 'both']);
    expect(g.levels[2].share).toBeCloseTo(g.levels[0].share, 9);
    const r = await h.outcome(2, {
      kind: 'reach', origins: fc([pt(111.02, 34.04, { name: 'A' })]),
      places: fc([pt(111.07, 34.07, { name: 'far' }), pt(111.025, 34.04, { name: 'near' }), pt(112.5, 35, { name: 'off' })]),
      network: network('d', 'drive'), minutes: [5, 60],
    });
    expect(r.reach!.rows.map((x) => [x.place, x.within['5']])).toEqual([['far', false], ['near', true], ['off', false]]);
    expect(r.places.features.map((f) => f.properties.band)).toEqual(['60', '5', 'none']);
    expect(r.method.zh).toContain('urban 30');
  });
});
