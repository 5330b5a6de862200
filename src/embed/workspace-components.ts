/**
 * The workspace components a `<plan-map controls="layers,legend,basemap">`
 * or a host page (`<plan-legend for="m1">`) may use, bundled with the
 * widget and the iframe page. A glob rather than static imports so the
 * widget builds while those components are still being written: each file
 * that exists is included, and defining it is its only side effect.
 */
import.meta.glob(
  [
    '../components/plan-layer-panel.ts',
    '../components/plan-legend.ts',
    '../components/plan-basemap-switcher.ts',
  ],
  { eager: true },
);
