/**
 * Writes the .prj text for exports, in the ESRI WKT1 dialect that ArcGIS
 * writes for Chinese data (and QGIS/GDAL read back to the same EPSG code).
 */
import { ExportError } from '../errors';
import { getCrs, type CrsInfo } from './registry';

const GEOGCS = {
  WGS84: 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
  CGCS2000: 'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
  Xian1980: 'GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
  Beijing1954: 'GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
} as const;

const ESRI_DATUM_PREFIX = { WGS84: 'WGS_1984', CGCS2000: 'CGCS2000', Xian1980: 'Xian_1980', Beijing1954: 'Beijing_1954' } as const;

const num = (n: number) => (Number.isInteger(n) ? n.toFixed(1) : String(n));

/** ESRI-style name, e.g. `CGCS2000_3_Degree_GK_CM_111E` or `CGCS2000_3_Degree_GK_Zone_37`. */
export function esriName(crs: CrsInfo): string {
  const gk = crs.gk;
  if (!gk) return crs.id;
  const width = gk.zoneWidth === 3 ? '3_Degree_' : '';
  const tail = gk.prefix ? `Zone_${gk.zone}` : `CM_${gk.centralMeridian}E`;
  return `${ESRI_DATUM_PREFIX[crs.datum]}_${width}GK_${tail}`;
}

/**
 * The .prj WKT for a CRS id (`EPSG:4326`, `EPSG:4490`, any Gauss-Krüger zone, `EPSG:3857`).
 * @example crsToPrj('EPSG:4546') // 'PROJCS["CGCS2000_3_Degree_GK_CM_111E",GEOGCS[…],PROJECTION["Gauss_Kruger"],…]'
 */
export function crsToPrj(id: string | number): string {
  const crs = getCrs(id);
  if (!crs || crs.kind === 'offset') {
    throw new ExportError('EXPORT_CRS_UNSUPPORTED',
      { zh: `无法为坐标系 ${id} 写出 .prj。`, en: `Cannot write a .prj for ${id}.` },
      { zh: '请选择 WGS 84、CGCS2000 或 CGCS2000 高斯-克吕格分带。', en: 'Choose WGS 84, CGCS2000 or a CGCS2000 Gauss-Kruger zone.' });
  }
  const geog = GEOGCS[crs.datum];
  if (crs.kind === 'geographic') return geog;
  if (crs.code === 3857) {
    return `PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",${GEOGCS.WGS84},PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]`;
  }
  const gk = crs.gk!;
  return `PROJCS["${esriName(crs)}",${geog},PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${num(gk.falseEasting)}],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${num(gk.centralMeridian)}],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
}
