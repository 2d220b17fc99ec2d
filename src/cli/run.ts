// Articles in, outcomes out, in input order. One core for every mode: a file,
// a folder, a JSONL stream.
import { extract } from '../extract.js';
import { InputError } from '../errors.js';
import type { ArticleRecord } from '../schema.js';
import type { Article } from './inputs.js';

export type Outcome = { id: string; record: ArticleRecord } | { id: string; error: InputError };

export interface RunOptions {
  explain: boolean;
  maxBytes: number;
  jobs: number;
}

/** Extract one article; input errors become outcomes, programmer errors are reported as such. */
export function extractOne(a: Article, o: Pick<RunOptions, 'explain' | 'maxBytes'>): Outcome {
  if ('error' in a) return { id: a.id, error: a.error };
  try {
    const input = 'bytes' in a ? a.bytes : a.text;
    return { id: a.id, record: extract(input, { id: a.id, explain: o.explain, maxBytes: o.maxBytes }) };
  } catch (err) {
    if (err instanceof InputError) return { id: a.id, error: err };
    // A bug of ours must not stop the batch; it is reported against the input that found it.
    return { id: a.id, error: new InputError('internal', `${a.id}: internal error while extracting (${(err as Error).message}); please report it`) };
  }
}

export async function extractAll(
  source: AsyncIterable<Article>,
  o: RunOptions,
  onOutcome: (o: Outcome) => Promise<void> | void,
): Promise<void> {
  for await (const article of source) await onOutcome(extractOne(article, o));
}
