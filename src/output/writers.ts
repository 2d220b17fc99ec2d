// Record writers for JSON (an array), JSON Lines and CSV. One core per format,
// written to as each article finishes, so output streams whatever the batch size.
import { stringify } from 'csv-stringify/sync';
import type { ArticleRecord } from '../schema.js';
import { columnsOf, rowsOf, type Table } from './tables.js';

export type Format = 'json' | 'jsonl' | 'csv';

export interface RecordWriter {
  /** Text to write for one record. */
  record(rec: ArticleRecord): string;
  /** Text to write at the end (closing bracket of a JSON array). */
  end(): string;
}

export function makeWriter(format: Format, opts: { table: Table; bom: boolean }): RecordWriter {
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
