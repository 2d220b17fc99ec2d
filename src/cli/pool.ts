// A fixed set of worker threads, each loading the dictionaries once and
// extracting one article at a time. A task always settles: when a worker dies
// (a crash in a native module, out of memory), its article becomes an
// `internal` error outcome and a fresh worker takes its place, so no input is
// ever lost from the batch.
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
  job: Job | null;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * A worker's live data is small (dictionaries and one article, ~30 MB), but V8
 * sizes a fresh heap's young generation for throughput and lets it grow; with a
 * heap per worker that multiplies. A smaller young generation keeps each worker
 * near its live size, so memory stays flat with the number of jobs.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private seq = 0;
  private closed = false;

  constructor(
    size: number,
    private readonly options: WorkerOptions,
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
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData: this.options, resourceLimits: WORKER_LIMITS }), job: null };
    slot.worker.on('message', (msg: { seq: number; outcome: WireOutcome }) => {
      const job = slot.job;
      if (!job || job.seq !== msg.seq) return;
      slot.job = null;
      job.settle(fromWire(msg.outcome));
      this.dispatch();
    });
    const replace = (why: unknown) => {
      const job = slot.job;
      slot.job = null;
      if (this.closed) return;
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      if (job) job.settle({ id: job.article.id, error: internalError(job.article.id, why) });
      this.dispatch();
    };
    slot.worker.on('error', (err) => replace(err));
    slot.worker.on('exit', (code) => replace(new Error(`worker stopped with exit code ${code}`)));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.job) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.postMessage({ seq: job.seq, article: job.article });
    }
  }
}
