import { beforeAll, describe, expect, test } from 'vitest';
import { buildDocs, loadPinyin, normalize, searchDocs, type PinyinFns, type SearchItem } from './search-index';

const items: SearchItem[] = [
  { id: 'ucs_sub_south_zhuyangguan', kind: 'feature', name: '朱阳关镇', nameEn: 'Zhuyangguan (southern sub-centre)' },
  { id: 'ucs_sub_south', kind: 'feature', name: '南部县域副中心（五里川—朱阳关）', nameEn: 'Southern sub-centre (Wulichuan–Zhuyangguan)' },
  { id: 'ucs_sub_south_wulichuan', kind: 'feature', name: '五里川镇', nameEn: 'Wulichuan (southern sub-centre)' },
  { id: 'tour_core8', kind: 'entry', name: '八个核心旅游景区（名胜）', nameEn: 'Eight core scenic areas' },
  { id: 'ph_zhuyangguan_clinic', kind: 'entry', name: '朱阳关镇卫生院', nameEn: 'Zhuyangguan health centre' },
];

let py: PinyinFns;
beforeAll(async () => {
  py = await loadPinyin();
});

describe('plan element search', () => {
  test('normalize folds case, accents, spaces and punctuation', () => {
    expect(normalize('  Zhūyáng Guān ')).toBe('zhuyangguan');
    expect(normalize('Ｚｈｕ')).toBe('zhu');
  });

  test('朱阳关 finds the town first, by its Chinese name', () => {
    const hits = searchDocs(buildDocs(items), '朱阳关');
    expect(hits[0].doc.id).toBe('ucs_sub_south_zhuyangguan');
    expect(hits.map((h) => h.doc.id)).toContain('ucs_sub_south');
  });

  test('Zhuyangguan and zhuyangguan find it by English name, without pinyin loaded', () => {
    for (const q of ['Zhuyangguan', 'zhuyangguan', 'ZHUYANG GUAN']) expect(searchDocs(buildDocs(items), q)[0].doc.id).toBe('ucs_sub_south_zhuyangguan');
  });

  test('pinyin initials and full pinyin match once pinyin-pro is loaded', () => {
    const docs = buildDocs(items, py);
    expect(searchDocs(docs, 'zyg')[0].doc.id).toBe('ucs_sub_south_zhuyangguan');
    expect(searchDocs(docs, 'wulichuanzhen')[0].doc.id).toBe('ucs_sub_south_wulichuan');
    expect(searchDocs(buildDocs(items), 'zyg')).toEqual([]);
  });

  test('ids match, and mapped features rank before catalogue entries on a tie', () => {
    expect(searchDocs(buildDocs(items), 'tour_core8')[0].doc.id).toBe('tour_core8');
    const hits = searchDocs(buildDocs(items, py), 'zhuyangguan');
    expect(hits[0].doc.kind).toBe('feature');
  });

  test('empty, punctuation-only and unmatched queries return nothing; limit is kept', () => {
    const docs = buildDocs(items, py);
    expect(searchDocs(docs, '')).toEqual([]);
    expect(searchDocs(docs, ' —（） ')).toEqual([]);
    expect(searchDocs(docs, '北京')).toEqual([]);
    expect(searchDocs(docs, 'a', 2).length).toBeLessThanOrEqual(2);
  });
});
