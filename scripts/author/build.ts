/**
 * Turns the authored elements into the contents of `layers/`: the manifest
 * (groups and layers regenerated, everything else kept), one GeoJSON file
 * per layer, the catalogue, and a reviewable decision table. Pure: returns
 * file contents; `main.ts` writes them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature } from 'geojson';
import type { CatalogueEntry, LayerSpec, Manifest } from '../../src/manifest/types';
import { ELEMENTS, SECTIONS } from './elements';
import { LAYERS } from './geo';
import { GROUPS, LAYERS as LAYER_SPECS } from './layers';
import type { Element } from './model';

export interface BuildResult {
  /** Path relative to the project root → file content. */
  files: Map<string, string>;
  /** Layer ids dropped because no feature uses them (e.g. rivers before reference data exists). */
  emptyLayers: string[];
  problems: string[];
}

const GEOM: Record<string, string[]> = { point: ['Point', 'MultiPoint'], line: ['LineString', 'MultiLineString'], polygon: ['Polygon', 'MultiPolygon'] };

function properties(e: Element): Record<string, unknown> {
  return {
    id: e.id, name: e.name, name_en: e.name_en,
    ...(e.kind && { kind: e.kind }),
    plan_ref: e.plan_ref, quote: e.quote, status: e.status,
    ...(e.status_note && { status_note: e.status_note }),
    ...(e.place.on === 'map' && { accuracy: e.place.accuracy, placement_basis: e.place.basis }),
    ...(e.related?.length && { related: e.related }),
    ...(e.see_also?.length && { see_also: e.see_also }),
    ...(e.unspecified && { unspecified: e.unspecified }),
    ...(e.derived && { derived: true }),
  };
}

/** One feature per line: small diffs, still valid JSON. */
function featureCollection(features: Feature[]): string {
  if (features.length === 0) return '{ "type": "FeatureCollection", "features": [] }\n';
  return `{ "type": "FeatureCollection", "features": [\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n] }\n`;
}

export function buildLayers(): BuildResult {
  const problems: string[] = [];
  const specs = new Map(LAYER_SPECS.map((l) => [l.id, l]));
  const seen = new Set<string>();
  for (const e of ELEMENTS) {
    if (seen.has(e.id)) problems.push(`duplicate element id ${e.id}`);
    seen.add(e.id);
  }

  const byLayer = new Map<string, Feature[]>(LAYER_SPECS.map((l) => [l.id, []]));
  const entries: CatalogueEntry[] = [];
  for (const e of ELEMENTS) {
    const p = e.place;
    if (p.on === 'map') {
      const spec = specs.get(p.layer);
      if (!spec) { problems.push(`${e.id}: unknown layer ${p.layer}`); continue; }
      if (!GEOM[spec.geometry].includes(p.geometry.type)) problems.push(`${e.id}: ${p.geometry.type} in ${spec.geometry} layer ${spec.id}`);
      const values = spec.style.color_by?.values;
      if (values && (!e.kind || !(e.kind in values))) problems.push(`${e.id}: kind "${e.kind}" has no colour in layer ${spec.id}`);
      byLayer.get(p.layer)!.push({ type: 'Feature', properties: properties(e), geometry: p.geometry });
    } else {
      const props = properties(e);
      entries.push({
        id: e.id, group: p.group, type: p.type, properties: props as CatalogueEntry['properties'],
        ...(p.type === 'unlocated' && { reason: p.reason }),
        ...(p.type === 'composite' && { members: p.members }),
        ...(p.type === 'indicator' && { value: p.value }),
      });
    }
  }

  const emptyLayers = [...byLayer].filter(([, fs]) => fs.length === 0).map(([id]) => id);
  const layers: LayerSpec[] = LAYER_SPECS.filter((l) => !emptyLayers.includes(l.id));
  const usedGroups = new Set([...layers.map((l) => l.group), ...entries.map((e) => e.group)]);
  const groups = GROUPS.filter((g) => usedGroups.has(g.id));
  for (const g of usedGroups) if (!GROUPS.some((x) => x.id === g)) problems.push(`group ${g} is not defined in layers.ts`);

  const previous = JSON.parse(readFileSync(resolve(LAYERS, 'manifest.json'), 'utf8')) as Manifest & { $schema?: string };
  const manifest = {
    $schema: './manifest.schema.json',
    spec_version: 1,
    id: previous.id,
    title: previous.title,
    plan_text: previous.plan_text,
    attribution: previous.attribution,
    view: previous.view,
    groups,
    layers,
    reference: previous.reference,
    catalogue: previous.catalogue,
  };

  const files = new Map<string, string>();
  files.set('layers/manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const l of layers) files.set(`layers/${l.data}`, featureCollection(byLayer.get(l.id)!));
  files.set(`layers/${previous.catalogue}`, `{ "spec_version": 1, "entries": [\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n] }\n`);
  files.set('scripts/author/DECISIONS.md', decisionTable());
  return { files, emptyLayers, problems };
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The reviewable decision table: one row per element, section by section. */
function decisionTable(): string {
  const out = [
    '# Decision table (generated by `npx tsx scripts/author/main.ts`; do not edit)',
    '',
    'Every inventory id and every derived element, with where it went and why.',
    '`map` = feature in a layer (accuracy and placement basis); `unlocated` / `composite` / `indicator` = catalogue entry.',
    'Derived elements (✚) are not inventory rows: relation links and composites that group unnamed members.',
    '',
  ];
  for (const [title, els] of SECTIONS) {
    out.push(`## ${title}`, '', '| id | name | decision | where | basis / reason |', '|---|---|---|---|---|');
    for (const e of els) {
      const p = e.place;
      const id = `${e.derived ? '✚ ' : ''}\`${e.id}\``;
      if (p.on === 'map') out.push(`| ${id} | ${cell(e.name)} | map (${p.accuracy}) | ${p.layer} | ${cell(p.basis)} |`);
      else if (p.type === 'unlocated') out.push(`| ${id} | ${cell(e.name)} | unlocated | ${p.group} | ${cell(p.reason.zh)} ${cell(p.reason.en)} |`);
      else if (p.type === 'composite') out.push(`| ${id} | ${cell(e.name)} | composite | ${p.group} | members: ${p.members.join(', ')} |`);
      else out.push(`| ${id} | ${cell(e.name)} | indicator | ${p.group} | ${cell(p.value.zh)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
