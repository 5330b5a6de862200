import { parsePlanText, type PlanText } from './plan-text';
import { validateCatalogue } from './validate-catalogue';
import { validateLayerData, validateReferenceData } from './validate-features';
import { validateManifest } from './validate-manifest';
import type { Catalogue, Manifest, ValidationError } from './types';

/** Reads a file relative to `layers/`; resolves `null` when it does not exist. */
export type ReadText = (path: string) => Promise<string | null>;

export interface LoadedLayers {
  manifest: Manifest;
  plan: PlanText;
  planText: string;
  catalogue: Catalogue;
  /** Layer id → parsed GeoJSON. */
  data: Map<string, GeoJSON.FeatureCollection>;
  reference: Map<string, GeoJSON.FeatureCollection>;
}

export interface ValidationResult {
  errors: ValidationError[];
  /** Present when the files could be read and parsed, even if they have errors. */
  loaded?: LoadedLayers;
}

/**
 * Reads and validates a whole `layers/` folder: the manifest, every layer and
 * reference file, the plan text and the catalogue, then the cross-file rules
 * (ids unique across all layers and the catalogue; `related` and `members`
 * resolve). Used by `npm run validate`, the FlatGeobuf build and the app.
 *
 * @example
 * const { errors } = await validateAll((p) => fs.readFile(`layers/${p}`, 'utf8').catch(() => null));
 */
export async function validateAll(read: ReadText): Promise<ValidationResult> {
  const errors: ValidationError[] = [];
  const manifest = await readJson(read, 'manifest.json', errors);
  if (manifest === undefined) return { errors };
  errors.push(...validateManifest(manifest));
  if (errors.length > 0) return { errors };
  const m = manifest as Manifest;

  const planText = await read(m.plan_text);
  if (planText === null) {
    errors.push({ file: m.plan_text, path: '$', message: 'plan text not found' });
    return { errors };
  }
  const plan = parsePlanText(planText);

  const data = new Map<string, GeoJSON.FeatureCollection>();
  for (const layer of m.layers) {
    const json = await readJson(read, layer.data, errors);
    if (json === undefined) continue;
    errors.push(...validateLayerData(json, layer.geometry, plan, layer.data));
    data.set(layer.id, json as GeoJSON.FeatureCollection);
  }
  const reference = new Map<string, GeoJSON.FeatureCollection>();
  for (const ref of m.reference) {
    const json = await readJson(read, ref.data, errors);
    if (json === undefined) continue;
    errors.push(...validateReferenceData(json, ref.geometry, ref.data));
    reference.set(ref.id, json as GeoJSON.FeatureCollection);
  }
  const catJson = await readJson(read, m.catalogue, errors);
  const groups = new Set(m.groups.map((g) => g.id));
  if (catJson !== undefined) errors.push(...validateCatalogue(catJson, plan, groups, m.catalogue));
  const catalogue = (catJson ?? { spec_version: 1, entries: [] }) as Catalogue;

  errors.push(...crossChecks(m, data, catalogue));
  return { errors, loaded: { manifest: m, plan, planText, catalogue, data, reference } };
}

async function readJson(read: ReadText, path: string, errors: ValidationError[]): Promise<unknown> {
  const text = await read(path);
  if (text === null) {
    errors.push({ file: path, path: '$', message: 'file not found' });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    errors.push({ file: path, path: '$', message: `not valid JSON: ${(e as Error).message}` });
    return undefined;
  }
}

function crossChecks(
  m: Manifest,
  data: Map<string, GeoJSON.FeatureCollection>,
  catalogue: Catalogue,
): ValidationError[] {
  const errors: ValidationError[] = [];
  const where = new Map<string, string>();
  const related: Array<{ file: string; path: string; ids: unknown }> = [];
  for (const layer of m.layers) {
    const fc = data.get(layer.id);
    if (!fc || !Array.isArray(fc.features)) continue;
    fc.features.forEach((f, i) => {
      const id = f?.properties?.id;
      if (typeof id !== 'string') return;
      const path = `$.features[${i}] (id "${id}")`;
      if (where.has(id)) errors.push({ file: layer.data, path, message: `duplicate id "${id}", also in ${where.get(id)}` });
      else where.set(id, layer.data);
      related.push({ file: layer.data, path: `${path}.properties.related`, ids: f.properties?.related });
    });
  }
  if (Array.isArray(catalogue.entries)) {
    catalogue.entries.forEach((e, i) => {
      if (typeof e?.id !== 'string') return;
      const path = `$.entries[${i}] (id "${e.id}")`;
      if (where.has(e.id)) errors.push({ file: m.catalogue, path, message: `duplicate id "${e.id}", also in ${where.get(e.id)}` });
      else where.set(e.id, m.catalogue);
      related.push({ file: m.catalogue, path: `${path}.properties.related`, ids: e.properties?.related });
      related.push({ file: m.catalogue, path: `${path}.members`, ids: e.members });
    });
  }
  for (const r of related) {
    if (!Array.isArray(r.ids)) continue;
    for (const id of r.ids) {
      if (typeof id === 'string' && !where.has(id)) {
        errors.push({ file: r.file, path: r.path, message: `refers to "${id}", which is neither a mapped feature nor a catalogue entry` });
      }
    }
  }
  return errors;
}

/** One line per error, for terminals and logs: `file  path: message`. */
export function formatErrors(errors: ValidationError[]): string {
  return errors.map((e) => `${e.file}  ${e.path}: ${e.message}`).join('\n');
}
