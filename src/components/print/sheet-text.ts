/**
 * Texts of the printed sheet that depend on the date or the manifest:
 * the file name and the 制图日期.
 */
import type { Lang } from '../../i18n/lang';

/** `YYYYMMDD` in local time. */
export function yyyymmdd(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}`;
}

/**
 * The date as a Chinese map states it (`2025年11月29日`) or ISO in English.
 *
 * @example
 * sheetDate(new Date(2025, 10, 9), 'zh') // '2025年11月9日'
 */
export function sheetDate(d: Date, lang: Lang): string {
  if (lang === 'zh') return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The PNG's file name: the administrative unit at the start of the
 * manifest's Chinese title plus 规划图 and the date, e.g.
 * `卢氏县规划图-20251129.png`; another county's manifest gives its own name.
 *
 * @example
 * sheetFileName('卢氏县“十四五”规划一张图', new Date(2025, 10, 29)) // '卢氏县规划图-20251129.png'
 */
export function sheetFileName(titleZh: string, d: Date): string {
  const unit = /^[\p{Script=Han}]{1,12}?[县市区旗州盟]/u.exec(titleZh.trim())?.[0];
  const base = unit ?? (titleZh.replace(/[\\/:*?"<>|“”\s]+/g, '').slice(0, 20) || 'plan-map');
  return `${base}规划图-${yyyymmdd(d)}.png`;
}
