/**
 * What the coverage panel can offer as inputs: the plan's own layers and the
 * user's imported ones, each with its geometry, `kind` values (with legend
 * labels), features, schematic count and attribute fields.
 */
import type { FeatureCollection } from 'geojson';
import { pick, type Lang } from '../../i18n/lang';
import type { GeometryKind, I18nText, LayerSpec } from '../../manifest/types';
import type { MapController } from '../../map/map-controller';

/** Ids of the layers this panel draws (results, placed points, drawn target): never offered as inputs. */
export const RESULT_PREFIX = 'analysis-coverage-';

/** Read access to layers: the map controller in the app, a fake in tests. */
export interface LayerSource {
  specs(): LayerSpec[];
  data(id: string): FeatureCollection | undefined;
  /** Ids of layers imported or added by the user. */
  isUser(id: string): boolean;
}

export function controllerSource(c: MapController): LayerSource {
  return {
    specs: () => c.layerSpecs(),
    data: (id) => c.data?.layers.get(id) ?? c.userLayerData.get(id),
    isUser: (id) => c.userLayers.has(id),
  };
}

export interface KindChoice {
  value: string;
  label: I18nText;
  count: number;
}

export interface FeatureChoice {
  id: string;
  name: I18nText;
}

export interface LayerChoice {
  id: string;
  title: I18nText;
  geometry: GeometryKind;
  user: boolean;
  group: string;
  count: number;
  /** Features with `accuracy: 'schematic'`. */
  schematic: number;
  kinds: KindChoice[];
  /** Polygon layers: their features, for choosing one as the target. */
  features: FeatureChoice[];
  /** Attributes holding numbers (population candidates). */
  numericFields: string[];
  /** Attributes holding text (road class candidates). */
  textFields: string[];
}

const SKIP_FIELDS = new Set(['id', 'plan_ref', 'quote', 'status', 'accuracy', 'placement_basis', 'unspecified', 'related', 'see_also', 'name_en', 'status_note']);

/** The label of a `kind` value from the layer's legend, or the value itself. */
export function kindLabel(spec: LayerSpec | undefined, value: string): I18nText {
  const prop = spec?.style.color_by?.property;
  const entry = prop === 'kind' ? spec?.legend.find((l) => l.value === value) : undefined;
  return entry?.label ?? { zh: value, en: value };
}

function fields(fc: FeatureCollection): { numeric: string[]; text: string[] } {
  const numeric = new Set<string>();
  const text = new Set<string>();
  for (const f of fc.features.slice(0, 500)) {
    for (const [k, v] of Object.entries(f.properties ?? {})) {
      if (SKIP_FIELDS.has(k)) continue;
      if (typeof v === 'number' && Number.isFinite(v)) numeric.add(k);
      else if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) numeric.add(k);
      else if (typeof v === 'string') text.add(k);
    }
  }
  for (const k of numeric) text.delete(k);
  return { numeric: [...numeric], text: [...text] };
}

/** A feature's id for choosing it, or `idx:<n>` when it has none. */
export function featureKey(id: unknown, index: number): string {
  return typeof id === 'string' && id ? id : `idx:${index}`;
}

type Stats = Pick<LayerChoice, 'schematic' | 'features' | 'numericFields' | 'textFields'> & { kinds: Map<string, number> };

/** Per data object: a layer's data is replaced, never edited in place, so the object is the cache key. */
const statsCache = new WeakMap<FeatureCollection, Stats>();

function stats(spec: LayerSpec, fc: FeatureCollection): Stats {
  const hit = statsCache.get(fc);
  if (hit) return hit;
  const kinds = new Map<string, number>();
  let schematic = 0;
  const features: FeatureChoice[] = [];
  fc.features.forEach((f, i) => {
    const p = f.properties ?? {};
    if (p.accuracy === 'schematic') schematic++;
    if (typeof p.kind === 'string' && p.kind) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    if (spec.geometry === 'polygon') {
      const name = String(p.name ?? p.NAME ?? p.id ?? `#${i + 1}`);
      features.push({ id: featureKey(p.id, i), name: { zh: name, en: String(p.name_en ?? name) } });
    }
  });
  const { numeric, text } = fields(fc);
  const s: Stats = { schematic, features, numericFields: numeric, textFields: text, kinds };
  statsCache.set(fc, s);
  return s;
}

/** One entry per usable layer (with data and features), manifest layers first. */
export function layerChoices(src: LayerSource): LayerChoice[] {
  const out: LayerChoice[] = [];
  for (const spec of src.specs()) {
    if (spec.id.startsWith(RESULT_PREFIX)) continue;
    const fc = src.data(spec.id);
    if (!fc || fc.features.length === 0) continue;
    const s = stats(spec, fc);
    out.push({
      id: spec.id,
      title: spec.title,
      geometry: spec.geometry,
      user: src.isUser(spec.id),
      group: spec.group,
      count: fc.features.length,
      schematic: s.schematic,
      kinds: [...s.kinds].map(([value, count]) => ({ value, count, label: kindLabel(spec, value) })),
      features: s.features,
      numericFields: s.numericFields,
      textFields: s.textFields,
    });
  }
  return out;
}

/** The lines of the given layers, merged. */
export function roadLines(src: LayerSource, ids: string[]): FeatureCollection {
  return { type: 'FeatureCollection', features: ids.flatMap((id) => src.data(id)?.features ?? []) };
}

/** A road class value as the layers' legend names it (national → 国道), or the value itself. */
export function classLabel(src: LayerSource, ids: string[], value: string, lang: Lang): string {
  const spec = src.specs().find((s) => ids.includes(s.id) && s.legend.some((l) => l.value === value));
  const label = kindLabel(spec, value);
  return label.zh === value ? value : pick(label, lang);
}
