import type { Lang } from '../i18n/lang';
import type { CatalogueEntry } from '../manifest/types';
import type { FeatureIndex } from '../map/feature-index';
import type { TreeItem } from './catalogue-tree';

/** A plan element as the UI sees it, whether drawn on the map or only in the catalogue. */
export interface ElementInfo {
  id: string;
  kind: 'feature' | 'entry' | 'missing';
  props: Record<string, unknown>;
  layerId?: string;
  entry?: CatalogueEntry;
  geometry?: GeoJSON.Geometry | null;
}

/** Looks an id up among mapped features first, then catalogue entries. */
export function elementInfo(index: FeatureIndex, id: string): ElementInfo {
  const f = index.feature(id);
  if (f) return { id, kind: 'feature', props: f.feature.properties ?? {}, layerId: f.layerId, geometry: f.feature.geometry };
  const e = index.entry(id);
  if (e) return { id, kind: 'entry', props: e.properties as Record<string, unknown>, entry: e };
  return { id, kind: 'missing', props: {} };
}

/** A property as text, or '' when it is not a string or number. */
export function text(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

/** The element's name in `lang` (English falls back to the Chinese name, then the id). */
export function displayName(info: Pick<ElementInfo, 'id' | 'props'>, lang: Lang): string {
  const zh = text(info.props.name);
  const en = text(info.props.name_en);
  return (lang === 'en' ? en || zh : zh || en) || info.id;
}

/** Ids listed in a string-array property, ignoring anything else. */
export function idList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Composite entries that list `id` among their members. */
export function partOf(index: FeatureIndex, id: string): CatalogueEntry[] {
  return [...index.allEntries()].filter((e) => e.members?.includes(id));
}

/** The lookup `memberTree` needs, backed by the feature index. */
export function treeLookup(index: FeatureIndex): (id: string) => TreeItem {
  return (id) => {
    const info = elementInfo(index, id);
    return { kind: info.kind, related: idList(info.props.related), members: info.entry?.members };
  };
}

/** True for a `{ zh, en }` text. */
export function isI18n(v: unknown): v is { zh: string; en: string } {
  return typeof v === 'object' && v !== null && typeof (v as { zh: unknown }).zh === 'string';
}
