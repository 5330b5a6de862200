/**
 * Shape checks on incoming features: GeoJSON structure (positions must be
 * arrays of numbers — strings are never coerced), supported geometry types,
 * GeometryCollections (homogeneous ones become Multi*, mixed ones cannot be
 * drawn as one layer), missing geometries. Also sanitises attributes.
 */
import type { Geometry } from 'geojson';
import type { AnyFeature, IoWarning } from '../types';
import { newSanitizeStats, sanitizeProperties, type SanitizeStats } from '../util/safe-properties';

const isPosition = (p: unknown): boolean =>
  Array.isArray(p) && p.length >= 2 && p.length <= 4 && p.every((v) => typeof v === 'number');
const isArrayOf = (a: unknown, item: (x: unknown) => boolean): boolean => Array.isArray(a) && a.every(item);

/** True when `g` is a structurally valid GeoJSON geometry (any type). */
export function isWellFormedGeometry(g: unknown): g is Geometry {
  if (!g || typeof g !== 'object') return false;
  const { type, coordinates, geometries } = g as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  switch (type) {
    case 'Point': return isPosition(coordinates);
    case 'MultiPoint':
    case 'LineString': return isArrayOf(coordinates, isPosition);
    case 'MultiLineString':
    case 'Polygon': return isArrayOf(coordinates, (r) => isArrayOf(r, isPosition));
    case 'MultiPolygon': return isArrayOf(coordinates, (p) => isArrayOf(p, (r) => isArrayOf(r, isPosition)));
    case 'GeometryCollection': return isArrayOf(geometries, isWellFormedGeometry);
    default: return false;
  }
}

const MULTI: Record<string, 'MultiPoint' | 'MultiLineString' | 'MultiPolygon'> = {
  Point: 'MultiPoint', MultiPoint: 'MultiPoint', LineString: 'MultiLineString', MultiLineString: 'MultiLineString', Polygon: 'MultiPolygon', MultiPolygon: 'MultiPolygon',
};

/** A GeometryCollection whose members are all points, all lines or all polygons, as one Multi* geometry. */
export function collectionToMulti(g: Extract<Geometry, { type: 'GeometryCollection' }>): Geometry | null {
  const members = g.geometries;
  if (members.length === 0) return null;
  const target = MULTI[members[0].type];
  if (!target || members.some((m) => MULTI[m.type] !== target)) return null;
  const coords: unknown[] = [];
  for (const m of members) {
    if (m.type === 'GeometryCollection') return null;
    if (m.type.startsWith('Multi')) coords.push(...(m.coordinates as unknown[]));
    else coords.push(m.coordinates);
  }
  return { type: target, coordinates: coords } as Geometry;
}

export interface NormalizedFeatures {
  features: AnyFeature[];
  warnings: IoWarning[];
  /** Geometry types that could not be used, when no feature was usable. */
  unsupportedTypes: string[];
  /** Index in the input of each output feature. */
  sourceIndex: number[];
}

/** Rebuilds features as clean GeoJSON with null-prototype properties; reports what was skipped. */
export function normalizeFeatures(input: unknown[], stats: SanitizeStats = newSanitizeStats()): NormalizedFeatures {
  const features: AnyFeature[] = [];
  const sourceIndex: number[] = [];
  const noGeometry: number[] = [];
  const malformed: number[] = [];
  const mixed: number[] = [];
  const converted: number[] = [];
  const types = new Set<string>();
  input.forEach((raw, i) => {
    const f = (raw && typeof raw === 'object' ? raw : {}) as { geometry?: unknown; properties?: unknown; id?: unknown };
    let geometry = f.geometry as Geometry | null | undefined;
    if (geometry === null || geometry === undefined) {
      noGeometry.push(i);
      return;
    }
    if (!isWellFormedGeometry(geometry)) {
      malformed.push(i);
      types.add(String((geometry as { type?: unknown }).type ?? 'unknown'));
      return;
    }
    if (geometry.type === 'GeometryCollection') {
      const multi = collectionToMulti(geometry);
      if (!multi) {
        mixed.push(i);
        types.add('GeometryCollection');
        return;
      }
      converted.push(i);
      geometry = multi;
    }
    const out: AnyFeature = { type: 'Feature', geometry, properties: sanitizeProperties(f.properties, stats) };
    if (typeof f.id === 'string' || typeof f.id === 'number') out.id = f.id;
    features.push(out);
    sourceIndex.push(i);
  });
  const warnings: IoWarning[] = [];
  const w = (code: string, idx: number[], zh: string, en: string) => {
    if (idx.length) warnings.push({ code, featureIndexes: idx, text: { zh: zh.replace('{n}', String(idx.length)), en: en.replace('{n}', String(idx.length)) } });
  };
  w('NULL_GEOMETRY_SKIPPED', noGeometry, '{n} 个要素没有几何（只有属性），未导入。', '{n} feature(s) have no geometry (attributes only) and were not imported.');
  w('UNSUPPORTED_GEOMETRY', malformed, '{n} 个要素的几何类型不受支持或结构错误，未导入。', '{n} feature(s) have an unsupported or malformed geometry and were not imported.');
  w('UNSUPPORTED_GEOMETRY', mixed, '{n} 个要素是混合类型的几何集合（GeometryCollection），未导入。', '{n} feature(s) are mixed GeometryCollections and were not imported.');
  w('GEOMETRY_COLLECTION_CONVERTED', converted, '{n} 个同类几何集合已转换为多部件几何。', '{n} single-type GeometryCollection(s) were converted to Multi* geometries.');
  if (stats.droppedKeys.size) {
    warnings.push({
      code: 'UNSAFE_KEYS_DROPPED',
      text: { zh: `删除了不安全的属性名：${[...stats.droppedKeys].join('、')}。`, en: `Unsafe attribute names were dropped: ${[...stats.droppedKeys].join(', ')}.` },
      details: { keys: [...stats.droppedKeys] },
    });
  }
  return { features, warnings, unsupportedTypes: features.length ? [] : [...types], sourceIndex };
}
