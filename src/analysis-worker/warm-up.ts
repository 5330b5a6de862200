/**
 * A small run of the straight-line functions on made-up shapes. The first
 * real run in a fresh worker is several times slower than later ones while
 * the JavaScript engine compiles the polygon code; doing this while the
 * user is still choosing options hides that.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { coverageByType, straightLineCoverage } from '../analysis/index';

const pts: FeatureCollection = {
  type: 'FeatureCollection',
  features: [[0.003, 0.004], [0.012, 0.006], [0.006, 0.013], [0.02, 0.02]].map(([x, y], i): Feature => ({
    type: 'Feature', properties: { t: i % 2 ? 'a' : 'b' }, geometry: { type: 'Point', coordinates: [111 + x, 34 + y] },
  })),
};
const target: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[111, 34], [111.02, 34], [111.02, 34.02], [111, 34.02], [111, 34]]] } }],
};

/** Runs a few small analyses, yielding in between; stops as soon as a real run has started. */
export async function warmUp(tick: () => Promise<void>, busy: () => boolean): Promise<void> {
  for (let i = 0; i < 3 && !busy(); i++) {
    try {
      straightLineCoverage(pts, target, { radius: 600 });
      await tick();
      if (busy()) return;
      coverageByType(pts, target, { radius: 600, typeProperty: 't' });
    } catch {
      // Only a warm-up: a failure here changes nothing.
    }
    await tick();
  }
}
