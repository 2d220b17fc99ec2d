// A fixed set of worker threads, each loading the dictionaries once and
// extracting articles one after another. A task always settles: when a worker
// runs out of its (deliberately small) heap, the article it was on is extracted
// again by the fallback (the main thread, with the process's own limits); when
// a worker dies otherwise, that article becomes an `internal` error outcome.
// Either way a fresh worker takes its place and the articles queued behind it
// go back to the queue, so no input is ever lost from the batch.
import { Worker } from 'node:worker_threads';
import type { Article } from './inputs.js';
import type { OutputOptions } from '../output/writers.js';
import { fromWire, internalError, type ExtractOneOptions, type Outcome, type WireOutcome } from './run.js';

export interface WorkerOptions extends ExtractOneOptions {
  output: OutputOptions;
}

type Job = { seq: number; article: Exclude<Article, { error: unknown }>; settle: (o: Outcome) => void };

interface Slot {
  worker: Worker;
  /** Posted to the worker and not yet answered, oldest first: the first is the one it is on. */
  jobs: Job[];
}

/**
 * Articles posted to a worker ahead of its answers. One at a time left each
 * worker idle for the round trip, and longer whenever the main thread was busy
 * reading input or off the core: a sixth of its time on two cores.
 */
const AHEAD = 3;

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * A worker's live data is small (dictionaries and one article, ~30 MB), but V8
 * sizes a fresh heap for throughput and lets it grow; with a heap per worker
 * that multiplies. A capped old generation keeps each worker near its live
 * size, so memory stays flat with the number of jobs (an 8 MB article fits; a
 * bigger need falls back to the main thread). The young generation is where
 * an article's short-lived strings and matches live: at 4 MB a worker spent a
 * tenth more time collecting it than at 32 MB, for ~25 MB less memory.
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 96 };

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

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData: this.options, resourceLimits: this.limits }), jobs: [] };
    slot.worker.on('message', (msg: { seq: number; outcome: WireOutcome }) => {
      // a worker answers in the order it was given articles
      if (slot.jobs[0]?.seq !== msg.seq) return;
      const job = slot.jobs.shift()!;
      this.deaths = 0;
      job.settle(fromWire(msg.outcome));
      this.dispatch();
    });
    const replace = (why: unknown) => {
      const [job, ...behind] = slot.jobs;
      slot.jobs = [];
      // the articles waiting behind the one it died on were never read: back to the head of the queue
      this.queue.unshift(...behind);
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
        if (slot.jobs.length >= ahead) continue;
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        slot.worker.postMessage({ seq: job.seq, article: job.article });
      }
    }
  }
}
