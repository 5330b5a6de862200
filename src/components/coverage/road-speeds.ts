/**
 * Drive speeds offered per road class. The analysis module's table covers
 * OSM and Chinese class names; the plan's own layers use short English
 * `kind` values, so those get typical design speeds here. The user can
 * change every value in the panel.
 */
import type { FeatureCollection } from 'geojson';
import { DEFAULT_DRIVE_SPEEDS } from '../../analysis/index';

const PLAN_KIND_SPEEDS: Readonly<Record<string, number>> = {
  national: 70,
  provincial: 60,
  county: 40,
  urban: 40,
  street: 30,
};

/** Property names tried for the road class (the analysis module's order). */
const CLASS_PROPERTIES = ['class', 'highway', 'road_class', 'kind', 'grade', '等级'];

/** A suggested speed, km/h, for a class value (30 when unknown). */
export function suggestedSpeed(value: string): number {
  return Object.hasOwn(DEFAULT_DRIVE_SPEEDS, value) ? DEFAULT_DRIVE_SPEEDS[value] : PLAN_KIND_SPEEDS[value] ?? 30;
}

/** The class property the network will use: the chosen one, or the first one present. */
export function classPropertyOf(lines: FeatureCollection, chosen?: string): string | undefined {
  if (chosen) return chosen;
  return CLASS_PROPERTIES.find((k) => lines.features.some((f) => f.properties?.[k] !== undefined));
}

/** Class values present in the lines, with counts, most common first. */
export function roadClasses(lines: FeatureCollection, property: string | undefined): Array<{ value: string; count: number }> {
  if (!property) return [];
  const counts = new Map<string, number>();
  for (const f of lines.features) {
    const v = f.properties?.[property];
    if (v === undefined || v === null || v === '') continue;
    counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count).slice(0, 30);
}

/** Speeds for every class present: the user's value, else the suggestion. */
export function speedsFor(lines: FeatureCollection, property: string | undefined, chosen: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { value } of roadClasses(lines, property)) out[value] = Object.hasOwn(chosen, value) ? chosen[value] : suggestedSpeed(value);
  return out;
}
