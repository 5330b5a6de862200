/** Area and length units used by Chinese planning documents, and their formatting. */

export type AreaUnit = 'm2' | 'ha' | 'mu' | 'km2';

/** Square metres per unit. 1 亩 = 10000/15 m² exactly (市亩). */
export const SQUARE_METRES_PER: Readonly<Record<AreaUnit, number>> = {
  m2: 1,
  ha: 10000,
  mu: 10000 / 15,
  km2: 1e6,
};

const LABEL: Record<AreaUnit, { zh: string; en: string }> = {
  m2: { zh: '平方米', en: 'm²' },
  ha: { zh: '公顷', en: 'ha' },
  mu: { zh: '亩', en: 'mu' },
  km2: { zh: '平方公里', en: 'km²' },
};

/**
 * Converts an area between units.
 *
 * @example
 * convertArea(10000, 'm2', 'mu'); // → 15
 * convertArea(2.5, 'km2', 'ha'); // → 250
 */
export function convertArea(value: number, from: AreaUnit, to: AreaUnit): number {
  return (value * SQUARE_METRES_PER[from]) / SQUARE_METRES_PER[to];
}

/**
 * The unit a planner would read an area in: m² below 1 ha, ha below 1 km², else km².
 *
 * @example
 * naturalAreaUnit(56000); // → 'ha'
 */
export function naturalAreaUnit(squareMetres: number): AreaUnit {
  const a = Math.abs(squareMetres);
  return a < 1e4 ? 'm2' : a < 1e6 ? 'ha' : 'km2';
}

export interface FormatOptions {
  /** Target unit; default chosen by {@link naturalAreaUnit}. */
  unit?: AreaUnit;
  lang?: 'zh' | 'en';
  /** Fraction digits; default 2 (0 for m²). */
  digits?: number;
}

/**
 * Formats an area in square metres for display.
 *
 * @example
 * formatArea(1234567); // → '1.23 平方公里'
 * formatArea(1234567, { unit: 'mu', lang: 'en' }); // → '1,851.85 mu'
 * formatArea(1234567, { unit: 'ha' }); // → '123.46 公顷'
 */
export function formatArea(squareMetres: number, opts: FormatOptions = {}): string {
  const unit = opts.unit ?? naturalAreaUnit(squareMetres);
  const lang = opts.lang ?? 'zh';
  const digits = opts.digits ?? (unit === 'm2' ? 0 : 2);
  const v = convertArea(squareMetres, 'm2', unit);
  const num = v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${num} ${LABEL[unit][lang]}`;
}

/**
 * Formats a share in [0, 1] as a percentage.
 *
 * @example
 * formatShare(0.8765); // → '87.7%'
 */
export function formatShare(share: number, digits = 1): string {
  const k = 10 ** digits;
  // toPrecision first: 0.8765 * 1000 is 876.4999… in binary.
  return `${(Math.round(Number((share * 100 * k).toPrecision(12))) / k).toFixed(digits)}%`;
}

/**
 * Formats a length in metres (km from 1,000 m).
 *
 * @example
 * formatLength(1530); // → '1.53 公里'
 * formatLength(420, { lang: 'en' }); // → '420 m'
 */
export function formatLength(metres: number, opts: { lang?: 'zh' | 'en'; digits?: number } = {}): string {
  const lang = opts.lang ?? 'zh';
  if (Math.abs(metres) < 1000) return `${Math.round(metres)} ${lang === 'zh' ? '米' : 'm'}`;
  return `${(metres / 1000).toFixed(opts.digits ?? 2)} ${lang === 'zh' ? '公里' : 'km'}`;
}
