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
  /** Threads extracting: the main thread and jobs - 1 workers (1: the main thread alone). */
  jobs: number;
  /** Stops reading inputs; outcomes already handed over stay written. */
  signal?: AbortSignal;
  /** Articles the main thread extracts alone before it starts workers (default ALONE_FIRST). */
  aloneFirst?: number;
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

/** Articles extracted on the main thread alone before a pool starts (see extractAll). */
const ALONE_FIRST = 200;

/** How long the one-thread loop runs before it lets events (a Ctrl-C, a drained pipe) in. */
const YIELD_EVERY_MS = 10;

/**
 * The largest article the main thread takes for itself when it runs beside a
 * pool: a longer one would keep it from feeding the workers for too long.
 */
const MAX_MAIN_THREAD_ARTICLE = 256 << 10;

/** Input bytes in flight at most (one article may be bigger on its own). */
const MAX_BYTES_IN_FLIGHT = 64 << 20;

/** An article's size as it travels: bytes, or two bytes per UTF-16 unit of text. */
function sizeOf(a: Article): number {
  if ('bytes' in a) return a.bytes.length;
  if ('jsonl' in a) return a.jsonl.length;
  if ('text' in a) return a.text.length * 2;
  return 0;
}

/**
 * Feed every article to `onOutcome`, in input order. The main thread extracts
 * the first ALONE_FIRST articles by itself; with more than one job and more
 * articles than that, jobs - 1 workers start and extract ahead of the writer,
 * at most a few articles each, so memory is bounded by that window, not by the
 * batch, and the main thread goes on extracting what they have not taken.
 */
export async function extractAll(
  source: AsyncIterable<Article>,
  o: RunOptions,
  onOutcome: (o: Outcome) => Promise<void> | void,
): Promise<void> {
  const iterator = source[Symbol.asyncIterator]();
  // An interrupt must not wait for the next input: stdin may stay open for hours.
  const articles = { next: () => nextUnlessAborted(iterator, o.signal) };
  const serialize = await makeSerializer(o.output);
  // On this thread alone first: a short batch is done before a worker could
  // have started and warmed up (each compiles the rules anew), and a single
  // article never starts one.
  const alone = o.jobs <= 1 ? Infinity : (o.aloneFirst ?? ALONE_FIRST);
  let done = 0;
  let turn = performance.now();
  let next = await articles.next();
  for (; !next.done && !o.signal?.aborted && done < alone; next = await articles.next()) {
    // Let signals and stream events in every few milliseconds: the loop is otherwise
    // all microtasks. (Every article was a turn of the event loop too many.)
    if (performance.now() - turn > YIELD_EVERY_MS) {
      await nextTurn();
      turn = performance.now();
      if (o.signal?.aborted) return;
    }
    await onOutcome(extractOne(next.value, o, serialize));
    done += 1;
  }
  if (next.done || o.signal?.aborted) return;

  // The main thread is one of the `jobs` extractors: it reads, writes, and between
  // those extracts what no worker has taken yet. Every extracting isolate compiles
  // the rules anew (~1.2 s of CPU); the main thread's compiling fell in its first
  // articles, while the other cores were idle, and jobs - 1 workers leave one thread
  // fewer competing for the cores. (With a worker per job, --jobs 2 ran a hundred
  // articles 30% slower than --jobs 1, and a thousand 10% slower.)
  const onMainThread = async (a: Article) => extractOne(a, o, serialize);
  const pool = new WorkerPool(o.jobs - 1, { explain: o.explain, maxBytes: o.maxBytes, output: o.output }, onMainThread);
  // room for every worker's batches ahead (pool.ts), a batch each in reserve and the main
  // thread's share, so none runs dry; fewer when the articles are big, so memory stays
  // bounded by bytes as well as by count
  const window = 2 * o.jobs * BATCH * (AHEAD + 1);
  const inFlight: Array<{ outcome: Promise<Outcome>; size: number; settled: boolean }> = [];
  let bytesInFlight = 0;
  const submit = (a: Article) => {
    const size = sizeOf(a);
    bytesInFlight += size;
    const entry = { outcome: 'error' in a ? Promise.resolve<Outcome>({ id: a.id, error: a.error }) : pool.run(a), size, settled: false };
    entry.outcome.then(() => (entry.settled = true));
    inFlight.push(entry);
  };
  /** Write the oldest outcome; while it is not ready, extract queued articles here instead of waiting. */
  const writeOldest = async () => {
    while (!inFlight[0].settled && !o.signal?.aborted) {
      const job = pool.takeQueued(MAX_MAIN_THREAD_ARTICLE, sizeOf);
      if (!job) break;
      job.settle(extractOne(job.article, o, serialize));
      // let the workers' answers in after each article, so they are fed while this thread works
      await nextTurn();
    }
    const { outcome, size } = inFlight.shift()!;
    bytesInFlight -= size;
    await onOutcome(await outcome);
  };
  const full = () => inFlight.length >= window || (bytesInFlight > MAX_BYTES_IN_FLIGHT && inFlight.length > 1);
  try {
    submit(next.value);
    for (next = await articles.next(); !next.done && !o.signal?.aborted; next = await articles.next()) {
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
