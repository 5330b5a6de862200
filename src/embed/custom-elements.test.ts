/**
 * Keeps custom-elements.json true: every attribute, property, public
 * method, event, slot, part and custom property that the element sources
 * declare is described, and nothing else.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

interface Declaration {
  tagName: string;
  attributes: { name: string; fieldName: string }[];
  members: { kind: 'field' | 'method'; name: string }[];
  events: { name: string }[];
  slots?: { name: string }[];
  cssParts: { name: string }[];
  cssProperties: { name: string }[];
}

const cem = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
  schemaVersion: string;
  modules: { path: string; declarations: Declaration[] }[];
};
const LIFECYCLE = new Set(['connectedCallback', 'disconnectedCallback', 'render', 'willUpdate', 'updated', 'firstUpdated']);

/** What a component file declares, read from its decorators, methods and class doc. */
function declared(src: string) {
  const doc = /\/\*\*([\s\S]*?)\*\/\s*@planElement/.exec(src)?.[1] ?? '';
  const tags = (tag: string) => [...doc.matchAll(new RegExp(`@${tag} ([\\w-]+)`, 'g'))].map((m) => m[1]);
  const props = [...src.matchAll(/@property\(([^)]*)\)\s+(?:override\s+)?(\w+)/g)].map((m) => {
    const opts = m[1];
    const name = m[2];
    const attr = /attribute:\s*false/.test(opts) ? undefined : (/attribute:\s*'([\w-]+)'/.exec(opts)?.[1] ?? name.toLowerCase());
    return { name, attr };
  });
  const methods = [...src.matchAll(/^ {2}(?:async )?(\w+)\(.*\):.*\{$/gm)].map((m) => m[1]).filter((n) => !LIFECYCLE.has(n));
  const getters = [...src.matchAll(/^ {2}get (\w+)\(\)/gm)].map((m) => m[1]);
  const slots = [...src.matchAll(/<slot(?: name="([\w-]+)")?><\/slot>/g)].map((m) => m[1] ?? '');
  return { doc, events: tags('fires'), parts: tags('csspart'), cssProps: tags('cssprop'), props, methods, getters, slots };
}

const names = (xs: { name: string }[] | undefined) => (xs ?? []).map((x) => x.name).sort();

describe.each([
  ['src/components/plan-map.ts', 'src/components/plan-map-styles.ts'],
  ['src/components/plan-share-dialog.ts', 'src/components/share-dialog-styles.ts'],
])('%s', (file, stylesFile) => {
  const src = readFileSync(file, 'utf8');
  const d = declared(src);
  const decl = cem.modules.find((m) => m.path === file)?.declarations[0] as Declaration;

  test('is described, with the tag it defines', () => {
    expect(cem.schemaVersion).toBe('2.1.0');
    expect(decl).toBeDefined();
    expect(src).toContain(`@planElement('${decl.tagName}')`);
  });

  test('attributes and properties', () => {
    const own = decl.attributes.filter((a) => a.name !== 'for');
    expect(own.map((a) => a.name).sort()).toEqual(d.props.filter((p) => p.attr).map((p) => p.attr).sort());
    for (const a of own) expect(d.props.find((p) => p.attr === a.name)?.name, a.name).toBe(a.fieldName);
    const fields = decl.members.filter((m) => m.kind === 'field').map((m) => m.name);
    for (const p of d.props) expect(fields, p.name).toContain(p.name);
    for (const g of d.getters) expect(fields, g).toContain(g);
  });

  test('public methods', () => {
    expect(decl.members.filter((m) => m.kind === 'method').map((m) => m.name).sort()).toEqual([...d.methods].sort());
  });

  test('events, slots, parts and custom properties', () => {
    expect(names(decl.events)).toEqual([...d.events].sort());
    if (d.slots.length > 0) expect(names(decl.slots)).toEqual([...d.slots].sort());
    // Every documented part is described; every described part is named in the class doc.
    for (const p of d.parts) expect(names(decl.cssParts), p).toContain(p);
    for (const p of names(decl.cssParts)) expect(d.doc, p).toMatch(new RegExp(`\\b${p}\\b`));
    expect(names(decl.cssProperties)).toEqual([...d.cssProps].sort());
    // Every custom property the element's own styles read is documented.
    const used = new Set([...readFileSync(stylesFile, 'utf8').matchAll(/var\((--plan-[\w-]+)/g)].map((m) => m[1]));
    for (const p of used) expect(d.cssProps, p).toContain(p);
  });
});
