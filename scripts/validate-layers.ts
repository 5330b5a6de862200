/**
 * `npm run validate`: checks the whole layers/ folder and prints one line per
 * problem (file, JSON path, message). Exits 1 when anything is wrong.
 */
import { formatErrors, validateAll } from '../src/manifest/validate-all';
import { LAYERS_DIR, readLayerFile } from './read-layers';

const { errors, loaded } = await validateAll(readLayerFile);
if (errors.length > 0) {
  console.error(formatErrors(errors));
  console.error(`\n${errors.length} problem(s) in ${LAYERS_DIR}`);
  process.exit(1);
}
const features = [...loaded!.data.values()].reduce((n, fc) => n + fc.features.length, 0);
console.log(
  `layers OK: ${loaded!.manifest.layers.length} layers, ${features} features, ` +
    `${loaded!.catalogue.entries.length} catalogue entries, every quote verbatim (${LAYERS_DIR})`,
);
