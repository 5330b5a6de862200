/**
 * Nothing looks more certain than it is: no feature claims surveyed
 * accuracy, schematic ones say why they sit where they do, approximate
 * points sit exactly on the handed-over township seats, catalogue entries
 * carry no geometry claims, and colours live only in the manifest.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLayers } from '../../../scripts/author/build';
import { elements, loadLayers, seats } from './load';

describe('accuracy is honest', () => {
  it('no feature uses surveyed accuracy; every feature says how it was placed', async () => {
    const { mapped } = await elements();
    for (const [id, { props }] of mapped) {
      expect(['approximate', 'schematic'], id).toContain(props.accuracy);
      expect(String(props.placement_basis ?? '').length, `${id} placement_basis`).toBeGreaterThan(20);
    }
  });

  it('approximate points are exactly township seats or the county government', async () => {
    const { mapped } = await elements();
    const known = [...seats().values()].map((c) => c.join(','));
    const approximate = [...mapped.values()].filter((m) => m.props.accuracy === 'approximate' && m.feature.geometry.type === 'Point');
    expect(approximate.length).toBeGreaterThan(20);
    for (const m of approximate) {
      const c = (m.feature.geometry as GeoJSON.Point).coordinates.join(',');
      expect(known, `${m.props.id} at ${c}`).toContain(c);
    }
  });

  it('the only approximate non-point is the county outline from reference data', async () => {
    const { mapped } = await elements();
    const others = [...mapped.values()].filter((m) => m.props.accuracy === 'approximate' && m.feature.geometry.type !== 'Point').map((m) => m.props.id);
    expect(others).toEqual(['base_county']);
  });

  it('every line and polygon the plan gives no coordinates for is schematic', async () => {
    const { mapped } = await elements();
    for (const m of mapped.values()) {
      if (m.props.id === 'base_county' || m.feature.geometry.type.endsWith('Point')) continue;
      expect(m.props.accuracy, String(m.props.id)).toBe('schematic');
    }
  });

  it('sets the plan leaves open say so instead of inventing members', async () => {
    const { catalogue } = await elements();
    for (const n of [1, 2, 3]) expect(catalogue.get(`eco_fa_${n}`)?.properties.name).toMatch(/名称未定/);
    for (const n of [1, 2, 3, 4, 5, 6, 7]) {
      const e = catalogue.get(`eco_corr_${n}`)!;
      expect(e.type).toBe('unlocated');
      expect(e.properties.name).toMatch(/名称未定/);
      expect((e.properties.unspecified as { en: string } | undefined)?.en).toMatch(/missing figure/);
    }
    for (const id of ['tour_core8', 'tour_villages50', 'uw_tributaries_13', 'uw_block_6_9']) {
      expect(catalogue.get(id)?.type, id).toBe('unlocated');
      expect(catalogue.get(id)?.properties.unspecified, id).toBeDefined();
    }
  });

  it('unlocated entries say why, in both languages', async () => {
    const { catalogue } = await elements();
    for (const e of catalogue.values()) {
      if (e.type !== 'unlocated') continue;
      expect(e.reason?.zh.length, e.id).toBeGreaterThan(4);
      expect(e.reason?.en.length, e.id).toBeGreaterThan(10);
    }
  });

  it('schematic polygons stay inside the county (county-wide ones are the outline itself)', async () => {
    const { loaded } = await loadLayers();
    const county = JSON.parse(readFileSync('layers/reference/county.geojson', 'utf8')).features[0].geometry;
    const { booleanPointInPolygon, buffer, coordAll, feature } = await import('@turf/turf');
    const slack = buffer(feature(county), 0.05, { units: 'kilometers' })!;
    const outline = JSON.stringify(county);
    const outside: string[] = [];
    for (const [layer, fc] of loaded!.data) {
      for (const f of fc.features) {
        if (!f.geometry.type.endsWith('Polygon') || JSON.stringify(f.geometry) === outline) continue;
        if (coordAll(f).some((c) => !booleanPointInPolygon(c, slack))) outside.push(`${layer} ${f.properties!.id}`);
      }
    }
    expect(outside).toEqual([]);
  });
});

describe('data and styling stay apart', () => {
  it('no data file carries a colour; the manifest is the only place', () => {
    const { files } = buildLayers();
    for (const [path, text] of files) {
      if (!path.startsWith('layers/data/')) continue;
      expect(text, path).not.toMatch(/#[0-9a-fA-F]{6}\b|"(colou?r|fill|stroke)"/);
    }
  });

  it('every kind used in a layer has a colour and a legend row', async () => {
    const { loaded } = await loadLayers();
    for (const layer of loaded!.manifest.layers) {
      const values = layer.style.color_by?.values;
      if (!values) continue;
      for (const f of loaded!.data.get(layer.id)!.features) expect(Object.keys(values), `${layer.id} ${f.properties!.id}`).toContain(f.properties!.kind);
    }
  });

  it('layers/ is exactly what scripts/author generates', () => {
    const { files, problems } = buildLayers();
    expect(problems).toEqual([]);
    const stale = [...files].filter(([path, text]) => readFileSync(path, 'utf8') !== text).map(([p]) => p);
    expect(stale, 'run: npx tsx scripts/author/main.ts').toEqual([]);
  });
});
