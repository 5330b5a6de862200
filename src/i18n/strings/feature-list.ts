/** UI strings of `<plan-feature-list>`. */
export const S = {
  title: { zh: '视图内要素', en: 'Features in view' },
  count: { zh: '当前地图视图中有 {n} 个要素', en: '{n} features in the current map view' },
  help: { zh: '↑↓ 浏览，回车查看详情', en: '↑↓ to browse, Enter for details' },
  empty: { zh: '当前视图中没有可见要素。放大、平移或打开更多图层。', en: 'No visible features in this view. Zoom, pan or turn on more layers.' },
  listLabel: { zh: '视图内要素列表', en: 'List of features in view' },
} as const;
