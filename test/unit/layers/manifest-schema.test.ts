/**
 * `layers/manifest.schema.json` (for editors) agrees with the project
 * validator: it accepts the real manifest and rejects what
 * `validateManifest` rejects.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../src/manifest/validate-manifest';

const schema = JSON.parse(readFileSync('layers/manifest.schema.json', 'utf8'));
const manifest = JSON.parse(readFileSync('layers/manifest.json', 'utf8'));
const check = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
const clone = () => structuredClone(manifest);

describe('manifest.schema.json', () => {
  it('accepts layers/manifest.json, which the validator also accepts', () => {
    expect(validateManifest(manifest)).toEqual([]);
    expect(check(manifest), JSON.stringify(check.errors, null, 1)).toBe(true);
  });

  const broken: Array<[string, (m: ReturnType<typeof clone>) => void]> = [
    ['a misspelt layer key', (m) => { m.layers[0].visble = true; }],
    ['a colour that is not hex', (m) => { m.layers[0].style.color_by.values.county = 'grey'; }],
    ['a wrong spec version', (m) => { m.spec_version = 2; }],
    ['an upper-case layer id', (m) => { m.layers[0].id = 'County'; }],
    ['a data path leaving layers/', (m) => { m.layers[0].data = '../secret.geojson'; }],
    ['a title without English', (m) => { delete m.layers[0].title.en; }],
    ['a style with no colour', (m) => { delete m.layers[0].style.color_by; }],
    ['an opacity above 1', (m) => { m.layers[0].style.fill_opacity = 1.5; }],
  ];
  for (const [what, breakIt] of broken) {
    it(`rejects ${what}, as the validator does`, () => {
      const m = clone();
      breakIt(m);
      expect(validateManifest(m).length).toBeGreaterThan(0);
      expect(check(m)).toBe(false);
    });
  }
});
