// Articles in, outcomes out, in input order, on one thread or a pool of worker
// threads. The consumer's promise is awaited before the next outcome, so a slow
// output (a full pipe) slows the reading of inputs instead of filling memory.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { extract } from '../extract.js';
import { InputError, type InputErrorCode } from '../errors.js';
import { makeSerializer, type OutputOptions, type Serialize } from '../output/writers.js';
import { parseJsonlLine, type Article } from './inputs.js';
import { AHEAD, BATCH, WorkerPool } from './pool.js';

/** One input's result: its record already serialized for the output, or why it failed. */
export type Outcome = { id: string; output: string } | { id: string; error: InputError };

/** What crosses a thread boundary: errors as plain data, rebuilt on the other side. */
export type WireOutcome = { id: string; output: string } | { id: string; error: { code: InputErrorCode; message: string } };

export interface ExtractOneOptions {
  explain: boolean;
  maxBytes: number;
}

export interface RunOptions extends ExtractOneOptions {
  output: OutputOptions;
  /** Worker threads; 1 extracts on the main thread. */
  jobs: number;
  /** Stops reading inputs; outcomes already handed over stay written. */
  signal?: AbortSignal;
}

/** Extract and serialize one article; input errors become outcomes, programmer errors are reported as such. */
export function extractOne(article: Article, o: ExtractOneOptions, serialize: Serialize): Outcome {
  const a = 'jsonl' in article ? parseJsonlLine(article) : article;
  if ('error' in a) return { id: a.id, error: a.error };
  try {
    const input = 'bytes' in a ? a.bytes : a.text;
    return { id: a.id, output: serialize(extract(input, { id: a.id, explain: o.explain, maxBytes: o.maxBytes })) };
  } catch (err) {
    if (err instanceof InputError) return { id: a.id, error: err };
    return { id: a.id, error: internalError(a.id, err) };
  }
}

/** A bug of ours must not stop the batch; it is reported against the input that found it. */
export function internalError(id: string, err: unknown): InputError {
  const why = err instanceof Error ? err.message : String(err);
  return new InputError('internal', `${id}: internal error while extracting (${why}); please report it`);
}

export const toWire = (o: Outcome): WireOutcome =>
  'output' in o ? o : { id: o.id, error: { code: o.error.code, message: o.error.message } };

export const fromWire = (o: WireOutcome): Outcome =>
  'output' in o ? o : { id: o.id, error: new InputError(o.error.code, o.error.message) };

/**
 * Feed every article to `onOutcome`, in input order. With more than one job and
 * more than one article, a worker pool extracts ahead of the writer, at most a
 * few articles per worker, so memory is bounded by that window, not the batch.
 * A single article never starts a worker: a one-file run costs one thread.
 */
/** How long the one-thread loop runs before it lets events (a Ctrl-C, a drained pipe) in. */
const YIELD_EVERY_MS = 10;

/** Input bytes in flight at most (one article may be bigger on its own). */
const MAX_BYTES_IN_FLIGHT = 64 << 20;

/** An article's size as it travels: bytes, or two bytes per UTF-16 unit of text. */
function sizeOf(a: Article): number {
  if ('bytes' in a) return a.bytes.length;
  if ('jsonl' in a) return a.jsonl.length;
  if ('text' in a) return a.text.length * 2;
  return 0;
}

export async function extractAll(
  source: AsyncIterable<Article>,
  o: RunOptions,
  onOutcome: (o: Outcome) => Promise<void> | void,
): Promise<void> {
  const iterator = source[Symbol.asyncIterator]();
  // An interrupt must not wait for the next input: stdin may stay open for hours.
  const articles = { next: () => nextUnlessAborted(iterator, o.signal) };
  const first = await articles.next();
  if (first.done) return;
  const second = o.jobs > 1 ? await articles.next() : undefined;

  if (o.jobs <= 1 || second?.done) {
    const serialize = await makeSerializer(o.output);
    await onOutcome(extractOne(first.value, o, serialize));
    if (o.jobs <= 1) {
      let turn = performance.now();
      for (let next = await articles.next(); !next.done && !o.signal?.aborted; next = await articles.next()) {
        // Let signals and stream events in every few milliseconds: the loop is otherwise
        // all microtasks. (Every article was a turn of the event loop too many.)
        if (performance.now() - turn > YIELD_EVERY_MS) {
          await nextTurn();
          turn = performance.now();
          if (o.signal?.aborted) break;
        }
        await onOutcome(extractOne(next.value, o, serialize));
      }
    }
    return;
  }

  let mainSerialize: Serialize | undefined;
  const onMainThread = async (a: Article) => extractOne(a, o, (mainSerialize ??= await makeSerializer(o.output)));
  const pool = new WorkerPool(o.jobs, { explain: o.explain, maxBytes: o.maxBytes, output: o.output }, onMainThread);
  // room for every worker's batches ahead (pool.ts) and one more batch each waiting, so none runs
  // dry; fewer when the articles are big, so memory stays bounded by bytes as well as by count
  const window = o.jobs * BATCH * (AHEAD + 1);
  const inFlight: Array<{ outcome: Promise<Outcome>; size: number }> = [];
  let bytesInFlight = 0;
  const submit = (a: Article) => {
    const size = sizeOf(a);
    bytesInFlight += size;
    inFlight.push({ outcome: 'error' in a ? Promise.resolve({ id: a.id, error: a.error }) : pool.run(a), size });
  };
  const writeOldest = async () => {
    const { outcome, size } = inFlight.shift()!;
    bytesInFlight -= size;
    await onOutcome(await outcome);
  };
  const full = () => inFlight.length >= window || (bytesInFlight > MAX_BYTES_IN_FLIGHT && inFlight.length > 1);
  try {
    submit(first.value);
    submit(second!.value);
    for (let next = await articles.next(); !next.done && !o.signal?.aborted; next = await articles.next()) {
      submit(next.value);
      while (full() && !o.signal?.aborted) await writeOldest();
    }
    while (inFlight.length > 0 && !o.signal?.aborted) await writeOldest();
  } finally {
    await pool.close();
  }
}

const ABORTED: IteratorReturnResult<undefined> = { done: true, value: undefined };

/** The iterator's next item, or done as soon as the signal aborts. */
function nextUnlessAborted<T>(iterator: AsyncIterator<T>, signal?: AbortSignal): Promise<IteratorResult<T>> {
  if (!signal) return iterator.next();
  if (signal.aborted) return Promise.resolve(ABORTED);
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
    iterator.next().then(
      (r) => {
        signal.removeEventListener('abort', onAbort);
        resolve(r);
      },
      (err) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}
