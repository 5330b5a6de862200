/** The part of shpjs 6 used here (the package ships no types). */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Parses a .shp; without `prj` coordinates are returned as stored. */
  export function parseShp(shp: ArrayBuffer | DataView | Uint8Array, prj?: string | false): (Geometry | null)[];
}
