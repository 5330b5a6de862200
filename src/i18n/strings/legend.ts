/** UI strings of `<plan-legend>`. */
export const S = {
  title: { zh: '图例', en: 'Legend' },
  empty: { zh: '没有可见图层', en: 'No visible layers' },
  allSchematic: { zh: '全部示意', en: 'all schematic' },
  someSchematic: { zh: '部分示意', en: 'partly schematic' },
  accuracyTitle: { zh: '示意表达', en: 'Schematic (示意) drawing' },
  accuracyIntro: {
    zh: '规划文本未给出位置或范围的要素按示意绘制，只表达规划所述的关系：',
    en: 'Where the plan gives no position or extent, features are drawn as schematic and only show what the plan says:',
  },
  schematicArea: { zh: '示意范围：斜线填充、虚线边界', en: 'Schematic area: hatched fill, dashed outline' },
  schematicLine: { zh: '示意线路：线下有柔和宽带', en: 'Schematic line: soft band underneath' },
  schematicPoint: { zh: '示意位置：空心点、外有光晕', en: 'Schematic place: hollow point with a halo' },
  exactPoint: { zh: '近似位置（乡镇驻地，约100米）：实心点', en: 'Approximate place (township seat, ≈100 m): solid point' },
  statusTitle: { zh: '状态（线型）', en: 'Status (line style)' },
  statusExisting: { zh: '现状：实线', en: 'Existing (现状): solid' },
  statusPlanned: { zh: '规划 / 在建：虚线', en: 'Planned / under construction (规划 / 在建): dashed' },
  statusPrestudy: { zh: '前期：点线', en: 'Pre-study (前期): dotted' },
} as const;
