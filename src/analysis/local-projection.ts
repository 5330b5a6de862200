/**
 * A transverse Mercator projection (GRS80, exact Poder/Engsager form in proj4)
 * centred on the data. It is conformal, so small geodesic circles stay circles;
 * within 50 km of the centre its scale differs from 1 by at most 3·10⁻⁵, and
 * {@link LocalProjection.scale} corrects even that.
 */
import proj4, { type Converter } from 'proj4';
import type { XY } from './rings.js';

const A = 6378137;
const F = 1 / 298.257222101;
const E2 = F * (2 - F);

export class LocalProjection {
  readonly lon0: number;
  readonly lat0: number;
  private readonly converter: Converter;

  constructor(lon0: number, lat0: number) {
    this.lon0 = lon0;
    this.lat0 = lat0;
    this.converter = proj4(
      'EPSG:4326',
      `+proj=tmerc +lat_0=${lat0} +lon_0=${lon0} +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs`,
    );
  }

  /** Centred on the middle of a [west, south, east, north] box. */
  static forBounds(b: readonly [number, number, number, number]): LocalProjection {
    return new LocalProjection((b[0] + b[2]) / 2, (b[1] + b[3]) / 2);
  }

  forward(lon: number, lat: number): XY {
    const p = this.converter.forward([lon, lat]);
    return [p[0], p[1]];
  }

  inverse(x: number, y: number): XY {
    const p = this.converter.inverse([x, y]);
    return [p[0], p[1]];
  }

  /** Point scale at projected (x, y): projected length / true length, to O(x⁴/R⁴). */
  scale(x: number, y: number): number {
    const lat = this.inverse(x, y)[1] * (Math.PI / 180);
    const w = 1 - E2 * Math.sin(lat) ** 2;
    const r2 = (A * A * (1 - E2)) / (w * w); // M·N, the Gaussian radius squared
    return 1 + (x * x) / (2 * r2) + (x * x * x * x) / (24 * r2 * r2);
  }
}
