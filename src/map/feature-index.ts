import type { CatalogueEntry } from '../manifest/types';

export interface IndexedFeature {
  feature: GeoJSON.Feature;
  layerId: string;
}

/**
 * Looks up plan elements by id: mapped features (with their layer) and
 * catalogue entries. Relations (`related`, `members`) are stored as ids,
 * so every link in the UI goes through here.
 */
export class FeatureIndex {
  private readonly features = new Map<string, IndexedFeature>();
  private readonly entries = new Map<string, CatalogueEntry>();

  addLayer(layerId: string, fc: GeoJSON.FeatureCollection): void {
    for (const feature of fc.features) {
      const id = feature.properties?.id;
      if (typeof id === 'string') this.features.set(id, { feature, layerId });
    }
  }

  removeLayer(layerId: string): void {
    for (const [id, f] of this.features) if (f.layerId === layerId) this.features.delete(id);
  }

  addCatalogue(entries: readonly CatalogueEntry[]): void {
    for (const e of entries) this.entries.set(e.id, e);
  }

  feature(id: string): IndexedFeature | undefined {
    return this.features.get(id);
  }

  entry(id: string): CatalogueEntry | undefined {
    return this.entries.get(id);
  }

  has(id: string): boolean {
    return this.features.has(id) || this.entries.has(id);
  }

  allFeatures(): IterableIterator<[string, IndexedFeature]> {
    return this.features.entries();
  }

  allEntries(): IterableIterator<CatalogueEntry> {
    return this.entries.values();
  }

  /**
   * Mapped features an element points at: its `related` ids, and for
   * composites their `members`, followed down through nested composites
   * (一主两副 → 南部副中心 → 五里川, 朱阳关). Relations of relations are not
   * followed, so a town does not light up every road that touches it.
   */
  relatedFeatures(id: string): IndexedFeature[] {
    const out = new Map<string, IndexedFeature>();
    const seen = new Set<string>([id]);
    const collect = (x: string) => {
      if (seen.has(x)) return;
      seen.add(x);
      const f = this.features.get(x);
      if (f) out.set(x, f);
      for (const m of this.entries.get(x)?.members ?? []) collect(m);
    };
    const f = this.features.get(id);
    const e = this.entries.get(id);
    const related = (f?.feature.properties?.related ?? e?.properties.related ?? []) as string[];
    for (const r of [...related, ...(e?.members ?? [])]) collect(r);
    return [...out.values()];
  }
}
