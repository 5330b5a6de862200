/** UI strings of `<plan-catalogue>`. */
export const S = {
  title: { zh: '未定位要素目录', en: 'Catalogue of unlocated elements' },
  intro: {
    zh: '规划提到、但没有给出位置的要素，以及由多个要素组成的结构和指标。它们不在地图上绘制。',
    en: 'Elements the plan names without a location, plus the structures and indicators made of several elements. They are not drawn on the map.',
  },
  all: { zh: '全部', en: 'All' },
  filterText: { zh: '在目录中查找', en: 'Find in the catalogue' },
  typeFilter: { zh: '条目类型', en: 'Entry type' },
  quote: { zh: '原文', en: 'Plan text' },
  reason: { zh: '为何不在地图上', en: 'Why it is not on the map' },
  value: { zh: '目标值', en: 'Target' },
  unspecified: { zh: '规划未明确', en: 'Not specified by the plan' },
  members: { zh: '组成', en: 'Members' },
  openDetails: { zh: '在详情面板中查看', en: 'Show in the details panel' },
  showOnMap: { zh: '在地图上显示成员', en: 'Show members on the map' },
  onMap: { zh: '地图上', en: 'on the map' },
  notOnMap: { zh: '未定位', en: 'unlocated' },
  missing: { zh: '（数据中没有此条目）', en: '(no such element in the data)' },
  none: { zh: '没有符合条件的条目', en: 'No matching entries' },
  entries: { zh: '{n} 条', en: '{n}' },
} as const;
