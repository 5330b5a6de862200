import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ReadText } from '../src/manifest/validate-all';

/** The `layers/` folder in use: `$PLAN_LAYERS` or `./layers`, so another county only swaps the folder. */
export const LAYERS_DIR = resolve(process.env.PLAN_LAYERS ?? 'layers');

/** Reads files relative to the layers folder for `validateAll`. */
export const readLayerFile: ReadText = (path) =>
  readFile(resolve(LAYERS_DIR, path), 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
