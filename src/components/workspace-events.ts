import type { Lang } from '../i18n/lang';

/**
 * Events the workspace components fire on user action. All bubble and are
 * composed, so a host page or the app shell hears them across shadow roots.
 */

/** `plan-select`: the user opened an element (map feature or catalogue entry). */
export interface PlanSelectDetail {
  id: string;
  /** `feature`: drawn on the map; `entry`: a catalogue entry without geometry. */
  kind: 'feature' | 'entry';
  /** What the user used: search, catalogue, list, inspector link, … */
  source: string;
}

/** `plan-lang-change`: the user picked a UI language. */
export interface PlanLangChangeDetail {
  lang: Lang;
}

/** `plan-basemap-change`: the user picked a basemap (the key is never included). */
export interface PlanBasemapChangeDetail {
  id: string;
}

/** `plan-open-catalogue`: the user asked for the catalogue of unlocated elements, optionally at one entry. */
export interface PlanOpenCatalogueDetail {
  id?: string;
}

/** Dispatches a typed, bubbling, composed event; returns false when a listener cancelled it. */
export function fire<T>(el: EventTarget, type: string, detail: T, cancelable = false): boolean {
  return el.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface HTMLElementEventMap {
    'plan-select': CustomEvent<PlanSelectDetail>;
    'plan-lang-change': CustomEvent<PlanLangChangeDetail>;
    'plan-basemap-change': CustomEvent<PlanBasemapChangeDetail>;
    'plan-open-catalogue': CustomEvent<PlanOpenCatalogueDetail>;
    'plan-inspector-close': CustomEvent<Record<string, never>>;
  }
}
