// One worker thread of the pool: receives articles, sends back serialized
// outcomes. Dictionaries and tables load once per worker, on its first article.
import { parentPort, workerData } from 'node:worker_threads';
import { makeSerializer } from '../output/writers.js';
import { extractOne, toWire } from './run.js';
import type { WorkerOptions } from './pool.js';

const options = workerData as WorkerOptions;
const serialize = await makeSerializer(options.output);
parentPort!.on('message', ({ seq, article }) => {
  parentPort!.postMessage({ seq, outcome: toWire(extractOne(article, options, serialize)) });
});
