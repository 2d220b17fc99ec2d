// One worker thread of the pool: receives articles, sends back serialized
// outcomes. Dictionaries and tables load once per worker, on its first article.
import { parentPort, workerData } from 'node:worker_threads';
import { preload } from '../extract.js';
import { makeSerializer } from '../output/writers.js';
import { extractOne, toWire } from './run.js';
import type { AnswerMessage, BatchMessage, ReadyMessage, WorkerStart } from './pool.js';

const options = workerData as WorkerStart;
const progress = new Int32Array(options.progress);
const serialize = await makeSerializer(options.output);
// dictionaries load now, while the main thread reads (and extracts) the first articles
preload();
parentPort!.postMessage({ ready: true } satisfies ReadyMessage);
parentPort!.on('message', ({ batch }: BatchMessage) => {
  const answer: AnswerMessage = { outcomes: [] };
  for (const { seq, article } of batch) {
    // where the pool looks if this thread dies: the article it was on
    Atomics.store(progress, 0, seq);
    answer.outcomes.push({ seq, outcome: toWire(extractOne(article, options, serialize)) });
  }
  parentPort!.postMessage(answer);
});
