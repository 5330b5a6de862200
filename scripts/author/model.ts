/**
 * The authoring model: one `Element` per plan element, with the decision of
 * where it goes (a map layer, or the catalogue as unlocated / composite /
 * indicator). The section files under `sections/` are the decision table;
 * `build.ts` turns them into `layers/`.
 */
import type { Geometry } from 'geojson';
import type { I18nText, Status } from '../../src/manifest/types';
import { SEAT_SOURCE, point, seat, seatName, type SeatKey } from './geo';

export type Placement =
  | { on: 'map'; layer: string; geometry: Geometry; accuracy: 'approximate' | 'schematic'; basis: string }
  | { on: 'catalogue'; group: string; type: 'unlocated'; reason: I18nText }
  | { on: 'catalogue'; group: string; type: 'composite'; members: string[] }
  | { on: 'catalogue'; group: string; type: 'indicator'; value: I18nText };

export interface Element {
  id: string;
  name: string;
  name_en: string;
  plan_ref: string;
  quote: string;
  status: Status;
  status_note?: string;
  related?: string[];
  see_also?: string[];
  unspecified?: I18nText;
  kind?: string;
  /** True for elements that are not inventory rows (links, derived composites). */
  derived?: boolean;
  place: Placement;
}

export interface Opts {
  note?: string;
  related?: string[];
  see_also?: string[];
  /** [zh, en] */
  unspecified?: [string, string];
  kind?: string;
  derived?: boolean;
}

/**
 * One element. `cite` is `[line, verbatim quote]`; `names` is `[zh, en]`.
 *
 * @example
 * el('ucs_main', ['县城', 'County seat'], ['L179', '以县城为核心'], '现状', {}, unlocated('structure', 'x', 'y'))
 */
export function el(
  id: string,
  names: [string, string],
  cite: [string, string],
  status: Status,
  o: Opts,
  place: Placement,
): Element {
  return {
    id,
    name: names[0],
    name_en: names[1],
    plan_ref: cite[0],
    quote: cite[1],
    status,
    ...(o.note && { status_note: o.note }),
    ...(o.related && { related: o.related }),
    ...(o.see_also && { see_also: o.see_also }),
    ...(o.unspecified && { unspecified: { zh: o.unspecified[0], en: o.unspecified[1] } }),
    ...(o.kind && { kind: o.kind }),
    ...(o.derived && { derived: true }),
    place,
  };
}

export const i18n = (zh: string, en: string): I18nText => ({ zh, en });

/** On the map with schematic geometry; `basis` says why it sits there. */
export const schematic = (layer: string, geometry: Geometry, basis: string): Placement => ({
  on: 'map', layer, geometry, accuracy: 'schematic', basis,
});

/** The township itself (a town named in a role): its seat point, approximate. */
export function town(layer: string, key: SeatKey, why?: string): Placement {
  return {
    on: 'map', layer, geometry: point(seat(key)), accuracy: 'approximate',
    basis: `${seatName(key)}驻地 / township seat (${SEAT_SOURCE})${why ? `. ${why}` : ''}`,
  };
}

/**
 * A facility or programme the plan puts in a named town, drawn at that
 * town's seat: schematic, because its own site is not given.
 */
export function inTown(layer: string, key: SeatKey, why: string): Placement {
  return schematic(
    layer,
    point(seat(key)),
    `${why} Drawn at the ${seatName(key)} seat (${SEAT_SOURCE}); the site within the township is not given in the plan.`,
  );
}

export const unlocated = (group: string, zh: string, en: string): Placement => ({
  on: 'catalogue', group, type: 'unlocated', reason: i18n(zh, en),
});

export const composite = (group: string, members: string[]): Placement => ({
  on: 'catalogue', group, type: 'composite', members,
});

export const indicator = (group: string, zh: string, en: string): Placement => ({
  on: 'catalogue', group, type: 'indicator', value: i18n(zh, en),
});

/** Common reasons for unlocated entries, so the catalogue speaks one language. */
export const WHY = {
  noSite: ['规划未给出位置。', 'The plan gives no location.'] as [string, string],
  noSiteInSeat: ['规划未给出其在县城内的具体位置。', 'The plan does not say where in the county seat it is.'] as [string, string],
  notNamed: ['规划未列出具体名称和位置。', 'The plan names neither the members nor their locations.'] as [string, string],
  programme: ['这是一项工作或政策，没有自己的几何位置。', 'A programme or policy with no geometry of its own.'] as [string, string],
  noExtent: ['规划未给出范围界线，其图纸缺失。', 'The plan gives no boundary, and its figure is missing.'] as [string, string],
  noRoute: ['规划只给出名称，未给出线路走向。', 'The plan gives the name only, not the alignment.'] as [string, string],
  outside: ['县域以外或包含县域的区域，本项目无经授权的区域界线。', 'A region beyond or enclosing the county; the project holds no licence-clean outline for it.'] as [string, string],
};

export const why = (group: string, w: [string, string], zhExtra = '', enExtra = ''): Placement =>
  unlocated(group, `${w[0]}${zhExtra}`, `${w[1]}${enExtra ? ` ${enExtra}` : ''}`);
