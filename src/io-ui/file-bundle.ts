/**
 * Planners often drop the loose parts of a Shapefile (.shp, .dbf, .shx,
 * .prj, .cpg) instead of a zip. The importer reads zipped Shapefiles, so
 * parts with the same base name are zipped together here, in memory.
 */
import { zipSync } from 'fflate';

const PART = /\.(shp|shx|dbf|prj|cpg|qix|sbn|sbx)$/i;

/** A file as dropped: a name and its bytes (File in the browser). */
export interface NamedBlob {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Drop inputs, with loose Shapefile parts grouped by base name. */
export function groupShapefileParts<T extends NamedBlob>(files: readonly T[]): { single: T[]; bundles: { base: string; parts: T[] }[] } {
  const single: T[] = [];
  const groups = new Map<string, { base: string; parts: T[] }>();
  for (const f of files) {
    if (!PART.test(f.name)) {
      single.push(f);
      continue;
    }
    const base = f.name.replace(PART, '');
    const key = base.toLowerCase();
    const g = groups.get(key) ?? { base, parts: [] };
    g.parts.push(f);
    groups.set(key, g);
  }
  return { single, bundles: [...groups.values()] };
}

/**
 * Zips the parts of one Shapefile into a `<base>.zip` File.
 * @example await bundleShapefile('地类图斑', [shp, dbf, prj]) // File 地类图斑.zip
 */
export async function bundleShapefile(base: string, parts: readonly NamedBlob[]): Promise<File> {
  const entries: Record<string, Uint8Array> = {};
  for (const p of parts) entries[p.name] = new Uint8Array(await p.arrayBuffer());
  const zipped = zipSync(entries, { level: 0 });
  return new File([zipped as BlobPart], `${base}.zip`, { type: 'application/zip' });
}

/** The files to import for a drop: single files as they are, Shapefile parts zipped per base name. */
export async function prepareDrop(files: readonly File[]): Promise<File[]> {
  const { single, bundles } = groupShapefileParts(files);
  const zipped = await Promise.all(bundles.map((b) => (b.parts.length === 1 && /\.shp$/i.test(b.parts[0].name) ? b.parts[0] : bundleShapefile(b.base, b.parts))));
  return [...single, ...(zipped as File[])];
}
