/**
 * The widget's first side effect: data/ and tiles/ are found next to the
 * widget's own folder (`…/embed/plan-map.js` → `…/data/`, `…/tiles/`), so
 * the one-line embed works from any origin or sub-path. Imported before
 * the element is defined, because defining it upgrades the `<plan-map>`
 * elements already on the page, and they ask for their data URL at once.
 *
 * Idempotent: every copy of the script sets the base of its own module
 * instance only.
 */
import { setAssetBase } from '../map/asset-base';

// Served unbundled (the dev server), this module is src/embed/widget-base.ts and the page's own data/ is right.
// Not import.meta.env.DEV: a build run with NODE_ENV=test (from a test runner) has DEV true.
const unbundled = /\/src\/embed\/widget-base\.ts([?#]|$)/.test(import.meta.url);
if (!unbundled) setAssetBase(new URL(/* @vite-ignore */ '../', import.meta.url).href);
