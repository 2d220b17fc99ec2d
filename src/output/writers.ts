// Record writers for JSON (an array), JSON Lines and CSV. One core per format,
// written to as each article finishes, so output streams whatever the batch size.
import type { ArticleRecord } from '../schema.js';

export type Format = 'json' | 'jsonl' | 'csv';

/** CSV tables: one row per article, or one row per item keyed by the article id. */
export const TABLES = ['articles', 'counts', 'localities', 'organizations', 'programs', 'dates'] as const;
export type Table = (typeof TABLES)[number];

export interface RecordWriter {
  /** Text to write for one record. */
  record(rec: ArticleRecord): string;
  /** Text to write at the end (closing bracket of a JSON array). */
  end(): string;
}

/**
 * A writer for one output format. CSV's columns are derived from the zod schema,
 * so the schema and the CSV library are loaded only when CSV is asked for: JSON
 * Lines runs start faster without them.
 */
export async function makeWriter(format: Format, opts: { table: Table; bom: boolean }): Promise<RecordWriter> {
  if (format === 'jsonl') return { record: (r) => JSON.stringify(r) + '\n', end: () => '' };
  if (format === 'json') {
    let first = true;
    return {
      record(r) {
        const text = (first ? '[\n' : ',\n') + JSON.stringify(r, null, 2);
        first = false;
        return text;
      },
      end: () => (first ? '[]\n' : '\n]\n'),
    };
  }
  const [{ stringify }, { columnsOf, rowsOf }] = await Promise.all([import('csv-stringify/sync'), import('./tables.js')]);
  const cols = columnsOf(opts.table);
  let header = (opts.bom ? '\uFEFF' : '') + stringify([cols]);
  return {
    record(r) {
      const rows = rowsOf(opts.table, r, cols).map((row) => cols.map((c) => row[c] ?? ''));
      const text = header + (rows.length ? stringify(rows) : '');
      header = '';
      return text;
    },
    end: () => header, // a header even when no record was written
  };
}
