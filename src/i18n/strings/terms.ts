import type { Accuracy, Status } from '../../manifest/types';
import type { CatalogueEntry } from '../../manifest/types';

/**
 * Labels of the plan's own vocabulary (status, accuracy, catalogue entry
 * types), shared by the layer panel, legend, inspector, search and lists.
 */
export const STATUS_LABEL: Record<Status, { zh: string; en: string }> = {
  现状: { zh: '现状', en: 'Existing' },
  规划: { zh: '规划', en: 'Planned' },
  在建: { zh: '在建', en: 'Under construction' },
  改扩建: { zh: '改扩建', en: 'Upgrade / expansion' },
  前期: { zh: '前期', en: 'Pre-study' },
};

export const ACCURACY_LABEL: Record<Accuracy, { zh: string; en: string }> = {
  surveyed: { zh: '实测', en: 'Surveyed' },
  approximate: { zh: '近似', en: 'Approximate' },
  schematic: { zh: '示意', en: 'Schematic' },
};

/** One-line explanation of each accuracy, for tooltips and the inspector. */
export const ACCURACY_HINT: Record<Accuracy, { zh: string; en: string }> = {
  surveyed: { zh: '位置来自测绘或权威数据', en: 'Position from a survey or authoritative data' },
  approximate: { zh: '位置近似（约100米），来源见“定位依据”', en: 'Approximate position (about 100 m); see the placement basis' },
  schematic: {
    zh: '示意：规划未给出位置或范围，图形仅表达规划所述关系，不代表实际位置',
    en: 'Schematic: the plan gives no position or extent; the shape only shows what the plan says, not a real location',
  },
};

export const ENTRY_TYPE_LABEL: Record<CatalogueEntry['type'], { zh: string; en: string }> = {
  unlocated: { zh: '位置未定', en: 'Unlocated' },
  composite: { zh: '组合结构', en: 'Composite' },
  indicator: { zh: '指标', en: 'Indicator' },
};

/** Title of the group that holds layers added at run time (imports, analysis results). */
export const USER_GROUP = { zh: '用户图层', en: 'User layers' };
