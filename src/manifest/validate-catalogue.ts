import { ErrorList, checkI18n, checkKeys, isId, isNonEmptyString, isObject } from './checks';
import type { PlanText } from './plan-text';
import { checkPlanProperties } from './validate-features';
import type { ValidationError } from './types';

/**
 * Validates the catalogue of unlocated elements and composites. Unlocated
 * entries need a `reason`; composites need `members`. Cross-file checks
 * (member ids exist) are done by `validateAll`.
 */
export function validateCatalogue(
  catalogue: unknown,
  plan: PlanText,
  groups: ReadonlySet<string>,
  file: string,
): ValidationError[] {
  const out = new ErrorList(file);
  if (!isObject(catalogue) || catalogue.spec_version !== 1 || !Array.isArray(catalogue.entries)) {
    out.add('$', 'must be { "spec_version": 1, "entries": [...] }');
    return out.errors;
  }
  catalogue.entries.forEach((e, i) => {
    const id = isObject(e) && typeof e.id === 'string' ? e.id : undefined;
    const p = `$.entries[${i}]${id ? ` (id "${id}")` : ''}`;
    if (!isObject(e)) return out.add(p, 'must be an object');
    checkKeys(out, p, e, ['id', 'group', 'type', 'properties', 'reason', 'members', 'value']);
    if (!isId(e.id)) out.add(`${p}.id`, 'must be a lower-case id');
    if (typeof e.group !== 'string' || !groups.has(e.group)) out.add(`${p}.group`, `group ${JSON.stringify(e.group)} is not in the manifest's groups`);
    if (!['unlocated', 'composite', 'indicator'].includes(e.type as string)) {
      out.add(`${p}.type`, 'must be "unlocated", "composite" or "indicator"');
    }
    checkPlanProperties(out, `${p}.properties`, e.properties, plan, { located: false });
    if (isObject(e.properties) && e.properties.id !== e.id) out.add(`${p}.properties.id`, `must equal the entry id "${String(e.id)}"`);
    if (e.type === 'unlocated') checkI18n(out, `${p}.reason`, e.reason);
    checkI18n(out, `${p}.value`, e.value, false);
    if (e.type === 'composite') {
      if (!Array.isArray(e.members) || e.members.length === 0 || !e.members.every(isNonEmptyString)) {
        out.add(`${p}.members`, 'a composite must list the ids of its members');
      }
    } else if (e.members !== undefined) {
      out.add(`${p}.members`, 'only composites have members');
    }
  });
  return out.errors;
}
