import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import geodesic from 'geographiclib-geodesic';
import { getCrs, listCrs, parseCrsId, cgcs2000ZoneForLon } from '../../../src/io/crs/registry';
import { toWgs84Fn, fromWgs84Fn } from '../../../src/io/crs/transform';
import { wktToCrs } from '../../../src/io/crs/wkt-match';
import { crsToPrj } from '../../../src/io/crs/wkt-write';

/**
 * Independent Transverse Mercator forward (Krüger n-series to n^4, as in
 * Karney 2011 / the UTM article), to check proj4 without trusting it.
 */
function kruegerForward(lon: number, lat: number, lon0: number, fe: number, a = 6378137, f = 1 / 298.257222101): [number, number] {
  const n = f / (2 - f);
  const A = (a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
  const alpha = [n / 2 - (2 * n ** 2) / 3 + (5 * n ** 3) / 16 + (41 * n ** 4) / 180, (13 * n ** 2) / 48 - (3 * n ** 3) / 5 + (557 * n ** 4) / 1440, (61 * n ** 3) / 240 - (103 * n ** 4) / 140, (49561 * n ** 4) / 161280];
  const rad = Math.PI / 180;
  const phi = lat * rad;
  const lam = (lon - lon0) * rad;
  const c = (2 * Math.sqrt(n)) / (1 + n);
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - c * Math.atanh(c * Math.sin(phi)));
  const xi = Math.atan(t / Math.cos(lam));
  const eta = Math.atanh(Math.sin(lam) / Math.sqrt(1 + t * t));
  let x = eta;
  let y = xi;
  alpha.forEach((al, j) => {
    const k = 2 * (j + 1);
    x += al * Math.cos(k * xi) * Math.sinh(k * eta);
    y += al * Math.sin(k * xi) * Math.cosh(k * eta);
  });
  return [fe + A * x, A * y];
}

describe('CRS registry', () => {
  it('has the CGCS2000 3-degree zones 4513–4554 with the right meridians and false eastings', () => {
    expect(getCrs(4525)?.gk).toEqual({ zoneWidth: 3, zone: 37, centralMeridian: 111, prefix: true, falseEasting: 37_500_000 });
    expect(getCrs(4546)?.gk).toEqual({ zoneWidth: 3, zone: 37, centralMeridian: 111, prefix: false, falseEasting: 500_000 });
    expect(getCrs(4513)?.gk?.centralMeridian).toBe(75);
    expect(getCrs(4533)?.gk?.centralMeridian).toBe(135);
    expect(getCrs(4554)?.gk?.centralMeridian).toBe(135);
    expect(getCrs(4512)?.gk?.centralMeridian).toBe(135);
  });

  it('has 6-degree zones: 4497 is zone 19 (CM 111°E) and 4508 CM 111°E without prefix', () => {
    expect(getCrs(4497)?.gk).toMatchObject({ zoneWidth: 6, zone: 19, centralMeridian: 111, falseEasting: 19_500_000 });
    expect(getCrs(4508)?.gk).toMatchObject({ zoneWidth: 6, centralMeridian: 111, falseEasting: 500_000 });
  });

  it("flags Xi'an 1980 and Beijing 1954 zones as approximate", () => {
    expect(getCrs(2382)).toMatchObject({ datum: 'Xian1980', approximateDatum: true, gk: { centralMeridian: 111, prefix: false } });
    expect(getCrs(2361)).toMatchObject({ datum: 'Xian1980', gk: { zone: 37 } });
    expect(getCrs(2413)).toMatchObject({ datum: 'Beijing1954', approximateDatum: true, gk: { zone: 37 } });
    expect(getCrs(21419)).toMatchObject({ datum: 'Beijing1954', gk: { zone: 19, centralMeridian: 111 } });
    expect(getCrs(4546)?.approximateDatum).toBe(false);
  });

  it('lists every family without gaps', () => {
    const codes = new Set(listCrs().map((c) => c.code));
    for (const [from, to] of [[4491, 4554], [2327, 2390], [2401, 2442], [21413, 21423], [21453, 21463]]) {
      for (let c = from; c <= to; c++) expect(codes.has(c), `EPSG:${c}`).toBe(true);
    }
    for (const c of [4326, 4490, 3857, 4610, 4214]) expect(codes.has(c)).toBe(true);
  });

  it('parses the identifier forms found in files', () => {
    expect(parseCrsId('urn:ogc:def:crs:EPSG::4546')).toBe('EPSG:4546');
    expect(parseCrsId('http://www.opengis.net/def/crs/EPSG/0/4525')).toBe('EPSG:4525');
    expect(parseCrsId('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe('EPSG:4326');
    expect(parseCrsId('EPSG:4490')).toBe('EPSG:4490');
    expect(parseCrsId(4326)).toBe('EPSG:4326');
    expect(parseCrsId('GCJ-02')).toBe('GCJ02');
    expect(parseCrsId('bd09')).toBe('BD09');
    expect(parseCrsId('nonsense')).toBeNull();
  });

  it('picks the zone for a longitude', () => {
    expect(cgcs2000ZoneForLon(111.05)?.id).toBe('EPSG:4546');
    expect(cgcs2000ZoneForLon(111.05, { prefix: true })?.id).toBe('EPSG:4525');
    expect(cgcs2000ZoneForLon(111.05, { zoneWidth: 6, prefix: true })?.id).toBe('EPSG:4497');
  });

  it('projects CM 111°E like an independent Krüger series (to 1 mm) and proj4 (to 1 mm)', () => {
    const toGk = fromWgs84Fn(getCrs(4546)!);
    for (const p of [[111.05, 34.05], [110.62, 33.8], [111.37, 34.39], [110.57, 33.55]]) {
      const ours = toGk(p);
      const ref = kruegerForward(p[0], p[1], 111, 500000);
      expect(Math.abs(ours[0] - ref[0])).toBeLessThan(0.001);
      expect(Math.abs(ours[1] - ref[1])).toBeLessThan(0.001);
      const direct = proj4('EPSG:4326', '+proj=tmerc +lat_0=0 +lon_0=111 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m', p);
      expect(Math.hypot(ours[0] - direct[0], ours[1] - direct[1])).toBeLessThan(0.001);
    }
  });

  it('puts the central meridian at the meridian arc length computed by GeographicLib', () => {
    // On the central meridian (k = 1) the northing is the meridian arc from the equator.
    const g = new geodesic.Geodesic.Geodesic(6378137, 1 / 298.257222101);
    const arc = g.Inverse(0, 111, 34, 111).s12!;
    const [e, n] = fromWgs84Fn(getCrs(4525)!)([111, 34]);
    expect(e).toBeCloseTo(37_500_000, 3);
    expect(Math.abs(n - arc)).toBeLessThan(0.001);
    expect(arc).toBeGreaterThan(3_763_000);
    expect(arc).toBeLessThan(3_764_000);
  });

  it('round-trips WGS84 → zone → WGS84 to better than 1e-9°', () => {
    const crs = getCrs(4525)!;
    const back = toWgs84Fn(crs)(fromWgs84Fn(crs)([111.2, 34.2]));
    expect(Math.abs(back[0] - 111.2)).toBeLessThan(1e-9);
    expect(Math.abs(back[1] - 34.2)).toBeLessThan(1e-9);
  });
});

describe('WKT matching', () => {
  const esri = (name: string, fe: number, cm: number, geog = 'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]') =>
    `PROJCS["${name}",${geog},PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${fe}],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${cm}],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;

  it('matches ArcGIS .prj files without authority codes by their parameters', () => {
    expect(wktToCrs(esri('CGCS2000_3_Degree_GK_CM_111E', 500000, 111))).toMatchObject({ crs: { id: 'EPSG:4546' }, source: 'prj-parameters' });
    expect(wktToCrs(esri('CGCS2000_3_Degree_GK_Zone_37', 37500000, 111))?.crs.id).toBe('EPSG:4525');
    expect(wktToCrs(esri('CGCS2000_GK_Zone_19', 19500000, 111))?.crs.id).toBe('EPSG:4497');
    expect(wktToCrs(esri('CGCS2000_GK_CM_111E', 500000, 111))?.crs.id).toBe('EPSG:4508');
  });

  it("recognises Xi'an 1980 and Beijing 1954 by their ellipsoids", () => {
    const xian = 'GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
    const bj = 'GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
    expect(wktToCrs(esri('Xian_1980_3_Degree_GK_CM_111E', 500000, 111, xian))?.crs.id).toBe('EPSG:2382');
    expect(wktToCrs(esri('Beijing_1954_3_Degree_GK_Zone_37', 37500000, 111, bj))?.crs).toMatchObject({ id: 'EPSG:2413', approximateDatum: true });
    expect(wktToCrs(xian)?.crs.id).toBe('EPSG:4610');
  });

  it('uses an authority code when there is one (WKT1 and WKT2)', () => {
    const wkt1 = `${esri('whatever', 1, 2).slice(0, -1)},AUTHORITY["EPSG","4525"]]`;
    expect(wktToCrs(wkt1)).toMatchObject({ crs: { id: 'EPSG:4525' }, source: 'prj-authority' });
    const wkt2 = 'PROJCRS["CGCS2000 / 3-degree Gauss-Kruger CM 111E",BASEGEOGCRS["China Geodetic Coordinate System 2000",DATUM["China 2000",ELLIPSOID["CGCS2000",6378137,298.257222101]]],CONVERSION["x",METHOD["Transverse Mercator"],PARAMETER["Longitude of natural origin",111],PARAMETER["False easting",500000]],CS[Cartesian,2],ID["EPSG",4546]]';
    expect(wktToCrs(wkt2)?.crs.id).toBe('EPSG:4546');
    expect(wktToCrs(wkt2.replace(',ID["EPSG",4546]', ''))?.crs.id).toBe('EPSG:4546');
  });

  it('builds a custom Transverse Mercator for a local meridian and says so', () => {
    const m = wktToCrs(esri('Local_GK_111_5', 500000, 111.5));
    expect(m?.crs.id).toBe('WKT');
    expect(m?.custom?.en).toMatch(/111.5/);
    const p = toWgs84Fn(m!.crs)([500000, 3_768_000]);
    expect(p[0]).toBeCloseTo(111.5, 6);
  });

  it('identifies geographic CGCS2000 and WGS 84', () => {
    expect(wktToCrs(crsToPrj(4490))?.crs.id).toBe('EPSG:4490');
    expect(wktToCrs(crsToPrj(4326))?.crs.id).toBe('EPSG:4326');
  });

  it('reads back every .prj it writes as the same CRS', () => {
    for (const code of [4326, 4490, 3857, 4513, 4525, 4533, 4534, 4546, 4554, 4491, 4497, 4502, 4508]) {
      expect(wktToCrs(crsToPrj(code))?.crs.id, `EPSG:${code}`).toBe(`EPSG:${code}`);
    }
    expect(crsToPrj(4546)).toContain('PROJCS["CGCS2000_3_Degree_GK_CM_111E"');
    expect(crsToPrj(4525)).toContain('PARAMETER["False_Easting",37500000.0]');
  });

  it('returns null for text that is not a CRS', () => {
    expect(wktToCrs('hello')).toBeNull();
    expect(wktToCrs('LOCAL_CS["施工坐标系"]')).toBeNull();
    expect(wktToCrs('PROJCS["x"')).toBeNull();
  });
});
