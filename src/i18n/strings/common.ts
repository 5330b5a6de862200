/** Strings several workspace components share. */
export const S = {
  notBound: { zh: '未连接地图', en: 'Not connected to a map' },
  loading: { zh: '加载中…', en: 'Loading…' },
} as const;
