/**
 * Completeness: every id of the plan's spatial element inventory is either a
 * mapped feature or a catalogue entry. The inventory lives outside the
 * project (`../shared/plan/inventory.md`); without it the coverage test is
 * skipped, the parser tests still run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandIdCell, parseInventory } from '../../../scripts/author/inventory';
import { ELEMENTS } from '../../../scripts/author/elements';
import { INVENTORY, elements, hasInventory } from './load';

describe('inventory parser', () => {
  it('expands numbered ranges and slash lists into one id per member', () => {
    expect(expandIdCell('eco_corr_1 … eco_corr_7')).toEqual(['eco_corr_1', 'eco_corr_2', 'eco_corr_3', 'eco_corr_4', 'eco_corr_5', 'eco_corr_6', 'eco_corr_7']);
    expect(expandIdCell('eco_fa_1 / eco_fa_2 / eco_fa_3')).toEqual(['eco_fa_1', 'eco_fa_2', 'eco_fa_3']);
    expect(expandIdCell('`ucs_main`')).toEqual(['ucs_main']);
    expect(expandIdCell('乡镇')).toEqual([]);
  });

  it('reads only tables whose first column is id, and fails loudly on an unreadable id cell', () => {
    const md = [
      '## 1. Structure', '| id | name |', '|---|---|', '| ucs_main | 县城 |', '| a_1 … a_2 | set |', '',
      '## Townships', '| 乡镇 | lines |', '|---|---|', '| 城关 | L113 |',
    ].join('\n');
    expect(parseInventory(md).map((r) => r.id)).toEqual(['ucs_main', 'a_1', 'a_2']);
    expect(() => parseInventory('| id | n |\n|---|---|\n| Not An Id | x |')).toThrow(/line 3/);
  });
});

describe.skipIf(!hasInventory)('inventory coverage (../shared/plan/inventory.md)', () => {
  const rows = hasInventory ? parseInventory(readFileSync(INVENTORY, 'utf8')) : [];

  it('parses the whole inventory, multi-id rows expanded', () => {
    expect(rows.length).toBeGreaterThan(400);
    const ids = rows.map((r) => r.id);
    expect(ids).toContain('eco_corr_7');
    expect(ids).toContain('eco_fa_3');
    expect(ids).toContain('ind_poor_villages');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts every inventory id on the map or in the catalogue', async () => {
    const { mapped, catalogue } = await elements();
    const missing = rows.filter((r) => !mapped.has(r.id) && !catalogue.has(r.id)).map((r) => `${r.id} (inventory.md line ${r.line})`);
    expect(missing, `inventory ids neither mapped nor catalogued:\n${missing.join('\n')}`).toEqual([]);
  });

  it('catalogues every indicator row as an indicator', async () => {
    const { catalogue } = await elements();
    const wrong = rows.filter((r) => r.section.startsWith('## Indicators')).filter((r) => catalogue.get(r.id)?.type !== 'indicator').map((r) => r.id);
    expect(wrong).toEqual([]);
  });

  it('marks every element that is not an inventory row as derived', () => {
    const inventory = new Set(rows.map((r) => r.id));
    const undeclared = ELEMENTS.filter((e) => !inventory.has(e.id) && !e.derived).map((e) => e.id);
    expect(undeclared).toEqual([]);
  });
});

if (!hasInventory) {
  console.warn(`inventory coverage skipped: ${INVENTORY} not found (the shared folder is not beside the project)`);
}
