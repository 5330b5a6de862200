/**
 * Default travel speeds (km/h) by road class, for the `drive` mode. Keys
 * cover OpenStreetMap `highway` values and Chinese administrative and urban
 * road classes. These are typical design speeds, not measured ones: pass your
 * own table through `speeds` when you know better.
 */
export const DEFAULT_DRIVE_SPEEDS: Readonly<Record<string, number>> = {
  motorway: 100, expressway: 100, 高速公路: 100, 高速: 100,
  trunk: 80, 一级公路: 80, 国道: 70,
  primary: 60, 二级公路: 60, 省道: 60, 主干路: 50,
  secondary: 50, 县道: 40, 次干路: 40, 三级公路: 40,
  tertiary: 40, 乡道: 30, 四级公路: 30, 支路: 30,
  residential: 30, unclassified: 30, 城市道路: 30, 村道: 20,
  service: 20, track: 15, 机耕路: 15,
  path: 5, footway: 5, 步道: 5,
  rail: 0, railway: 0, 铁路: 0,
};

/** Classes walkers may not use. */
export const NO_WALK_CLASSES: readonly string[] = ['motorway', 'expressway', '高速公路', '高速', 'rail', 'railway', '铁路'];

/** Property names tried, in order, for the road class when none is given. */
export const CLASS_PROPERTIES: readonly string[] = ['class', 'highway', 'road_class', 'kind', 'grade', '等级'];
