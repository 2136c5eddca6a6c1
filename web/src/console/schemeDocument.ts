import type { FormInstance } from 'antd';
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import type { UserError } from '../shared/errors';
import { FIELD_KEYS } from './SchemeItemFields';

/**
 * The scheme editor's file work (SchemeEditor.tsx): the form's values read from the scheme file, written back
 * into it with the `yaml` library's document model (comments and layout survive), and the engine's problems put
 * beside the fields they name.
 */

/** The parts of a scheme the form edits; everything else in the file is kept as it was (comments included). */
export const EDITED = ['title', 'bands', 'sections', 'bonus', 'penalties', 'vetoes', 'exclusions', 'grouping', 'publication'] as const;

export type Values = Record<string, unknown>;

/** The form's values: the edited parts of the file, as plain data. */
export function editable(doc: Document): Values {
  const all = (doc.toJS() ?? {}) as Values;
  return Object.fromEntries(EDITED.filter((k) => all[k] !== undefined).map((k) => [k, all[k]]));
}

/**
 * Writes every leaf of the form's values into the document (setIn keeps each node's style and comments), and
 * drops what the form no longer has: list entries past the form's end (an item or rule removed) and keys of an
 * edited map the form has not got (an item moved up in place of a removed one brings only its own keys).
 */
export function apply(doc: Document, value: unknown, path: (string | number)[]) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => apply(doc, v, [...path, i]));
    const node = doc.getIn(path, true);
    if (isSeq(node)) node.items.splice(value.length);
  } else if (value !== null && typeof value === 'object') {
    Object.entries(value as Values).forEach(([k, v]) => apply(doc, v, [...path, k]));
    const node = path.length > 0 ? doc.getIn(path, true) : null;
    if (isMap(node)) {
      for (const pair of [...node.items]) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof key === 'string' && !(key in (value as Values))) node.delete(key);
      }
    }
  } else if (value === null || value === undefined || value === '') {
    if (doc.hasIn(path)) doc.deleteIn(path);
  } else if (!doc.hasIn(path) || doc.getIn(path) !== value) {
    doc.setIn(path, value);
  }
}

/** Every rule code of a scheme's edited parts, and its vetoes' codes: what recorded facts may name. */
export function ruleCodes(values: Values): Set<string> {
  const codes = new Set<string>();
  const parts = [...((values.sections as Values[] | undefined) ?? []), values.bonus as Values, values.penalties as Values];
  for (const part of parts) {
    for (const item of (part?.items as Values[] | undefined) ?? []) {
      for (const rule of (item.rules as Values[] | undefined) ?? []) if (rule.code) codes.add(String(rule.code));
    }
  }
  for (const kind of ['vetoes', 'exclusions'])
    for (const entry of (values[kind] as Values[] | undefined) ?? []) if (entry.code) codes.add(String(entry.code));
  return codes;
}

/** "source.sections[0].items[2].rules[1].points" → ["sections", 0, "items", 2, "rules", 1, "points"] */
function formPath(field: string | null | undefined): (string | number)[] | null {
  if (!field || !field.startsWith('source.')) return null;
  return field
    .slice('source.'.length)
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Puts each problem beside its field (the part after 「：」: the place is the field itself); returns the rest. */
export function showProblems(form: FormInstance, problems: readonly UserError[]): UserError[] {
  const values = form.getFieldsValue(true) as Values;
  const rest: UserError[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const p of problems) {
    const path = formPath(p.field);
    let node: unknown = values;
    for (const key of path ?? []) node = node == null ? undefined : (node as Record<string | number, unknown>)[key];
    // beside its field when the form shows one there: a value, a list of values (levels), or an empty field (a
    // new rule without its points); a problem about a whole part (an item without rules) goes in the list
    const shown = FIELD_KEYS.has(String(path?.[path.length - 1])) && (node == null || typeof node !== 'object' || Array.isArray(node));
    if (path && path.length > 0 && shown) {
      fields.push({ name: path, errors: [p.message.includes('：') ? p.message.slice(p.message.indexOf('：') + 1) : p.message] });
    } else {
      rest.push(p);
    }
  }
  // the last check's problems go first: a field fixed since shows none
  const stale = form.getFieldsError().filter((f) => f.errors.length > 0);
  form.setFields(stale.map((f) => ({ name: f.name, errors: [] })));
  form.setFields(fields as Parameters<FormInstance['setFields']>[0]);
  if (fields.length) form.scrollToField(fields[0].name, { block: 'center', focus: true });
  return rest;
}
