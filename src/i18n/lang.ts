export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

export function isLang(v: unknown): v is Lang {
  return v === 'zh' || v === 'en';
}

/** Picks the text for `lang` from a `{ zh, en }` pair, falling back to Chinese. */
export function pick(text: { zh: string; en: string } | undefined, lang: Lang): string {
  if (!text) return '';
  return (lang === 'en' ? text.en : text.zh) || text.zh;
}
