// Output in two halves. A serializer turns one record into its text (a JSON
// object, a JSON line, CSV rows) and is pure, so worker threads run it beside
// the extraction and hand back a string, which is far cheaper to pass between
// threads than the record's object graph. A framer, on the writing side, adds
// what depends on position: the CSV header, the JSON array's brackets and commas.
import type { ArticleRecord } from '../schema.js';

export type Format = 'json' | 'jsonl' | 'csv';

/** CSV tables: one row per article, or one row per item keyed by the article id. */
export const TABLES = ['articles', 'counts', 'localities', 'zones', 'organizations', 'programs', 'dates'] as const;
export type Table = (typeof TABLES)[number];

export interface OutputOptions {
  format: Format;
  table: Table;
}

export type Serialize = (rec: ArticleRecord) => string;

export interface Framer {
  /** Text to write for one serialized record. */
  item(serialized: string): string;
  /** Text to write at the end (closing bracket of a JSON array; a CSV header if nothing came). */
  end(): string;
}

/**
 * CSV's columns are derived from the zod schema, so the schema and the CSV
 * library are loaded only when CSV is asked for: JSON Lines runs start faster.
 */
async function csvTable(table: Table) {
  const [{ stringify }, { columnsOf, rowsOf }] = await Promise.all([import('csv-stringify/sync'), import('./tables.js')]);
  const cols = columnsOf(table);
  return { stringify, cols, rowsOf };
}

export async function makeSerializer(o: OutputOptions): Promise<Serialize> {
  if (o.format === 'jsonl') return (r) => JSON.stringify(r);
  if (o.format === 'json') return (r) => JSON.stringify(r, null, 2);
  const { stringify, cols, rowsOf } = await csvTable(o.table);
  return (r) => {
    const rows = rowsOf(o.table, r, cols).map((row) => cols.map((c) => row[c] ?? ''));
    return rows.length ? stringify(rows) : '';
  };
}

export async function makeFramer(o: OutputOptions & { bom: boolean }): Promise<Framer> {
  if (o.format === 'jsonl') return { item: (s) => s + '\n', end: () => '' };
  if (o.format === 'json') {
    let first = true;
    return {
      item(s) {
        const text = (first ? '[\n' : ',\n') + s;
        first = false;
        return text;
      },
      end: () => (first ? '[]\n' : '\n]\n'),
    };
  }
  const { stringify, cols } = await csvTable(o.table);
  let header = (o.bom ? '\uFEFF' : '') + stringify([cols]);
  return {
    item(s) {
      const text = header + s;
      header = '';
      return text;
    },
    end: () => header, // a header even when no record was written
  };
}
