/**
 * Number formats of the measure tool: lengths in 米/公里 (m/km), areas in
 * 平方米, 公顷, 亩 and 平方公里 (m², ha, mu, km²) all at once, since planners
 * read land in 亩 and 公顷 and regions in km².
 */
import type { Lang } from '../../i18n/lang';

/** Square metres in one 市亩: 10000/15, exactly. */
export const SQUARE_METRES_PER_MU = 10000 / 15;

export type AreaUnit = 'm2' | 'ha' | 'mu' | 'km2';

const PER: Record<AreaUnit, number> = { m2: 1, ha: 1e4, mu: SQUARE_METRES_PER_MU, km2: 1e6 };

const UNIT: Record<AreaUnit | 'm' | 'km', { zh: string; en: string }> = {
  m: { zh: '米', en: 'm' },
  km: { zh: '公里', en: 'km' },
  m2: { zh: '平方米', en: 'm²' },
  ha: { zh: '公顷', en: 'ha' },
  mu: { zh: '亩', en: 'mu' },
  km2: { zh: '平方公里', en: 'km²' },
};

function num(v: number, digits: number, lang: Lang): string {
  return v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export type LengthUnit = 'm' | 'km';

/** Metres below 1 km, else kilometres; pass a sketch's total so all its segments share one unit. */
export function lengthUnitFor(metres: number): LengthUnit {
  return Math.abs(metres) < 1000 ? 'm' : 'km';
}

/**
 * A length for display: metres to one decimal below 1 km, kilometres to the
 * metre above (or in the `unit` given).
 *
 * @example
 * formatLength(523.44, 'zh') // '523.4 米'
 * formatLength(12345.6, 'en') // '12.346 km'
 * formatLength(999.99, 'zh', 'km') // '1.000 公里'
 */
export function formatLength(metres: number, lang: Lang, unit: LengthUnit = lengthUnitFor(metres)): string {
  if (unit === 'm') return `${num(metres, 1, lang)} ${UNIT.m[lang]}`;
  return `${num(metres / 1000, 3, lang)} ${UNIT.km[lang]}`;
}

/** Converts square metres to `unit`. */
export function areaIn(squareMetres: number, unit: AreaUnit): number {
  return squareMetres / PER[unit];
}

/**
 * One area in one unit, to seven significant digits (at most six decimals),
 * so the four units of a result read with the same precision.
 *
 * @example
 * formatArea(1e6, 'mu', 'zh') // '1,500.000 亩'
 */
export function formatArea(squareMetres: number, unit: AreaUnit, lang: Lang): string {
  const v = areaIn(squareMetres, unit);
  const magnitude = v === 0 ? 0 : Math.floor(Math.log10(Math.abs(v)));
  const digits = Math.min(6, Math.max(0, 6 - magnitude));
  return `${num(v, digits, lang)} ${UNIT[unit][lang]}`;
}

/** The area in every unit the panel lists: m², 公顷, 亩, km². */
export function formatAreaAll(squareMetres: number, lang: Lang): { unit: AreaUnit; text: string }[] {
  return (['m2', 'ha', 'mu', 'km2'] as const).map((unit) => ({ unit, text: formatArea(squareMetres, unit, lang) }));
}

/** The area in the unit a planner reads first: m² under 1 公顷, 公顷 under 1 km², else km². */
export function formatAreaShort(squareMetres: number, lang: Lang): string {
  const a = Math.abs(squareMetres);
  return formatArea(squareMetres, a < 1e4 ? 'm2' : a < 1e6 ? 'ha' : 'km2', lang);
}
