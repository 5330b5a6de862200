/**
 * Regenerates `layers/manifest.json`, `layers/data/*.geojson`,
 * `layers/catalogue.json` and `scripts/author/DECISIONS.md` from the
 * authored sections, then validates the result.
 *
 *   npx tsx scripts/author/main.ts          write and validate
 *   npx tsx scripts/author/main.ts --check  fail if the files on disk differ
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatErrors, validateAll } from '../../src/manifest/validate-all';
import { readLayerFile } from '../read-layers';
import { buildLayers } from './build';

const check = process.argv.includes('--check');
const { files, emptyLayers, problems } = buildLayers();
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
if (emptyLayers.length > 0) console.warn(`layers left out (no features yet): ${emptyLayers.join(', ')}`);

const stale = readdirSync('layers/data').map((f) => `layers/data/${f}`).filter((f) => f.endsWith('.geojson') && !files.has(f));
if (check) {
  const differ = [...files].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([p]) => p);
  if (differ.length + stale.length > 0) {
    console.error(`out of date (run npx tsx scripts/author/main.ts): ${[...differ, ...stale].join(', ')}`);
    process.exit(1);
  }
  console.log('layers/ is up to date with scripts/author');
} else {
  for (const [path, text] of files) {
    mkdirSync(dirname(resolve(path)), { recursive: true });
    writeFileSync(path, text);
  }
  for (const f of stale) rmSync(f);
  console.log(`wrote ${files.size} files${stale.length ? `, removed ${stale.join(', ')}` : ''}`);
}

const { errors, loaded } = await validateAll(readLayerFile);
if (errors.length > 0) {
  console.error(formatErrors(errors));
  console.error(`${errors.length} problem(s)`);
  process.exit(1);
}
const n = [...loaded!.data.values()].reduce((s, fc) => s + fc.features.length, 0);
console.log(`valid: ${loaded!.manifest.layers.length} layers, ${n} features, ${loaded!.catalogue.entries.length} catalogue entries`);
