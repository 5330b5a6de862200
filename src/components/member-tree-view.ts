import { html, nothing } from 'lit';
import { pick, type Lang } from '../i18n/lang';
import type { MapController } from '../map/map-controller';
import type { TreeNode } from './catalogue-tree';
import { displayName, elementInfo } from './element-info';
import { kindLabel } from './kind-label';

export interface TreeViewStrings {
  onMap: { zh: string; en: string };
  notOnMap: { zh: string; en: string };
  missing: { zh: string; en: string };
}

/**
 * A member tree as nested lists of links: ◉ mapped (flies there), ○
 * unlocated (opens its entry). Shared by the catalogue and the inspector.
 */
export function memberTreeView(
  nodes: readonly TreeNode[],
  ctrl: MapController,
  lang: Lang,
  s: TreeViewStrings,
  open: (id: string, kind: TreeNode['kind']) => void,
): unknown {
  return nodes.map((n) => {
    const info = elementInfo(ctrl.index, n.id);
    const label = kindLabel(ctrl, info, lang);
    const where = pick(n.kind === 'feature' ? s.onMap : s.notOnMap, lang);
    return html`<li class="node ${n.kind}">
      ${n.kind === 'missing'
        ? html`<span class="muted">${n.id} ${pick(s.missing, lang)}</span>`
        : html`<button class="link" data-id=${n.id} title=${where} @click=${() => open(n.id, n.kind)}>
            <span class="pin" aria-hidden="true">${n.kind === 'feature' ? '◉' : '○'}</span>${displayName(info, lang)}<span class="sr-only">（${where}）</span>
          </button>`}
      ${label ? html`<span class="kind muted">${label}</span>` : nothing}
      ${n.children.length ? html`<ul>${memberTreeView(n.children, ctrl, lang, s, open)}</ul>` : nothing}
    </li>`;
  });
}
