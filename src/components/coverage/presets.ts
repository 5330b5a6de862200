/**
 * Ready-made runs for the plan's own targets. Each preset names the layers
 * it prefers (the Lushi manifest's ids) and falls back to layers of the
 * right group and geometry, so another county's `layers/` folder still gets
 * a sensible start; every choice stays editable in the panel.
 */
import type { I18nText } from '../../manifest/types';
import type { LayerChoice } from './layer-choices';
import { defaultParams, type CoverageParams } from './params';

export type PresetId = 'life15' | 'green' | 'reach' | 'siting';

export interface Preset {
  id: PresetId;
  label: I18nText;
  /** Plan line it measures. */
  planRef: string;
}

export const PRESETS: readonly Preset[] = [
  { id: 'life15', label: { zh: '15分钟生活圈', en: '15-minute life circle' }, planRef: 'L191' },
  { id: 'green', label: { zh: '300米见绿、500米见园', en: 'Green within 300 m, park within 500 m' }, planRef: 'L194' },
  { id: 'reach', label: { zh: '辐射（30/60分钟）', en: 'Reach (30/60 min drive)' }, planRef: 'L179' },
  { id: 'siting', label: { zh: '下一步建在哪里', en: 'Where to build next' }, planRef: 'L191' },
];

interface Rule {
  ids: string[];
  groups: string[];
  geometry: LayerChoice['geometry'];
}

const RULES = {
  facilities: { ids: ['public-points'], groups: ['public-services'], geometry: 'point' },
  target: { ids: ['zones-five'], groups: ['zones'], geometry: 'polygon' },
  green: { ids: ['ecology-areas'], groups: ['green', 'ecology'], geometry: 'polygon' },
  origins: { ids: ['structure-main', 'structure-sub'], groups: [], geometry: 'point' },
  places: { ids: ['structure-towns', 'structure-sub'], groups: [], geometry: 'point' },
  roads: { ids: ['transport-roads', 'structure-carriers'], groups: ['transport'], geometry: 'line' },
} satisfies Record<string, Rule>;

/** The preferred layers that exist, else every plan layer of the rule's groups and geometry. */
export function layersFor(rule: Rule, choices: LayerChoice[]): string[] {
  const plan = choices.filter((c) => !c.user && c.geometry === rule.geometry);
  const preferred = rule.ids.filter((id) => plan.some((c) => c.id === id));
  if (preferred.length) return preferred;
  return plan.filter((c) => rule.groups.includes(c.group)).map((c) => c.id);
}

/**
 * Parameters of a preset, keeping the user's population choice.
 * @example presetParams('siting', layerChoices(src)).k // 2
 */
export function presetParams(id: PresetId, choices: LayerChoice[], current?: CoverageParams): CoverageParams {
  const p = defaultParams();
  if (current?.population) p.population = current.population;
  const target = layersFor(RULES.target, choices)[0];
  if (target) p.target = { layer: target };
  p.roads = layersFor(RULES.roads, choices);
  switch (id) {
    case 'life15':
    case 'siting':
      p.analysis = id === 'life15' ? 'coverage' : 'siting';
      p.facilities = layersFor(RULES.facilities, choices).map((layer) => ({ layer }));
      p.mode = 'straight';
      p.tier = '15min';
      p.placed = current?.placed ?? [];
      break;
    case 'green': {
      p.analysis = 'green';
      const green = layersFor(RULES.green, choices);
      p.green = green;
      p.parks = green;
      break;
    }
    case 'reach':
      p.analysis = 'reach';
      p.mode = 'network';
      p.travel = 'drive';
      p.minutes = [30, 60];
      p.origins = layersFor(RULES.origins, choices);
      p.places = layersFor(RULES.places, choices);
      break;
  }
  return p;
}
