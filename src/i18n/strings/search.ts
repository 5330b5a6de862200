/** UI strings of `<plan-search>`. */
export const S = {
  label: { zh: '搜索要素', en: 'Search elements' },
  placeholder: { zh: '搜索地名、拼音或编号…', en: 'Search name, pinyin or id…' },
  results: { zh: '搜索结果', en: 'Search results' },
  none: { zh: '没有找到“{q}”', en: 'Nothing found for “{q}”' },
  count: { zh: '找到 {n} 项，用 ↑↓ 选择，回车打开', en: '{n} results; ↑↓ to choose, Enter to open' },
  entry: { zh: '目录条目', en: 'Catalogue entry' },
  clear: { zh: '清除搜索', en: 'Clear search' },
} as const;
