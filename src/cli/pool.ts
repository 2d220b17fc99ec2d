// A fixed set of worker threads, each loading the dictionaries once and
// extracting articles one after another, handed to it a few at a time. A task
// always settles: when a worker runs out of its (deliberately small) heap, the
// article it was on (it says which in a shared cell, without a message) is
// extracted again by the fallback (the main thread, with the process's own
// limits); when a worker dies otherwise, that article becomes an `internal`
// error outcome. Either way a fresh worker takes its place and its other
// articles go back to the queue, so no input is ever lost from the batch.
import { Worker } from 'node:worker_threads';
import type { Article } from './inputs.js';
import type { OutputOptions } from '../output/writers.js';
import { fromWire, internalError, type ExtractOneOptions, type Outcome, type WireOutcome } from './run.js';

export interface WorkerOptions extends ExtractOneOptions {
  output: OutputOptions;
}

/** What a worker is started with: the options, and the cell where it writes the seq of the article it starts. */
export interface WorkerStart extends WorkerOptions {
  progress: SharedArrayBuffer;
}

/** A batch of articles to a worker, and its answer: the outcomes in the same order. */
export type BatchMessage = { batch: Array<{ seq: number; article: Job['article'] }> };
export type AnswerMessage = { outcomes: Array<{ seq: number; outcome: WireOutcome }> };
/** A worker's first message: its dictionaries are loaded and it takes articles. */
export type ReadyMessage = { ready: true };

type Job = { seq: number; article: Exclude<Article, { error: unknown }>; settle: (o: Outcome) => void };

interface Slot {
  worker: Worker;
  /** Posted to the worker and not yet answered, oldest first. */
  jobs: Job[];
  /** Batches posted and not yet answered. */
  batches: number;
  /** The seq of the article the worker last started (-1: none yet). */
  progress: Int32Array;
  /**
   * Whether it has loaded its dictionaries. Articles wait for a worker that
   * has not: the main thread may do them sooner (see run.ts).
   */
  ready: boolean;
}

/**
 * Articles per message, and batches posted to a worker ahead of its answers.
 * One article at a time left each worker idle for every round trip (a sixth of
 * its time on two cores); a message per article woke the main thread, and
 * took a core from a worker, thousands of times a second. Four batches ahead,
 * since the main thread that answers them also extracts articles in between
 * (run.ts): with two, the worker ran dry while it did.
 */
export const BATCH = 4;
export const AHEAD = 4;

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * A worker's live data is small (dictionaries and one article, ~30 MB), but V8
 * sizes a fresh heap for throughput and lets it grow; with a heap per worker
 * that multiplies. A capped old generation keeps each worker near its live
 * size, so memory stays flat with the number of jobs (an 8 MB article fits; a
 * bigger need falls back to the main thread). The young generation is where
 * an article's short-lived strings and matches live: at 4 MB a worker spent a
 * tenth more time collecting it than at 32 MB, for ~25 MB less memory; at 16 MB
 * (2026-12-05) six interleaved `--jobs 2` runs over 10,000 articles took 8.43 s
 * on average against 8.29 s at 32 MB (within the machine's spread) and peaked at
 * 259-278 MB against 283-300 MB, which keeps a 1 GB stream under 300 MB.
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 96 };

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private seq = 0;
  private closed = false;
  /** Workers that died in a row without finishing an article; past a few, the pool stops spawning. */
  private deaths = 0;
  private broken = false;

  constructor(
    size: number,
    private readonly options: WorkerOptions,
    /** Extracts an article on the main thread: one a worker had no memory for, or all of them if workers cannot start. */
    private readonly onMainThread: (article: Job['article']) => Promise<Outcome>,
    private readonly limits: typeof WORKER_LIMITS = WORKER_LIMITS,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Extract one article on the next free worker. Never rejects. */
  run(article: Job['article']): Promise<Outcome> {
    return new Promise((settle) => {
      this.queue.push({ seq: this.seq++, article, settle });
      this.dispatch();
    });
  }

  /**
   * The oldest article no worker has taken yet, for the caller to extract
   * itself and settle through `settle`; null when the queue holds no more than
   * a batch per ready worker (kept for them) or the article is larger than
   * `maxSize` (as `sizeOf` measures it).
   */
  takeQueued(maxSize: number, sizeOf: (a: Job['article']) => number): { article: Job['article']; settle: (o: Outcome) => void } | null {
    // a batch stays for each worker that takes articles to ask for: the caller has other work
    // (reading, writing), workers do not; none for a worker still starting, which may take a while
    let reserve = 0;
    for (const slot of this.slots) if (slot.ready) reserve += BATCH;
    if (this.queue.length <= reserve) return null;
    const job = this.queue[0];
    if (!job || sizeOf(job.article) > maxSize) return null;
    this.queue.shift();
    return job;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const progress = new Int32Array(new SharedArrayBuffer(4)).fill(-1);
    const workerData: WorkerStart = { ...this.options, progress: progress.buffer as SharedArrayBuffer };
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData, resourceLimits: this.limits }), jobs: [], batches: 0, progress, ready: false };
    slot.worker.on('message', (msg: AnswerMessage | ReadyMessage) => {
      if ('ready' in msg) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      slot.batches -= 1;
      // a worker answers its batches in the order it was given them
      for (const { seq, outcome } of msg.outcomes) {
        if (slot.jobs[0]?.seq !== seq) continue;
        slot.jobs.shift()!.settle(fromWire(outcome));
        this.deaths = 0;
      }
      this.dispatch();
    });
    const replace = (why: unknown) => {
      const on = Atomics.load(slot.progress, 0);
      const job = slot.jobs.find((j) => j.seq === on);
      // its other articles, done but not yet answered or not yet started, go back to the head of the queue
      this.queue.unshift(...slot.jobs.filter((j) => j !== job));
      slot.jobs = [];
      slot.batches = 0;
      if (this.closed) return;
      const index = this.slots.indexOf(slot);
      if (index < 0) return; // the second of 'error' and 'exit' for the same death
      // workers that cannot even start (a broken install, no memory at all) must not respawn forever
      this.deaths += 1;
      if (this.deaths > 3 * this.slots.length) this.broken = true;
      if (this.broken) this.slots.splice(index, 1);
      else this.slots[index] = this.spawn();
      if (job && ((why as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY' || this.broken)) this.runOnMainThread(job);
      else if (job) job.settle({ id: job.article.id, error: internalError(job.article.id, why) });
      this.dispatch();
    };
    slot.worker.on('error', (err) => replace(err));
    slot.worker.on('exit', (code) => replace(new Error(`worker stopped with exit code ${code}`)));
    return slot;
  }

  private runOnMainThread(job: Job): void {
    this.onMainThread(job.article).then(job.settle, (err) => job.settle({ id: job.article.id, error: internalError(job.article.id, err) }));
  }

  private dispatch(): void {
    if (this.broken && this.slots.length === 0) {
      for (const job of this.queue.splice(0)) this.runOnMainThread(job);
      return;
    }
    // fill the emptiest worker first, so the work spreads evenly
    for (let ahead = 1; ahead <= AHEAD; ahead++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (!slot.ready || slot.batches >= ahead) continue;
        const jobs = this.queue.splice(0, BATCH);
        slot.jobs.push(...jobs);
        slot.batches += 1;
        const message: BatchMessage = { batch: jobs.map((j) => ({ seq: j.seq, article: j.article })) };
        slot.worker.postMessage(message);
      }
    }
  }
}
