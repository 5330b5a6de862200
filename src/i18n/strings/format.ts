import { pick, type Lang } from '../lang';

/**
 * The `{ zh, en }` text for `lang` with its `{name}` placeholders filled from
 * `vars`; unknown placeholders are left as they are.
 *
 * @example
 * fmt({ zh: '{n} 个要素', en: '{n} features' }, 'en', { n: 3 }) // '3 features'
 */
export function fmt(text: { zh: string; en: string }, lang: Lang, vars: Record<string, string | number> = {}): string {
  return pick(text, lang).replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
