import type { Lang } from './lang';

/**
 * UI strings in Chinese (default) and English. Components add their keys
 * here so that switching language covers every string.
 */
export const STRINGS = {
  loading: { zh: '正在加载规划数据…', en: 'Loading plan data…' },
  loadFailed: { zh: '规划数据加载失败', en: 'Could not load the plan data' },
} satisfies Record<string, { zh: string; en: string }>;

export type StringKey = keyof typeof STRINGS;

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(key: StringKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  const text = STRINGS[key][lang] ?? STRINGS[key].zh;
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
