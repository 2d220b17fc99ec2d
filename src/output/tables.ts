// CSV tables, with columns derived from the zod schema: one row per article, or
// a long table with one row per item (count, locality, organization, program,
// date) keyed by the article id — what analysts load into pandas, R or Stata.
import { ArticleRecord, Count, DateMention, Locality, Organization, Program, Zone } from '../schema.js';
import type { ArticleRecord as Rec } from '../schema.js';
import type { z } from 'zod';

import type { Table } from './writers.js';

type Row = Record<string, string | number | null>;
type AnySchema = z.ZodType & { _zod: { def: { type: string; innerType?: AnySchema; element?: AnySchema; shape?: Record<string, AnySchema> } } };

const defOf = (s: AnySchema) => s._zod.def;
/** Unwrap optional/nullable to the schema underneath. */
function base(s: AnySchema): AnySchema {
  let cur = s;
  while (['optional', 'nullable', 'default'].includes(defOf(cur).type)) cur = defOf(cur).innerType!;
  return cur;
}
const isScalar = (s: AnySchema) => ['string', 'number', 'enum', 'boolean', 'literal'].includes(defOf(base(s)).type);
const shapeOf = (s: AnySchema) => (base(s) as unknown as z.ZodObject).shape as unknown as Record<string, AnySchema>;

/** Columns of an item table: the article id, the item's scalar fields, its evidence flattened. */
function itemColumns(schema: AnySchema): string[] {
  const cols = ['id'];
  for (const [key, field] of Object.entries(shapeOf(schema))) {
    if (isScalar(field)) cols.push(key);
    else if (defOf(base(field)).type === 'array' && isScalar(defOf(base(field)).element!)) cols.push(key);
    else if (key === 'evidence') cols.push('evidence_text', 'evidence_start', 'evidence_end');
  }
  return cols;
}

function itemRow(id: string, item: Record<string, unknown>, cols: string[]): Row {
  const row: Row = {};
  const ev = item.evidence as { text: string; start: number; end: number } | undefined;
  for (const c of cols) {
    if (c === 'id') row.id = id;
    else if (c === 'evidence_text') row[c] = ev?.text ?? null;
    else if (c === 'evidence_start') row[c] = ev?.start ?? null;
    else if (c === 'evidence_end') row[c] = ev?.end ?? null;
    else {
      const v = item[c];
      row[c] = Array.isArray(v) ? v.join('; ') : (v as string | number | null | undefined) ?? null;
    }
  }
  return row;
}

const ITEM_SCHEMAS = {
  counts: Count,
  localities: Locality,
  zones: Zone,
  organizations: Organization,
  programs: Program,
  dates: DateMention,
} as const;

/** Fields too long for a cell: the article text of a web page stays in JSON output. */
const NOT_IN_CSV = new Set(['text']);

/**
 * The article table: every scalar field; lists of strings joined with `; `;
 * the primary locality flattened (`locality_name`, `locality_adcode`, …); lists
 * of items summarised by their names (or values) and their number.
 */
function articleColumns(): string[] {
  const cols: string[] = [];
  for (const [key, field] of Object.entries(shapeOf(ArticleRecord as unknown as AnySchema))) {
    if (NOT_IN_CSV.has(key)) continue;
    const b = base(field);
    const type = defOf(b).type;
    if (isScalar(field)) cols.push(key);
    else if (type === 'object') {
      for (const [sub, f] of Object.entries(shapeOf(b))) if (isScalar(f) && sub !== 'rule') cols.push(`${key}_${sub}`);
    } else if (type === 'array') {
      if (isScalar(defOf(b).element!)) cols.push(key);
      else cols.push(key, `n_${key}`);
    }
  }
  return cols;
}

/**
 * An item in an article's cell: a count by its figure and subject, a locality by its code (what
 * tables join on), a zone, an organization or a program by its name (a zone's host code is in the
 * zones table), a date by its value, a warning by its code.
 */
const label = (column: string, item: Record<string, unknown>): string => {
  if (typeof item.value === 'number') return `${item.value}${item.unit ?? ''}${item.subject ? ` ${item.subject}` : ''}`;
  if (column === 'localities') return String(item.adcode ?? '');
  return String(item.name ?? item.value ?? item.code ?? '');
};

function articleRow(rec: Rec, cols: string[]): Row {
  const row: Row = {};
  const r = rec as unknown as Record<string, unknown>;
  for (const c of cols) {
    if (c.startsWith('n_')) {
      row[c] = (r[c.slice(2)] as unknown[]).length;
      continue;
    }
    const under = c.indexOf('_');
    const head = under > 0 ? c.slice(0, under) : c;
    if (under > 0 && r[head] !== undefined && !(c in r)) {
      const obj = r[head] as Record<string, unknown> | null;
      row[c] = obj ? ((obj[c.slice(under + 1)] as string | number | null) ?? null) : null;
      continue;
    }
    const v = r[c];
    if (Array.isArray(v)) row[c] = v.map((x) => (typeof x === 'object' && x ? label(c, x as Record<string, unknown>) : String(x))).join('; ');
    else row[c] = (v as string | number | null | undefined) ?? null;
  }
  return row;
}

export function columnsOf(table: Table): string[] {
  return table === 'articles' ? articleColumns() : itemColumns(ITEM_SCHEMAS[table] as unknown as AnySchema);
}

export function rowsOf(table: Table, rec: Rec, cols: string[]): Row[] {
  if (table === 'articles') return [articleRow(rec, cols)];
  return (rec[table] as unknown as Record<string, unknown>[]).map((item) => itemRow(rec.id, item, cols));
}
