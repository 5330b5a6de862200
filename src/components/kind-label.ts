import { pick, type Lang } from '../i18n/lang';
import { ENTRY_TYPE_LABEL } from '../i18n/strings/terms';
import type { MapController } from '../map/map-controller';
import type { ElementInfo } from './element-info';

/**
 * What an element is, in words from the manifest: the legend label of its
 * `kind` in its layer (e.g. 副中心辐射乡镇), else the layer's title; for
 * catalogue entries their type.
 */
export function kindLabel(ctrl: MapController, info: ElementInfo, lang: Lang): string {
  if (info.kind === 'entry' && info.entry) return pick(ENTRY_TYPE_LABEL[info.entry.type], lang);
  if (info.kind !== 'feature' || !info.layerId) return '';
  const spec = ctrl.layerSpec(info.layerId);
  if (!spec) return '';
  const kind = info.props.kind;
  const row = kind === undefined ? undefined : spec.legend.find((l) => l.value !== undefined && l.value === String(kind));
  return pick(row?.label ?? spec.title, lang);
}

/** The title of a feature's layer in `lang`. */
export function layerTitle(ctrl: MapController, layerId: string | undefined, lang: Lang): string {
  const spec = layerId ? ctrl.layerSpec(layerId) : undefined;
  return spec ? pick(spec.title, lang) : layerId ?? '';
}
