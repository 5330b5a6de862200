/**
 * Every quote is verbatim on its plan line, every required property and
 * geometry is right: `validateAll` over `layers/` finds nothing. The
 * failing cases prove the same check catches a wrong quote, a missing
 * property and an unclosed ring, naming the file and the feature.
 */
import { describe, expect, it } from 'vitest';
import { readLayerFile } from '../../../scripts/read-layers';
import { formatErrors, validateAll, type ReadText } from '../../../src/manifest/validate-all';
import type { PlanProperties } from '../../../src/manifest/types';
import { loadLayers } from './load';

type FC = { features: Array<{ properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }> };

/** A reader over layers/ with one data file changed in memory. */
function withChange(file: string, change: (fc: FC) => void): ReadText {
  return async (path) => {
    const text = await readLayerFile(path);
    if (path !== file || text === null) return text;
    const fc = JSON.parse(text) as FC;
    change(fc);
    return JSON.stringify(fc);
  };
}

describe('layers/ validates', () => {
  it('has no validation errors: every quote verbatim on its plan_ref line', async () => {
    const { errors, loaded } = await loadLayers();
    expect(errors, formatErrors(errors)).toEqual([]);
    const count = [...loaded!.data.values()].reduce((n, fc) => n + fc.features.length, 0);
    expect(count).toBeGreaterThan(100);
    expect(loaded!.catalogue.entries.length).toBeGreaterThan(300);
  });

  it('checks catalogue quotes too', async () => {
    const { loaded } = await loadLayers();
    for (const e of loaded!.catalogue.entries) {
      // CatalogueProperties = Omit<…> over an index signature, so its fields type as unknown.
      const { plan_ref, quote } = e.properties as unknown as PlanProperties;
      const line = loaded!.plan.lines.get(Number(plan_ref.slice(1)));
      expect(line, e.id).toBeDefined();
      expect(line!.includes(quote), `${e.id}: ${quote}`).toBe(true);
    }
  });
});

describe('validation catches broken data, naming file and feature', () => {
  it('a quote that is not on its line', async () => {
    const read = withChange('data/structure-sub.geojson', (fc) => {
      fc.features[0].properties.quote = '强化五里川、朱阳关两镇的县域主中心作用';
    });
    const { errors } = await validateAll(read);
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toBe('data/structure-sub.geojson');
    expect(errors[0].path).toBe('$.features[0] (id "ucs_sub_south_wulichuan").properties.quote');
    expect(errors[0].message).toMatch(/does not occur verbatim on L179/);
  });

  it('a quote moved to the wrong line says where it does occur', async () => {
    const read = withChange('data/tourism-route.geojson', (fc) => {
      fc.features[0].properties.plan_ref = 'L131';
    });
    const { errors } = await validateAll(read);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/not occur verbatim on L131 \(it occurs on L132\)/)]);
    expect(errors[0].path).toContain('id "red_route"');
  });

  it('a missing required property', async () => {
    const read = withChange('data/structure-towns.geojson', (fc) => {
      delete fc.features[0].properties.name_en;
    });
    const { errors } = await validateAll(read);
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toBe('data/structure-towns.geojson');
    expect(errors[0].path).toMatch(/^\$\.features\[0\] \(id "ucs_drive_fanli"\)\.properties\.name_en$/);
    expect(errors[0].message).toBe('missing required property "name_en"');
  });

  it('a schematic feature without a placement basis', async () => {
    const read = withChange('data/zones-five.geojson', (fc) => {
      delete fc.features[0].properties.placement_basis;
    });
    const { errors } = await validateAll(read);
    expect(errors.map((e) => `${e.file} ${e.path}`)).toEqual(['data/zones-five.geojson $.features[0] (id "fz_old_town").properties.placement_basis']);
  });

  it('an unclosed polygon ring', async () => {
    const read = withChange('data/zones-five.geojson', (fc) => {
      const ring = (fc.features[1].geometry.coordinates as number[][][])[0];
      ring.pop();
    });
    const { errors } = await validateAll(read);
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toBe('data/zones-five.geojson');
    expect(errors[0].path).toBe('$.features[1] (id "fz_east").geometry');
    expect(errors[0].message).toMatch(/outer ring is not closed/);
  });

  it('a related id that resolves to nothing', async () => {
    const read = withChange('data/structure-areas.geojson', (fc) => {
      (fc.features[0].properties.related as string[]).push('ucs_rad_nowhere');
    });
    const { errors } = await validateAll(read);
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining('"ucs_rad_nowhere"')]);
  });
});
