/**
 * How coverage results look on the map: user layers in the `analysis` group
 * with colours defined here (analysis styling belongs to this panel, not to
 * the plan manifest). Pure: outcome in, layer specs and features out.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { CoverageOutcome } from '../../analysis-worker/coverage-protocol';
import { formatArea, formatShare } from '../../analysis/index';
import { pick, type Lang } from '../../i18n/lang';
import type { I18nText, LayerSpec } from '../../manifest/types';
import { RESULT_PREFIX } from './layer-choices';
import type { LngLat } from './params';

/** Colours of analysis results (colour-blind-safe diverging scheme: green covered, red gaps). */
export const COVERAGE_COLORS = {
  covered: '#1a9850',
  gap: '#d73027',
  service: '#4575b4',
  site: '#542788',
  placed: '#0868ac',
  drawn: '#333333',
  minutes: { '5': '#006837', '10': '#31a354', '15': '#78c679', '30': '#c2e699', '45': '#ffffcc', '60': '#ffffcc' } as Record<string, string>,
  reach: { near: '#1a9850', far: '#fdae61', none: '#d73027' },
} as const;

export const LAYER_IDS = {
  bands: `${RESULT_PREFIX}bands`,
  covered: `${RESULT_PREFIX}covered`,
  gaps: `${RESULT_PREFIX}gaps`,
  places: `${RESULT_PREFIX}places`,
  sites: `${RESULT_PREFIX}sites`,
  placed: `${RESULT_PREFIX}placed`,
  drawn: `${RESULT_PREFIX}drawn`,
} as const;

/** Ids of the result layers (not the placed points or the drawn target, which are inputs). */
export const RESULT_LAYER_IDS: readonly string[] = [LAYER_IDS.bands, LAYER_IDS.covered, LAYER_IDS.gaps, LAYER_IDS.places, LAYER_IDS.sites];

export interface UserLayer {
  spec: LayerSpec;
  fc: FeatureCollection;
}

function spec(id: string, title: I18nText, geometry: LayerSpec['geometry'], style: LayerSpec['style'], legend: LayerSpec['legend']): LayerSpec {
  return { id, group: 'analysis', title, geometry, data: `${id}.geojson`, style: { dash_by_status: false, ...style }, legend, visible: true };
}

const t = (zh: string, en: string): I18nText => ({ zh, en });

/**
 * The layers of an outcome, bottom first. `schematic` marks every feature
 * `accuracy: 'schematic'` so the map hatches it and labels it 示意, as it
 * does for the plan's own schematic shapes.
 */
export function resultLayers(o: CoverageOutcome, lang: Lang, schematic: boolean): UserLayer[] {
  const accuracy = schematic ? 'schematic' : 'approximate';
  const out: UserLayer[] = [];
  const tag = (features: Feature[], make: (f: Feature, i: number) => Record<string, unknown>): FeatureCollection => ({
    type: 'FeatureCollection',
    features: features.map((f, i) => ({ ...f, properties: { ...f.properties, accuracy, ...make(f, i) } })),
  });
  if (o.bands.features.length) {
    const minutes = o.bands.features.map((f) => f.properties.band).filter((b) => /^\d+$/.test(b));
    const values: Record<string, string> = { service: COVERAGE_COLORS.service };
    for (const m of minutes) values[m] = COVERAGE_COLORS.minutes[m] ?? '#c2e699';
    out.push({
      spec: spec(LAYER_IDS.bands, minutes.length ? t('等时圈', 'Isochrones') : t('服务范围（未裁剪）', 'Service area (unclipped)'), 'polygon',
        { color_by: { property: 'band', values, default: COVERAGE_COLORS.service }, fill_opacity: minutes.length ? 0.28 : 0.1, width: 1 },
        minutes.length ? minutes.map((m) => ({ value: m, label: t(`${m} 分钟内`, `Within ${m} min`) })) : [{ value: 'service', label: t('服务半径范围', 'Within the service radius') }]),
      fc: tag(o.bands.features, (f) => {
        const b = String(f.properties?.band);
        return { id: `cov-band-${b}`, name: /^\d+$/.test(b) ? `${b} min` : pick(t('服务范围', 'Service area'), lang) };
      }),
    });
  }
  if (o.covered.features.length) {
    out.push({
      spec: spec(LAYER_IDS.covered, t('已覆盖范围', 'Covered'), 'polygon', { color: COVERAGE_COLORS.covered, fill_opacity: 0.5, width: 1.2 }, [{ label: t('已覆盖', 'Covered') }]),
      fc: tag(o.covered.features, (f) => ({ id: 'cov-covered', name: `${pick(t('已覆盖', 'Covered'), lang)} ${formatArea(Number(f.properties?.area_m2 ?? 0), { lang })}` })),
    });
  }
  if (o.gaps.features.length) {
    out.push({
      spec: spec(LAYER_IDS.gaps, t('覆盖缺口（按面积排序）', 'Gaps (ranked by area)'), 'polygon',
        { color: COVERAGE_COLORS.gap, fill_opacity: 0.65, width: 1.5, label: 'label', label_minzoom: 10 }, [{ label: t('未覆盖（缺口）', 'Not covered (gap)') }]),
      fc: tag(o.gaps.features, (f) => {
        const rank = Number(f.properties?.rank);
        const area = formatArea(Number(f.properties?.area_m2), { lang });
        // Only the larger gaps get a label; slivers would crowd the map.
        return { id: `cov-gap-${rank}`, name: `${pick(t('缺口', 'Gap'), lang)} ${rank} · ${area}`, label: rank <= 5 ? `${pick(t('缺口', 'Gap'), lang)} ${rank}\n${area}` : '' };
      }),
    });
  }
  if (o.places.features.length) {
    const [near, far] = o.reach?.minutes ?? [30, 60];
    out.push({
      spec: spec(LAYER_IDS.places, t('驾车可达性', 'Drive-time reach'), 'point',
        { color_by: { property: 'band', values: { [String(near)]: COVERAGE_COLORS.reach.near, [String(far)]: COVERAGE_COLORS.reach.far, none: COVERAGE_COLORS.reach.none }, default: COVERAGE_COLORS.reach.none }, radius: 8, outline: '#ffffff', label: 'label', label_minzoom: 7 },
        [{ value: String(near), label: t(`${near} 分钟内`, `Within ${near} min`) }, { value: String(far), label: t(`${far} 分钟内`, `Within ${far} min`) }, { value: 'none', label: t(`超过 ${far} 分钟或不可达`, `Over ${far} min or unreachable`) }]),
      fc: tag(o.places.features, (f, i) => {
        const m = f.properties?.minutes;
        const time = typeof m === 'number' ? `${Math.round(m)} ${lang === 'zh' ? '分钟' : 'min'}` : pick(t('不可达', 'unreachable'), lang);
        return { id: `cov-place-${i + 1}`, label: `${String(f.properties?.name ?? '')} ${time}`, accuracy: f.properties?.accuracy ?? accuracy };
      }),
    });
  }
  if (o.sites.features.length) {
    out.push({
      spec: spec(LAYER_IDS.sites, t('建议新增设施位置', 'Suggested new sites'), 'point', { color: COVERAGE_COLORS.site, radius: 9, outline: '#ffffff', label: 'label', label_minzoom: 0 }, [{ label: t('建议新增位置', 'Suggested site') }]),
      fc: tag(o.sites.features, (f) => {
        const label = `${pick(t('建议新增', 'New site'), lang)} ${f.properties?.rank} → ${formatShare(Number(f.properties?.share_after))}`;
        return { id: `cov-site-${f.properties?.rank}`, name: label, label, accuracy: 'approximate' };
      }),
    });
  }
  return out;
}

/** The what-if facilities the planner placed. */
export function placedLayer(points: LngLat[], lang: Lang, asCandidates: boolean): UserLayer {
  const title = asCandidates ? t('候选位置（放置）', 'Candidate sites (placed)') : t('设想设施（放置）', 'What-if facilities (placed)');
  return {
    spec: spec(LAYER_IDS.placed, title, 'point', { color: COVERAGE_COLORS.placed, radius: 7, outline: '#ffffff', label: 'label', label_minzoom: 0 }, [{ label: title }]),
    fc: {
      type: 'FeatureCollection',
      features: points.map((c, i) => ({ type: 'Feature', properties: { id: `cov-placed-${i + 1}`, name: `${pick(title, lang)} ${i + 1}`, label: `${i + 1}` }, geometry: { type: 'Point', coordinates: c } })),
    },
  };
}

/** The target the user is drawing or drew: a line while it has two vertices, then a polygon. */
export function drawnLayer(points: LngLat[]): UserLayer {
  const title = t('绘制的目标范围', 'Drawn target area');
  const geometry: GeoJSON.Geometry | null = points.length >= 3
    ? { type: 'Polygon', coordinates: [[...points, points[0]]] }
    : points.length === 2 ? { type: 'LineString', coordinates: points } : null;
  return {
    spec: spec(LAYER_IDS.drawn, title, 'polygon', { color: COVERAGE_COLORS.drawn, fill_opacity: 0.08, width: 2 }, [{ label: title }]),
    fc: { type: 'FeatureCollection', features: geometry ? [{ type: 'Feature', properties: { id: 'cov-drawn', name: title.zh }, geometry }] : [] },
  };
}
