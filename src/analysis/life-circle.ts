/** Community life-circle tiers of GB 50180-2018 (城市居住区规划设计标准). */
import { InvalidParameterError } from './errors.js';

export type LifeCircleTier = '5min' | '10min' | '15min';

/** Walking radius (m) per tier. The standard gives 800–1000 m for 15 minutes; we default to 1000. */
export const LIFE_CIRCLE_RADII: Readonly<Record<LifeCircleTier, number>> = {
  '5min': 300,
  '10min': 500,
  '15min': 1000,
};

export const LIFE_CIRCLE_LABELS: Readonly<Record<LifeCircleTier, { zh: string; en: string }>> = {
  '5min': { zh: '5分钟生活圈', en: '5-minute life circle' },
  '10min': { zh: '10分钟生活圈', en: '10-minute life circle' },
  '15min': { zh: '15分钟生活圈', en: '15-minute life circle' },
};

/**
 * The radius of a tier. The 15-minute radius may be set within the
 * standard's 800–1000 m.
 *
 * @example
 * lifeCircleRadius('10min'); // → 500
 * lifeCircleRadius('15min', { fifteenMinuteRadius: 800 }); // → 800
 */
export function lifeCircleRadius(tier: LifeCircleTier, opts: { fifteenMinuteRadius?: number } = {}): number {
  if (!(tier in LIFE_CIRCLE_RADII)) {
    throw new InvalidParameterError(
      `Unknown life-circle tier "${tier}". Use 5min, 10min or 15min, or give a radius in metres.`,
      `未知的生活圈层级“${tier}”。请使用 5min、10min 或 15min，或直接输入半径（米）。`,
    );
  }
  if (tier === '15min' && opts.fifteenMinuteRadius !== undefined) {
    const r = opts.fifteenMinuteRadius;
    if (!(r >= 800 && r <= 1000)) {
      throw new InvalidParameterError(
        `GB 50180-2018 sets the 15-minute walking radius at 800–1000 m; got ${r}. Enter a value in that range, or use a custom radius.`,
        `GB 50180-2018 规定15分钟生活圈步行半径为800–1000米，当前为 ${r}。请输入该范围内的值，或使用自定义半径。`,
      );
    }
    return r;
  }
  return LIFE_CIRCLE_RADII[tier];
}
