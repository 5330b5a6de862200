/** UI strings of `<plan-lang-switch>`. */
export const S = {
  label: { zh: '界面语言', en: 'Interface language' },
  zh: { zh: '中文', en: '中文' },
  en: { zh: 'English', en: 'English' },
} as const;
