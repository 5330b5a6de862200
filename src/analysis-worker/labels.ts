/** Readable names of a run's reach, shared by the worker and the panel (no analysis code pulled in). */
import type { I18nText, RadiusSpec } from './coverage-protocol';

const TIER_LABELS: Record<string, I18nText> = {
  '5min': { zh: '5分钟生活圈', en: '5-minute life circle' },
  '10min': { zh: '10分钟生活圈', en: '10-minute life circle' },
  '15min': { zh: '15分钟生活圈', en: '15-minute life circle' },
};

/** Radius in metres the request asks for (as the analysis resolves it). */
export function radiusOf(r: RadiusSpec): number {
  if (r.radius !== undefined) return r.radius;
  if ((r.tier ?? '15min') === '15min') return r.fifteenMinuteRadius ?? 1000;
  return r.tier === '5min' ? 300 : 500;
}

/** "15分钟生活圈（1000 米）", or "600 米" for a custom radius. */
export function radiusLabel(r: RadiusSpec): I18nText {
  const m = radiusOf(r);
  const t = r.radius === undefined && r.tier ? TIER_LABELS[r.tier] : undefined;
  if (!t) return { zh: `${m} 米范围`, en: `${m} m` };
  return { zh: `${t.zh}（${m} 米）`, en: `${t.en} (${m} m)` };
}

/** "15 分钟步行范围" / "15 minutes' walk". */
export function minutesLabel(minutes: number, mode: 'walk' | 'drive'): I18nText {
  return mode === 'walk'
    ? { zh: `沿路网 ${minutes} 分钟步行范围`, en: `${minutes} minutes’ walk along the roads` }
    : { zh: `沿路网 ${minutes} 分钟车程`, en: `${minutes} minutes’ drive along the roads` };
}
