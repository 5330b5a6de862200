/**
 * What one side of a comparison shows: a status filter (e.g. 现状 against
 * 规划/在建/改扩建/前期), a list of layers, or both, and its label.
 */
import { pick, type Lang } from '../../i18n/lang';
import { STATUS_LABEL } from '../../i18n/strings/terms';
import { STATUSES, type I18nText, type Status } from '../../manifest/types';
import { ALL_ACCURACIES, ALL_STATUSES, type FeatureFilter } from '../../map/layer-state';
import type { MapController } from '../../map/map-controller';

export interface LayerSet {
  /** Heading shown over this side; derived from `statuses` when absent. */
  label?: I18nText;
  /** Plan statuses shown; all when absent. */
  statuses?: Status[];
  /** Layer ids shown; the main map's visible layers (or the manifest defaults) when absent. */
  layers?: string[];
}

export const DEFAULT_LEFT: LayerSet = { statuses: ['现状'], label: { zh: '现状', en: 'Existing' } };
export const DEFAULT_RIGHT: LayerSet = { statuses: ['规划', '在建', '改扩建', '前期'], label: { zh: '规划', en: 'Planned' } };

/**
 * Reads a layer set from an attribute: JSON (`{"statuses":["现状"]}`) or a
 * short form `statuses=现状,规划;layers=a,b`. Unknown statuses are dropped;
 * anything unreadable gives `undefined` (the default set).
 *
 * @example
 * parseLayerSet('statuses=现状;layers=transport-roads') // { statuses: ['现状'], layers: ['transport-roads'] }
 */
export function parseLayerSet(text: string | null | undefined): LayerSet | undefined {
  if (!text || !text.trim()) return undefined;
  let raw: Record<string, unknown> = {};
  try {
    const t = text.trim();
    if (t.startsWith('{')) raw = JSON.parse(t) as Record<string, unknown>;
    else for (const part of t.split(';')) {
      const [k, v = ''] = part.split('=');
      raw[k.trim()] = v.split(',').map((s) => s.trim()).filter(Boolean);
    }
  } catch {
    return undefined;
  }
  return normaliseLayerSet(raw);
}

/** Keeps only well-formed fields of a layer set from an untrusted source (attribute, permalink). */
export function normaliseLayerSet(raw: unknown): LayerSet | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const out: LayerSet = {};
  if (Array.isArray(r.statuses)) out.statuses = r.statuses.filter((s): s is Status => (STATUSES as readonly unknown[]).includes(s));
  if (Array.isArray(r.layers)) out.layers = r.layers.filter((s): s is string => typeof s === 'string' && /^[\w.-]{1,80}$/.test(s));
  const l = r.label as Record<string, unknown> | undefined;
  if (l && typeof l.zh === 'string' && typeof l.en === 'string') out.label = { zh: l.zh.slice(0, 40), en: l.en.slice(0, 40) };
  return out;
}

/** The side's heading: its label, else its statuses joined, else `fallback`. */
export function layerSetLabel(set: LayerSet, lang: Lang, fallback: I18nText): string {
  if (set.label) return pick(set.label, lang);
  if (set.statuses?.length) return set.statuses.map((s) => pick(STATUS_LABEL[s], lang)).join(lang === 'zh' ? '、' : ', ');
  return pick(fallback, lang);
}

/** The layers a side shows: its own list, else what the main map shows. */
export function layerSetLayers(set: LayerSet, main: MapController | undefined): string[] | undefined {
  if (set.layers) return set.layers;
  return main?.state?.visibleIds();
}

/** The status/accuracy filter of a side: its statuses, the main map's accuracy filter. */
export function layerSetFilter(set: LayerSet, main: MapController | undefined): FeatureFilter {
  return {
    statuses: set.statuses ? new Set(set.statuses) : main?.state?.filter.statuses ?? ALL_STATUSES,
    accuracies: main?.state?.filter.accuracies ?? ALL_ACCURACIES,
  };
}
