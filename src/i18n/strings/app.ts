/** UI strings of the app shell `<plan-app>`. */
export const S = {
  title: { zh: '卢氏县“十四五”规划一张图', en: 'Lushi County 14th Five-Year Plan Map' },
  shortTitle: { zh: '卢氏规划一张图', en: 'Lushi Plan Map' },
  panels: { zh: '侧栏', en: 'Side panel' },
  showPanel: { zh: '显示侧栏', en: 'Show side panel' },
  hidePanel: { zh: '隐藏侧栏', en: 'Hide side panel' },
  tabs: { zh: '侧栏内容', en: 'Side panel contents' },
  tabLayers: { zh: '图层', en: 'Layers' },
  tabCatalogue: { zh: '目录', en: 'Catalogue' },
  tabList: { zh: '视图要素', en: 'In view' },
  tabCoverage: { zh: '分析', en: 'Analysis' },
  details: { zh: '要素详情', en: 'Element details' },
  map: { zh: '地图', en: 'Map' },
  skipToMap: { zh: '跳到地图', en: 'Skip to the map' },
  share: { zh: '分享 / 嵌入', en: 'Share / embed' },
  note: {
    zh: '示意图形不代表实际位置；数据依据规划文本整理。',
    en: 'Schematic shapes are not real positions; data compiled from the plan text.',
  },
} as const;
