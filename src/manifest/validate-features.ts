import { ErrorList, isI18n, isId, isNonEmptyString, isObject } from './checks';
import { checkQuote, type PlanText } from './plan-text';
import { geometryProblems } from './validate-geometry';
import { ACCURACIES, STATUSES, type GeometryKind, type ValidationError } from './types';

const REF = /^L\d+$/;

/**
 * Validates the plan properties of one element (a mapped feature or a
 * catalogue entry): required fields, allowed values, and that `quote`
 * occurs verbatim on its `plan_ref` line.
 */
export function checkPlanProperties(
  out: ErrorList,
  path: string,
  props: unknown,
  plan: PlanText,
  opts: { located: boolean },
): void {
  if (!isObject(props)) return out.add(path, 'properties must be an object');
  if (!isId(props.id)) out.add(`${path}.id`, `id ${JSON.stringify(props.id)} must be a lower-case id such as "ucs_main"`);
  for (const key of ['name', 'name_en', 'quote'] as const) {
    if (!isNonEmptyString(props[key])) out.add(`${path}.${key}`, `missing required property "${key}"`);
  }
  if (!isNonEmptyString(props.plan_ref)) out.add(`${path}.plan_ref`, 'missing required property "plan_ref" (a plan line such as "L179")');
  else if (isNonEmptyString(props.quote)) {
    const problem = checkQuote(plan, props.plan_ref, props.quote);
    if (problem) out.add(`${path}.quote`, problem);
  }
  if (!STATUSES.includes(props.status as never)) {
    out.add(`${path}.status`, `status ${JSON.stringify(props.status)} must be one of ${STATUSES.join(' / ')}`);
  }
  if (opts.located) {
    if (!ACCURACIES.includes(props.accuracy as never)) {
      out.add(`${path}.accuracy`, `accuracy ${JSON.stringify(props.accuracy)} must be one of ${ACCURACIES.join(' / ')}`);
    } else if (props.accuracy !== 'surveyed' && !isNonEmptyString(props.placement_basis)) {
      out.add(`${path}.placement_basis`, `accuracy "${props.accuracy}" needs a placement_basis saying why the geometry sits where it does`);
    }
  } else {
    for (const key of ['accuracy', 'placement_basis'] as const) {
      if (props[key] !== undefined) out.add(`${path}.${key}`, `an unlocated element has no geometry, so it must not carry "${key}"`);
    }
  }
  if (props.related !== undefined && !(Array.isArray(props.related) && props.related.every(isNonEmptyString))) {
    out.add(`${path}.related`, 'must be an array of element ids');
  }
  if (props.see_also !== undefined && !(Array.isArray(props.see_also) && props.see_also.every((r) => typeof r === 'string' && REF.test(r)))) {
    out.add(`${path}.see_also`, 'must be an array of plan lines such as "L152"');
  }
  if (props.unspecified !== undefined && !isI18n(props.unspecified)) {
    out.add(`${path}.unspecified`, 'must be { zh, en } saying what the plan leaves unspecified');
  }
}

/**
 * Validates one layer's GeoJSON: a FeatureCollection whose every feature has
 * the layer's geometry kind, valid WGS84 coordinates and complete plan
 * properties. Errors name the file and the feature id.
 *
 * @example
 * validateLayerData({ type: 'FeatureCollection', features: [] }, 'point', plan, 'data/x.geojson')
 * // [{ file: 'data/x.geojson', path: '$.features', message: 'the layer has no features' }]
 */
export function validateLayerData(
  data: unknown,
  kind: GeometryKind,
  plan: PlanText,
  file: string,
): ValidationError[] {
  const out = new ErrorList(file);
  if (!isObject(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    out.add('$', 'must be a GeoJSON FeatureCollection');
    return out.errors;
  }
  if (data.features.length === 0) out.add('$.features', 'the layer has no features');
  data.features.forEach((f, i) => {
    const id = isObject(f) && isObject(f.properties) && typeof f.properties.id === 'string' ? f.properties.id : undefined;
    const p = `$.features[${i}]${id ? ` (id "${id}")` : ''}`;
    if (!isObject(f) || f.type !== 'Feature') return out.add(p, 'must be a GeoJSON Feature');
    for (const problem of geometryProblems(f.geometry, kind)) out.add(`${p}.geometry`, problem);
    checkPlanProperties(out, `${p}.properties`, f.properties, plan, { located: true });
  });
  return out.errors;
}

/**
 * Validates a reference (basemap) data set: geometry and a `name` on each
 * feature. Reference features are not plan elements, so they carry no quote.
 */
export function validateReferenceData(data: unknown, kind: GeometryKind, file: string): ValidationError[] {
  const out = new ErrorList(file);
  if (!isObject(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    out.add('$', 'must be a GeoJSON FeatureCollection');
    return out.errors;
  }
  data.features.forEach((f, i) => {
    const p = `$.features[${i}]`;
    if (!isObject(f) || f.type !== 'Feature') return out.add(p, 'must be a GeoJSON Feature');
    for (const problem of geometryProblems(f.geometry, kind)) out.add(`${p}.geometry`, problem);
    if (!isObject(f.properties) || !isNonEmptyString(f.properties.name)) out.add(`${p}.properties.name`, 'missing "name"');
  });
  return out.errors;
}
