import { describe, expect, it } from 'vitest';
import { InvalidParameterError, suggestSites } from '../../../src/analysis/index.js';
import { box, fc, pt } from './helpers.js';

const seat = box(111.0, 34.02, 111.09, 34.08);

describe('suggestSites (greedy maximal covering)', { timeout: 60_000 }, () => {
  it('never lowers coverage and places the picks inside the target', () => {
    const existing = fc([pt(111.02, 34.04), pt(111.07, 34.06)]);
    const r = suggestSites(existing, seat, { k: 3, tier: '15min' });
    expect(r.picks.features).toHaveLength(3);
    for (let i = 1; i < r.steps.length; i++) expect(r.steps[i].share).toBeGreaterThanOrEqual(r.steps[i - 1].share);
    expect(r.after.share).toBeGreaterThan(r.before.share + 0.05);
    for (const f of r.picks.features) {
      const [x, y] = f.geometry.coordinates;
      expect(x).toBeGreaterThan(111.0);
      expect(x).toBeLessThan(111.09);
      expect(y).toBeGreaterThan(34.02);
      expect(y).toBeLessThan(34.08);
      expect(f.properties.estimatedGain).toBeGreaterThan(0);
    }
    expect(r.picks.features.map((f) => f.properties.share_after)).toEqual(r.steps.slice(1).map((s) => s.share));
  });

  it('beats the candidate it did not choose, and stops when everything is covered', () => {
    const candidates = fc([pt(111.045, 34.05), pt(111.001, 34.021)]);
    const one = suggestSites(null, seat, { k: 1, radius: 1000, candidates });
    expect(one.picks.features[0].geometry.coordinates[0]).toBeCloseTo(111.045, 9);
    const small = box(111.04, 34.045, 111.05, 34.055);
    const done = suggestSites(fc([pt(111.045, 34.05)]), small, { k: 2, radius: 2000 });
    expect(done.before.share).toBeCloseTo(1, 9);
    expect(done.picks.features).toHaveLength(0);
    expect(done.stoppedEarly).toBe(true);
  });

  it('warns in its method note when the inputs are schematic (示意)', () => {
    const plain = suggestSites(fc([pt(111.02, 34.04)]), seat, { k: 1, tier: '15min' });
    expect(plain.method.zh).not.toMatch(/示意/);
    const sketchy = suggestSites(fc([pt(111.02, 34.04, { accuracy: 'schematic' })]), seat, { k: 1, tier: '15min' });
    expect(sketchy.method.zh).toMatch(/1 个输入要素为示意位置/);
    expect(sketchy.method.en).toMatch(/schematic/);
  });

  it('weights demand by population', () => {
    const people = fc([pt(111.085, 34.075, { population: 5000 }), pt(111.005, 34.025, { population: 10 })]);
    const r = suggestSites(null, seat, { k: 1, radius: 500, population: people });
    expect(r.weighting).toBe('population');
    const [x, y] = r.picks.features[0].geometry.coordinates;
    expect(Math.hypot((x - 111.085) * 92000, (y - 34.075) * 111000)).toBeLessThan(500);
    expect(r.after.population?.covered).toBe(5000);
    expect(() => suggestSites(null, seat, { k: 0 })).toThrow(InvalidParameterError);
  });
});
