/**
 * Named errors for bad analysis input. `message` is English; `zh` is the same
 * advice in Chinese for the UI. Each tells the user what to do next.
 */

export class AnalysisError extends Error {
  override name = 'AnalysisError';
  /** The message in Chinese. */
  readonly zh: string;
  constructor(en: string, zh: string) {
    super(en);
    this.zh = zh;
  }
}

/** The target layer has no polygon with area. */
export class EmptyTargetError extends AnalysisError {
  override name = 'EmptyTargetError';
  constructor(what = 'target') {
    super(
      `The ${what} has no polygon with an area. Choose a polygon layer (a zone, the built-up area or an imported boundary) that contains at least one polygon.`,
      `${what === 'target' ? '目标范围' : what}没有可计算面积的面。请选择至少包含一个面要素的图层（功能区、建成区或导入的边界）。`,
    );
  }
}

/** The target (or another layer that must be areal) holds points or lines. */
export class NotPolygonError extends AnalysisError {
  override name = 'NotPolygonError';
  constructor(what: string, found: string) {
    super(
      `The ${what} must be polygons, but it contains ${found}. Choose a polygon layer, or draw a boundary.`,
      `${what}必须是面，但包含了${found}。请选择面图层，或绘制一个边界。`,
    );
  }
}

/** No facility with usable geometry. */
export class EmptyFacilitiesError extends AnalysisError {
  override name = 'EmptyFacilitiesError';
  constructor() {
    super(
      'No facilities to measure from. Choose a facility layer with points or polygons, or place facilities on the map.',
      '没有可用的设施。请选择包含点或面的设施图层，或在地图上放置设施。',
    );
  }
}

/** A radius, time or speed that is zero, negative or not a number. */
export class InvalidParameterError extends AnalysisError {
  override name = 'InvalidParameterError';
  constructor(en: string, zh: string) {
    super(en, zh);
  }
}

export function invalidRadius(radius: unknown): InvalidParameterError {
  return new InvalidParameterError(
    `The service radius must be a positive number of metres, got ${String(radius)}. Enter a radius such as 300, 500 or 1000.`,
    `服务半径必须是大于 0 的米数，当前为 ${String(radius)}。请输入如 300、500 或 1000 的半径。`,
  );
}

/** Coordinates that are not longitude/latitude in degrees. */
export class CoordinateError extends AnalysisError {
  override name = 'CoordinateError';
  constructor(sample: readonly number[]) {
    super(
      `Coordinates must be longitude/latitude in degrees (WGS84/CGCS2000), but found [${sample.join(', ')}]. Re-project the layer to EPSG:4326 or EPSG:4490 before importing.`,
      `坐标必须是经纬度（WGS84/CGCS2000），但发现 [${sample.join(', ')}]。请先将图层转换为 EPSG:4326 或 EPSG:4490 再导入。`,
    );
  }
}

/** The road layer yields no usable network. */
export class EmptyNetworkError extends AnalysisError {
  override name = 'EmptyNetworkError';
  constructor() {
    super(
      'The road layer has no lines to route on. Choose a line layer (the plan roads or an imported street network).',
      '道路图层没有可用于路径计算的线。请选择线图层（规划道路或导入的路网）。',
    );
  }
}

/** A point lies too far from every road to be snapped. */
export class SnapError extends AnalysisError {
  override name = 'SnapError';
  constructor(count: number, maxMetres: number) {
    super(
      `${count} point(s) lie more than ${maxMetres} m from any road and cannot join the network. Add the missing roads, move the points, or raise the snap distance.`,
      `有 ${count} 个点距离最近道路超过 ${maxMetres} 米，无法接入路网。请补充道路、移动点位或增大吸附距离。`,
    );
  }
}

/** Thrown when the caller's AbortSignal fires (a Worker's Cancel button). */
export class AbortError extends AnalysisError {
  override name = 'AbortError';
  constructor() {
    super('The analysis was cancelled.', '分析已取消。');
  }
}

/** Polygon clipping failed even on snapped coordinates (a geometry the clipper cannot handle). */
export class GeometryError extends AnalysisError {
  override name = 'GeometryError';
  constructor(detail: string) {
    super(
      `The polygons could not be combined (${detail}). Check the layers for self-intersections or duplicate features (the import dialog's repair option fixes most), or simplify them, and run again.`,
      `多边形无法合并计算（${detail}）。请检查图层是否有自相交或重复要素（导入对话框的“修复”选项可处理大多数情况），或简化后重新运行。`,
    );
  }
}
