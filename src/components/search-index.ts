/**
 * Name search over plan elements: Chinese name, English name, id, and —
 * once pinyin-pro has been loaded — full pinyin and initials, so 朱阳关,
 * "Zhuyangguan", "zhuyangguan" and "zyg" all find 朱阳关镇. Pure: the pinyin
 * functions are passed in.
 */

export interface SearchItem {
  id: string;
  kind: 'feature' | 'entry';
  name: string;
  nameEn: string;
}

/** Converters from pinyin-pro (or a stub in tests). */
export interface PinyinFns {
  full(text: string): string;
  initials(text: string): string;
}

export interface SearchDoc extends SearchItem {
  fields: { value: string; weight: number; prefixOnly?: boolean }[];
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
}

/**
 * Lower case, accents and spaces removed, fullwidth forms folded; keeps CJK,
 * letters and digits so "Zhuyang guan" and "zhuyangguan" compare equal.
 *
 * @example
 * normalize('  Zhūyáng Guān ') // 'zhuyangguan'
 */
export function normalize(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A name without its bracketed notes: 南部副中心（五里川—朱阳关） → 南部副中心. */
function stripNotes(s: string): string {
  return s.replace(/[（(][^（）()]*[)）]/g, '');
}

/** Search documents for the items; pinyin fields are added when `py` is given. */
export function buildDocs(items: readonly SearchItem[], py?: PinyinFns): SearchDoc[] {
  return items.map((it) => {
    const fields: SearchDoc['fields'] = [
      { value: normalize(it.name), weight: 1 },
      { value: normalize(it.nameEn), weight: 0.95 },
      // "Zhuyangguan (southern sub-centre)" should match "Zhuyangguan" exactly.
      { value: normalize(stripNotes(it.nameEn)), weight: 0.95 },
      { value: normalize(it.id), weight: 0.9 },
    ];
    if (py && /\p{Script=Han}/u.test(it.name)) {
      fields.push({ value: normalize(py.full(it.name)), weight: 0.85 });
      fields.push({ value: normalize(py.initials(it.name)), weight: 0.7, prefixOnly: true });
    }
    return { ...it, fields: fields.filter((f, i) => f.value && fields.findIndex((g) => g.value === f.value) === i) };
  });
}

function fieldScore(value: string, q: string, prefixOnly: boolean): number {
  if (value === q) return 100;
  if (value.startsWith(q)) return 80 - Math.min(15, (value.length - q.length) / 4);
  if (prefixOnly || q.length < 2) return 0;
  return value.includes(q) ? 50 - Math.min(15, (value.length - q.length) / 8) : 0;
}

/**
 * Ranked matches for `query`: exact before prefix before substring, mapped
 * features before catalogue entries when equal.
 *
 * @example
 * searchDocs(docs, 'Zhuyangguan')[0].doc.id // 'ucs_sub_south_zhuyangguan'
 */
export function searchDocs(docs: readonly SearchDoc[], query: string, limit = 20): SearchHit[] {
  const q = normalize(query).slice(0, 100);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const doc of docs) {
    let best = 0;
    for (const f of doc.fields) best = Math.max(best, fieldScore(f.value, q, !!f.prefixOnly) * f.weight);
    if (best > 0) hits.push({ doc, score: best + (doc.kind === 'feature' ? 0.5 : 0) });
  }
  hits.sort((a, b) => b.score - a.score || a.doc.name.localeCompare(b.doc.name, 'zh'));
  return hits.slice(0, limit);
}

/** Loads pinyin-pro on first use (it is ~300 KB, so it stays out of the first paint). */
export async function loadPinyin(): Promise<PinyinFns> {
  const { pinyin } = await import('pinyin-pro');
  return {
    full: (t) => pinyin(t, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(''),
    initials: (t) => pinyin(t, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(''),
  };
}
