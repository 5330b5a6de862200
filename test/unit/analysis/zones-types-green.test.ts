import { describe, expect, it } from 'vitest';
import { coverageByType, geodesicArea, greenAccess, layerOverlaps, NotPolygonError, zoneAreas } from '../../../src/analysis/index.js';
import { box, fc, pt } from './helpers.js';

describe('zone statistics', () => {
  it('gives each zone its area and its share of a reference area', () => {
    const zones = fc([box(111.0, 34.0, 111.01, 34.01, { name: 'A' }), box(111.01, 34.0, 111.03, 34.01, { name: 'B' }), box(111.05, 34.0, 111.06, 34.01, { name: 'C' })]);
    const reference = box(111.0, 34.0, 111.04, 34.01);
    const r = zoneAreas(zones, { reference });
    expect(r.rows.map((z) => z.name)).toEqual(['A', 'B', 'C']);
    expect(r.rows[0].area_m2).toBeCloseTo(geodesicArea(zones.features[0]), 6);
    // Edges are geodesics, which bulge north of the parallels: a long southern edge of the
    // reference cuts a few centimetres off the zones, so shares fall short of 1/4 and 1/2 by ~1e-4.
    expect(r.rows[0].share).toBeCloseTo(0.25, 3);
    expect(r.rows[1].share).toBeCloseTo(0.5, 3);
    expect(r.rows[2].share).toBe(0);
    expect(r.referenceArea).toBeCloseTo(geodesicArea(reference), 0);
    expect(zoneAreas(zones).rows[0].share).toBeNull();
    expect(() => zoneAreas(fc([pt(111, 34)]))).toThrow(NotPolygonError);
  });

  it('finds overlaps between two layers and by how much', () => {
    const zones = fc([box(111.0, 34.0, 111.02, 34.01, { name: '老城区' }), box(111.03, 34.0, 111.04, 34.01, { name: '产业区' })]);
    const eco = fc([box(111.01, 34.0, 111.025, 34.01, { name: '生态保护区' })]);
    const r = layerOverlaps(zones, eco);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ aName: '老城区', bName: '生态保护区' });
    expect(r.rows[0].shareOfA).toBeCloseTo(0.5, 4);
    expect(r.rows[0].shareOfB).toBeCloseTo(2 / 3, 4);
    expect(r.overlaps.features[0].properties.area_m2 / geodesicArea(box(111.01, 34.0, 111.02, 34.01)) - 1).toBeCloseTo(0, 4);
  });
});

describe('coverage by facility type', { timeout: 60_000 }, () => {
  it('covers per type and counts only places that reach every required type', () => {
    const target = box(111.0, 34.0, 111.04, 34.02);
    const facilities = fc([pt(111.01, 34.01, { type: 'school' }), pt(111.03, 34.01, { type: 'clinic' }), pt(111.02, 34.01, { type: 'clinic' })]);
    const r = coverageByType(facilities, target, { radius: 800 });
    const school = r.types.find((t) => t.type === 'school')!;
    const clinic = r.types.find((t) => t.type === 'clinic')!;
    expect(school.count).toBe(1);
    expect(clinic.count).toBe(2);
    expect(r.all.share).toBeGreaterThan(0);
    expect(r.all.share).toBeLessThanOrEqual(Math.min(school.share, clinic.share) + 1e-12);
    const missing = coverageByType(facilities, target, { radius: 800, required: ['school', 'market'] });
    expect(missing.all.missing).toEqual(['market']);
    expect(missing.all.share).toBe(0);
    const perType = coverageByType(facilities, target, { radius: 800, radii: { school: 300 } });
    expect(perType.types.find((t) => t.type === 'school')!.coveredArea).toBeLessThan(school.coveredArea);
  });
});

describe('green access "300米见绿、500米见园"', { timeout: 60_000 }, () => {
  it('needs both a green space within 300 m and a park within 500 m', () => {
    const builtUp = box(111.0, 34.0, 111.04, 34.02);
    const green = fc([box(111.005, 34.005, 111.007, 34.007), box(111.03, 34.01, 111.032, 34.012)]);
    const parks = fc([box(111.004, 34.004, 111.008, 34.008)]);
    const r = greenAccess(green, parks, builtUp);
    expect(r.green.share).toBeGreaterThan(0);
    expect(r.park.share).toBeGreaterThan(0);
    expect(r.both.share).toBeLessThanOrEqual(Math.min(r.green.share, r.park.share) + 1e-12);
    expect(r.both.share).toBeGreaterThan(0);
    expect(r.both.coveredArea + r.both.gaps.features.reduce((s, f) => s + f.properties.area_m2, 0)).toBeCloseTo(r.targetArea, 0);
    expect(r.method.zh).toMatch(/300米见绿、500米见园/);
  });
});
