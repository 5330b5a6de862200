/**
 * Parser for the plan's spatial element inventory (`shared/plan/inventory.md`).
 *
 * Only tables whose first header cell is `id` are element tables (the
 * township, place-name and figure tables are notes). Rows that stand for a
 * numbered set (`eco_fa_1 / eco_fa_2 / eco_fa_3`, `eco_corr_1 … eco_corr_7`)
 * are expanded into one id per member, because each member must end up on
 * the map or in the catalogue on its own.
 */

export interface InventoryRow {
  id: string;
  /** The row's id cell as written, e.g. `eco_corr_1 … eco_corr_7`. */
  cell: string;
  /** The section heading the table sits under, e.g. `## 8. 交通 Transport …`. */
  section: string;
  cells: string[];
  /** Line in inventory.md (1-based). */
  line: number;
}

const ID = /^[a-z][a-z0-9_]*$/;

/**
 * Expands an id cell into ids: plain ids, `a / b / c` lists and
 * `prefix_1 … prefix_7` ranges (with `…` or `...`).
 *
 * @example
 * expandIdCell('eco_corr_1 … eco_corr_3') // ['eco_corr_1', 'eco_corr_2', 'eco_corr_3']
 */
export function expandIdCell(cell: string): string[] {
  const text = cell.replace(/`/g, '').trim();
  const range = /^([a-z][a-z0-9_]*?)(\d+)\s*(?:…|\.\.\.)\s*\1(\d+)$/.exec(text);
  if (range) {
    const [, prefix, from, to] = range;
    const ids: string[] = [];
    for (let n = Number(from); n <= Number(to); n++) ids.push(`${prefix}${n}`);
    return ids;
  }
  const parts = text.split(/\s*[/,，]\s*/).filter(Boolean);
  if (parts.length > 0 && parts.every((p) => ID.test(p))) return parts;
  return [];
}

function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((c) => c.trim());
}

/**
 * Every element id of the inventory, in document order, with its row.
 * Throws when an id cell of an element table cannot be read, so a changed
 * inventory format fails loudly instead of silently shrinking the list.
 */
export function parseInventory(markdown: string): InventoryRow[] {
  const rows: InventoryRow[] = [];
  const lines = markdown.split(/\r?\n/);
  let section = '';
  let inIdTable = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line.startsWith('#')) {
      section = line;
      inIdTable = false;
      return;
    }
    if (!line.startsWith('|')) {
      inIdTable = false;
      return;
    }
    const cells = splitRow(line);
    if (cells[0] === 'id') {
      inIdTable = true;
      return;
    }
    if (!inIdTable || /^-+$/.test(cells[0].replace(/:/g, ''))) return;
    const ids = expandIdCell(cells[0]);
    if (ids.length === 0) throw new Error(`inventory.md line ${i + 1}: cannot read id cell "${cells[0]}"`);
    for (const id of ids) rows.push({ id, cell: cells[0], section, cells, line: i + 1 });
  });
  return rows;
}
