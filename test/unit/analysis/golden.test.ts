/**
 * Golden fixtures: test/fixtures/analysis/in/*.geojson → out/*.geojson. Open
 * both on a map to look at them. Regenerate after an intended change with
 * UPDATE_GOLDEN=1 npx vitest run --project unit test/unit/analysis/golden
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  buildNetwork, greenAccess, networkCoverage, reachability, straightLineCoverage, suggestSites,
} from '../../../src/analysis/index.js';
import { fixture } from './helpers.js';

const OUT = new URL('../../fixtures/analysis/out/', import.meta.url);
const update = !!process.env.UPDATE_GOLDEN;

const round = (c: unknown): unknown => (Array.isArray(c) ? c.map(round) : typeof c === 'number' ? Math.round(c * 1e7) / 1e7 : c);
const tidy = (features: Feature[]): Feature[] =>
  features.map((f) => ({ ...f, geometry: f.geometry && 'coordinates' in f.geometry ? { ...f.geometry, coordinates: round(f.geometry.coordinates) } : f.geometry } as Feature));

/** Writes or checks one golden output: its summary numbers and each feature's properties. */
function golden(name: string, summary: Record<string, number | string | null>, features: Feature[]) {
  const file = new URL(name, OUT);
  const out = { type: 'FeatureCollection', summary, features: tidy(features) };
  if (update || !existsSync(file)) writeFileSync(file, JSON.stringify(out) + '\n');
  const stored = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection & { summary: typeof summary };
  for (const [k, v] of Object.entries(summary)) {
    if (typeof v === 'number') expect(v, `${name} summary.${k}`).toBeCloseTo(stored.summary[k] as number, 6);
    else expect(v, `${name} summary.${k}`).toBe(stored.summary[k]);
  }
  expect(features.length, `${name} feature count`).toBe(stored.features.length);
  features.forEach((f, i) => {
    for (const [k, v] of Object.entries(f.properties ?? {})) {
      if (typeof v === 'number') expect(v, `${name} #${i}.${k}`).toBeCloseTo(stored.features[i].properties![k] as number, 4);
    }
  });
}

const target = fixture('target.geojson');
const facilities = fixture('facilities.geojson');
const population = fixture('population-grid.geojson');

describe('golden fixtures (synthetic county seat)', { timeout: 60_000 }, () => {
  it('15-minute straight-line coverage with population', () => {
    const r = straightLineCoverage(facilities, target, { tier: '15min', population });
    expect(r.share).toBeGreaterThan(0.5);
    expect(r.share).toBeLessThan(1);
    golden('straight-15min.geojson', {
      share: r.share, targetArea: r.targetArea, coveredArea: r.coveredArea, gapArea: r.gapArea,
      populationShare: r.population!.share, coveredPopulation: r.population!.covered,
    }, [
      { ...r.serviceArea, properties: { kind: 'service-area' } },
      { ...r.covered, properties: { kind: 'covered', ...r.covered.properties } },
      ...r.gaps.features.map((g) => ({ ...g, properties: { kind: 'gap', ...g.properties } })),
    ]);
  });

  it('walking isochrones on the road fixture', () => {
    const roads = fixture('roads.geojson');
    const r = networkCoverage(facilities, roads, target, { minutes: [5, 10, 15], network: { mode: 'walk' } });
    expect(r.levels.map((l) => l.share)).toEqual([...r.levels.map((l) => l.share)].sort((a, b) => a - b));
    golden('network-walk.geojson', Object.fromEntries(r.levels.map((l) => [`share${l.minutes}`, l.share])), [
      ...r.isochrones.features,
      ...r.levels.map((l) => ({ ...l.covered, properties: { kind: 'covered', minutes: l.minutes, ...l.covered.properties } })),
    ]);
  });

  it('county reachability by car', () => {
    const net = buildNetwork(fixture('roads.geojson'), { mode: 'drive' });
    const places = fixture('places.geojson');
    const r = reachability(net, { ...places, features: places.features.slice(0, 1) }, places, { minutes: [5, 10] });
    expect(r.rows.find((x) => x.place === '远村')!.minutes).toBeNull();
    golden('reachability.geojson', Object.fromEntries(r.rows.map((x) => [x.place, x.minutes])), r.places.features);
  });

  it('green access and siting', () => {
    const g = greenAccess(fixture('green.geojson'), null, target);
    golden('green-access.geojson', { green: g.green.share, park: g.park.share, both: g.both.share }, [
      { ...g.both.covered, properties: { kind: 'meets', ...g.both.covered.properties } },
      ...g.both.gaps.features.map((f) => ({ ...f, properties: { kind: 'fails', ...f.properties } })),
    ]);
    const s = suggestSites(facilities, target, { k: 2, tier: '15min' });
    golden('siting.geojson', { before: s.before.share, after: s.after.share }, s.picks.features);
  });
});
