import {
  ErrorList,
  checkI18n,
  checkKeys,
  checkNumber,
  isHexColor,
  isId,
  isNonEmptyString,
  isObject,
} from './checks';
import type { ValidationError } from './types';

const GEOMETRIES = ['point', 'line', 'polygon'];
const ROOT_KEYS = [
  '$schema', 'spec_version', 'id', 'title', 'plan_text', 'attribution', 'view', 'groups', 'layers',
  'reference', 'catalogue',
] as const;
const LAYER_KEYS = ['id', 'group', 'title', 'description', 'geometry', 'data', 'style', 'legend', 'visible'] as const;
const STYLE_KEYS = [
  'color', 'color_by', 'fill_opacity', 'width', 'width_by', 'radius', 'radius_by', 'outline', 'dash_by_status', 'label',
  'label_minzoom', 'minzoom', 'maxzoom',
] as const;
const REFERENCE_KEYS = ['id', 'title', 'data', 'geometry', 'source'] as const;

/**
 * Validates `layers/manifest.json` against spec version 1 without reading
 * any data file. Returns every problem found; an empty list means valid.
 *
 * @example
 * validateManifest({ spec_version: 2 }, 'manifest.json')[0].message // 'spec_version must be 1 …'
 */
export function validateManifest(manifest: unknown, file = 'manifest.json'): ValidationError[] {
  const out = new ErrorList(file);
  if (!isObject(manifest)) {
    out.add('$', 'the manifest must be a JSON object');
    return out.errors;
  }
  checkKeys(out, '$', manifest, ROOT_KEYS);
  if (manifest.spec_version !== 1) {
    out.add('$.spec_version', `spec_version must be 1 (this app reads spec version 1), got ${JSON.stringify(manifest.spec_version)}`);
  }
  if (!isId(manifest.id)) out.add('$.id', 'must be a lower-case id such as "lushi-14fyp"');
  checkI18n(out, '$.title', manifest.title);
  checkI18n(out, '$.attribution', manifest.attribution);
  checkFile(out, '$.plan_text', manifest.plan_text, '.txt');
  checkFile(out, '$.catalogue', manifest.catalogue, '.json');
  checkView(out, manifest.view);

  const groups = new Set<string>();
  if (!Array.isArray(manifest.groups) || manifest.groups.length === 0) {
    out.add('$.groups', 'must be a non-empty array of groups');
  } else {
    manifest.groups.forEach((g, i) => {
      const p = `$.groups[${i}]`;
      if (!isObject(g)) return out.add(p, 'must be an object');
      checkKeys(out, p, g, ['id', 'title']);
      if (!isId(g.id)) out.add(`${p}.id`, 'must be a lower-case id');
      else if (groups.has(g.id)) out.add(`${p}.id`, `duplicate group id "${g.id}"`);
      else groups.add(g.id);
      checkI18n(out, `${p}.title`, g.title);
    });
  }

  const ids = new Set<string>();
  if (!Array.isArray(manifest.layers) || manifest.layers.length === 0) {
    out.add('$.layers', 'must be a non-empty array of layers');
  } else {
    manifest.layers.forEach((layer, i) => checkLayer(out, `$.layers[${i}]`, layer, groups, ids));
  }

  if (!Array.isArray(manifest.reference)) {
    out.add('$.reference', 'must be an array (it may be empty)');
  } else {
    manifest.reference.forEach((ref, i) => {
      const p = `$.reference[${i}]`;
      if (!isObject(ref)) return out.add(p, 'must be an object');
      checkKeys(out, p, ref, REFERENCE_KEYS);
      if (!isId(ref.id)) out.add(`${p}.id`, 'must be a lower-case id');
      else if (ids.has(ref.id)) out.add(`${p}.id`, `duplicate id "${ref.id}" (layer and reference ids share one namespace)`);
      else ids.add(ref.id);
      checkI18n(out, `${p}.title`, ref.title);
      checkFile(out, `${p}.data`, ref.data, '.geojson');
      if (!GEOMETRIES.includes(ref.geometry as string)) out.add(`${p}.geometry`, `must be one of ${GEOMETRIES.join(', ')}`);
      if (!isNonEmptyString(ref.source)) out.add(`${p}.source`, 'must name the source and its licence');
    });
  }
  return out.errors;
}

function checkFile(out: ErrorList, path: string, v: unknown, ext: string): void {
  if (!isNonEmptyString(v) || !v.endsWith(ext)) {
    out.add(path, `must be a file name ending in ${ext}, relative to layers/`);
  } else if (v.includes('..') || v.startsWith('/') || /^[a-z]+:/i.test(v)) {
    out.add(path, 'must be a relative path inside layers/ (no "..", no absolute path or URL)');
  }
}

function checkView(out: ErrorList, view: unknown): void {
  if (!isObject(view)) return out.add('$.view', 'must be an object with center and zoom');
  checkKeys(out, '$.view', view, ['center', 'zoom', 'max_bounds']);
  const c = view.center;
  if (!Array.isArray(c) || c.length !== 2) out.add('$.view.center', 'must be [longitude, latitude]');
  else {
    checkNumber(out, '$.view.center[0]', c[0], -180, 180, true);
    checkNumber(out, '$.view.center[1]', c[1], -85, 85, true);
  }
  checkNumber(out, '$.view.zoom', view.zoom, 0, 22, true);
  const b = view.max_bounds;
  if (b !== undefined) {
    const ok = Array.isArray(b) && b.length === 4 && b.every((n) => typeof n === 'number' && Number.isFinite(n))
      && b[0] < b[2] && b[1] < b[3] && b[0] >= -180 && b[2] <= 180 && b[1] >= -90 && b[3] <= 90;
    if (!ok) out.add('$.view.max_bounds', 'must be [west, south, east, north] in degrees with west < east and south < north');
  }
}

function checkLayer(out: ErrorList, p: string, layer: unknown, groups: Set<string>, ids: Set<string>): void {
  if (!isObject(layer)) return out.add(p, 'must be an object');
  checkKeys(out, p, layer, LAYER_KEYS);
  if (!isId(layer.id)) out.add(`${p}.id`, 'must be a lower-case id such as "structure-centres"');
  else if (ids.has(layer.id)) out.add(`${p}.id`, `duplicate layer id "${layer.id}"`);
  else ids.add(layer.id);
  const name = isId(layer.id) ? `layer "${layer.id}"` : 'this layer';
  if (typeof layer.group !== 'string' || !groups.has(layer.group)) {
    out.add(`${p}.group`, `${name} names group ${JSON.stringify(layer.group)}, which is not in $.groups`);
  }
  checkI18n(out, `${p}.title`, layer.title);
  checkI18n(out, `${p}.description`, layer.description, false);
  if (!GEOMETRIES.includes(layer.geometry as string)) out.add(`${p}.geometry`, `must be one of ${GEOMETRIES.join(', ')}`);
  checkFile(out, `${p}.data`, layer.data, '.geojson');
  if (typeof layer.visible !== 'boolean') out.add(`${p}.visible`, 'must be true or false');
  const values = checkStyle(out, `${p}.style`, layer.style);
  checkLegend(out, `${p}.legend`, layer.legend, values);
}

/** Returns the `color_by` values so the legend can be checked against them. */
function checkStyle(out: ErrorList, p: string, style: unknown): string[] | null {
  if (!isObject(style)) {
    out.add(p, 'must be an object');
    return null;
  }
  checkKeys(out, p, style, STYLE_KEYS);
  let values: string[] | null = null;
  if (style.color_by !== undefined) {
    const cb = style.color_by;
    if (!isObject(cb) || !isNonEmptyString(cb.property) || !isObject(cb.values) || !isHexColor(cb.default)) {
      out.add(`${p}.color_by`, 'must be { property, values: { value: "#rrggbb" }, default: "#rrggbb" }');
    } else {
      values = Object.keys(cb.values);
      for (const [k, c] of Object.entries(cb.values)) {
        if (!isHexColor(c)) out.add(`${p}.color_by.values.${k}`, `"${String(c)}" is not a hex colour such as "#d7191c"`);
      }
    }
  } else if (!isHexColor(style.color)) {
    out.add(`${p}.color`, 'must be a hex colour such as "#d7191c" (or give color_by)');
  }
  if (style.outline !== undefined && !isHexColor(style.outline)) out.add(`${p}.outline`, 'must be a hex colour');
  checkNumber(out, `${p}.fill_opacity`, style.fill_opacity, 0, 1);
  checkNumber(out, `${p}.width`, style.width, 0, 40);
  checkNumber(out, `${p}.radius`, style.radius, 0, 40);
  for (const key of ['width_by', 'radius_by'] as const) {
    const nb = style[key];
    if (nb === undefined) continue;
    if (!isObject(nb) || !isNonEmptyString(nb.property) || !isObject(nb.values)) {
      out.add(`${p}.${key}`, 'must be { property, values: { value: number }, default: number }');
      continue;
    }
    checkNumber(out, `${p}.${key}.default`, nb.default, 0, 40, true);
    for (const [k, v] of Object.entries(nb.values)) checkNumber(out, `${p}.${key}.values.${k}`, v, 0, 40, true);
  }
  checkNumber(out, `${p}.label_minzoom`, style.label_minzoom, 0, 24);
  checkNumber(out, `${p}.minzoom`, style.minzoom, 0, 24);
  checkNumber(out, `${p}.maxzoom`, style.maxzoom, 0, 24);
  if (style.dash_by_status !== undefined && typeof style.dash_by_status !== 'boolean') {
    out.add(`${p}.dash_by_status`, 'must be true or false');
  }
  if (style.label !== undefined && !isNonEmptyString(style.label)) out.add(`${p}.label`, 'must name a property');
  return values;
}

function checkLegend(out: ErrorList, p: string, legend: unknown, values: string[] | null): void {
  if (!Array.isArray(legend) || legend.length === 0) return out.add(p, 'must list at least one legend entry');
  legend.forEach((entry, i) => {
    const q = `${p}[${i}]`;
    if (!isObject(entry)) return out.add(q, 'must be an object');
    checkKeys(out, q, entry, ['value', 'label']);
    checkI18n(out, `${q}.label`, entry.label);
    if (entry.value !== undefined && (values === null || !values.includes(String(entry.value)))) {
      out.add(`${q}.value`, `legend value "${String(entry.value)}" is not a key of style.color_by.values`);
    }
  });
  if (values) {
    const listed = new Set(legend.filter(isObject).map((e) => e.value));
    for (const v of values) if (!listed.has(v)) out.add(p, `style.color_by value "${v}" has no legend entry`);
  }
}
