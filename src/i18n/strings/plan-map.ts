/** Strings of `<plan-map>` itself: its loading and error states. */
export const S = {
  loading: { zh: '正在加载规划数据…', en: 'Loading plan data…' },
  loadFailed: { zh: '规划数据加载失败', en: 'Could not load the plan data' },
} as const;
