import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Point } from 'geojson';
import { LooksProjectedError, MissingShapefilePartError } from '../../../src/io/errors';
import { importFixture, metres, rejection, TRUTH } from './helpers';

/** Largest distance between imported polygon vertices and the known WGS84 vertices. */
function worstVertexError(geometry: Polygon | MultiPolygon, truth: [number, number][][][]): number {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  expect(polys.length).toBe(truth.length);
  let worst = 0;
  polys.forEach((poly, p) => poly.forEach((ring, r) => {
    const known = truth[p][r];
    expect(ring.length).toBe(known.length);
    // Shapefile rings are stored clockwise: compare as sets of vertices.
    for (const v of ring) worst = Math.max(worst, Math.min(...known.map((k) => metres(v, k))));
  }));
  return worst;
}

describe('Gauss-Krüger Shapefile import (CGCS2000, CM 111°E)', () => {
  it('puts every vertex within 1 m of its known WGS84 position (no zone prefix, GBK without .cpg)', async () => {
    const { layers } = await importFixture('gk-cm111-gbk.zip');
    const parcels = layers.find((l) => l.name === '地类图斑')!;
    expect(parcels.sourceCrs).toMatchObject({ id: 'EPSG:4546', source: 'prj-parameters', approximateDatum: false });
    expect(parcels.featureCollection.features).toHaveLength(TRUTH.parcels.length);
    parcels.featureCollection.features.forEach((f, i) => {
      expect(worstVertexError(f.geometry as Polygon, TRUTH.parcels[i].polygons)).toBeLessThan(1);
    });
  });

  it('decodes GBK attributes (field names and values, GB18030 extension included) detected without a .cpg', async () => {
    const { layers } = await importFixture('gk-cm111-gbk.zip');
    const parcels = layers.find((l) => l.name === '地类图斑')!;
    expect(parcels.encoding).toEqual({ name: 'gbk', source: 'detected' });
    expect(parcels.fields).toEqual(['BSM', 'DLBM', 'DLMC', '权属单位', 'MJ', '备注']);
    expect(parcels.landClassField).toBe('DLMC');
    parcels.featureCollection.features.forEach((f, i) => {
      const t = TRUTH.parcels[i];
      expect({ ...f.properties }).toEqual({ BSM: t.BSM, DLBM: t.DLBM, DLMC: t.DLMC, 权属单位: t.QSDW, MJ: t.MJ, 备注: t.BZ });
    });
    expect(parcels.featureCollection.features[3].properties!['备注']).toBe('GB18030 扩展字：㐀');
    expect(parcels.warnings.map((w) => w.code)).not.toContain('ENCODING_MISMATCH');
  });

  it('reads every shapefile in the zip as its own layer (Chinese file names too)', async () => {
    const { layers } = await importFixture('gk-cm111-gbk.zip');
    expect(layers.map((l) => l.name).sort()).toEqual(['公共设施', '地类图斑']);
    const points = layers.find((l) => l.name === '公共设施')!;
    points.featureCollection.features.forEach((f, i) => {
      expect(metres((f.geometry as Point).coordinates, TRUTH.facilities[i].lonlat)).toBeLessThan(1);
      expect(f.properties!['名称']).toBe(TRUTH.facilities[i].name);
    });
  });

  it('honours the .cpg and reads zone-prefixed eastings (EPSG:4525) to within 1 m', async () => {
    const { layers } = await importFixture('gk-zone37-gbk-cpg.zip');
    const [parcels] = layers;
    expect(parcels.encoding).toEqual({ name: 'gbk', source: 'cpg' });
    expect(parcels.sourceCrs.id).toBe('EPSG:4525');
    expect(parcels.sourceCrs.wkt).toContain('CGCS2000_3_Degree_GK_Zone_37');
    parcels.featureCollection.features.forEach((f, i) => {
      expect(worstVertexError(f.geometry as Polygon, TRUTH.parcels[i].polygons)).toBeLessThan(1);
      expect(f.properties!.DLMC).toBe(TRUTH.parcels[i].DLMC);
    });
  });

  it('lets the user force an encoding (and then does not second-guess it)', async () => {
    const { layers } = await importFixture('gk-zone37-gbk-cpg.zip', { encoding: 'utf-8' });
    expect(layers[0].encoding).toEqual({ name: 'utf-8', source: 'option' });
    expect(layers[0].featureCollection.features[0].properties!.DLMC).not.toBe('旱地');
  });

  it('without a .prj: names the likely CRS (EPSG:4546) and succeeds when the user picks it', async () => {
    const err = await rejection(importFixture('gk-cm111-noprj.zip'));
    expect(err).toBeInstanceOf(LooksProjectedError);
    expect(err.code).toBe('LOOKS_PROJECTED');
    expect(err.text!.en).toMatch(/500 000-style easting/);
    expect(err.text!.zh).toMatch(/高斯-克吕格/);
    expect(err.retryWith).toEqual({ crs: 'EPSG:4546' });
    const { layers } = await importFixture('gk-cm111-noprj.zip', err.retryWith);
    expect(layers[0].sourceCrs).toMatchObject({ id: 'EPSG:4546', source: 'option' });
    expect(layers[0].warnings.map((w) => w.code)).toContain('PRJ_MISSING');
    expect(worstVertexError(layers[0].featureCollection.features[0].geometry as Polygon, TRUTH.parcels[0].polygons)).toBeLessThan(1);
  });

  it('keeps the polygon hole and the multipolygon parts', async () => {
    const { layers } = await importFixture('gk-cm111-gbk.zip');
    const fs = layers.find((l) => l.name === '地类图斑')!.featureCollection.features;
    expect((fs[1].geometry as Polygon).coordinates).toHaveLength(2);
    expect(fs[2].geometry!.type).toBe('MultiPolygon');
    expect((fs[2].geometry as MultiPolygon).coordinates).toHaveLength(2);
  });

  it('explains a lone .shp and a zip without .dbf', async () => {
    const lone = await rejection(importFixture('bad/lone.shp'));
    expect(lone).toBeInstanceOf(MissingShapefilePartError);
    expect(lone.hint!.zh).toMatch(/\.zip/);
    const noDbf = await rejection(importFixture('bad/no-dbf.zip'));
    expect(noDbf).toBeInstanceOf(MissingShapefilePartError);
    expect(noDbf.details!.missing).toEqual(['.dbf']);
  });
});
