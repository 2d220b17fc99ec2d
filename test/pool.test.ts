// The worker pool (built code: workers run dist/cli/worker.js). A task always
// settles, and an article a worker has no memory for is extracted on the main
// thread instead of being lost.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';

const SEED = fs.readFileSync('fixtures/articles/003_77041d6444ac8022.txt', 'utf8');
const options = { explain: false, maxBytes: 8 << 20, output: { format: 'jsonl' as const, table: 'articles' as const } };

describe('worker pool', () => {
  test('workers extract and serialize; results come back per article', async () => {
    const { WorkerPool } = await import('../dist/cli/pool.js');
    const pool = new WorkerPool(2, options, async () => ({ id: 'x', output: 'main thread' }));
    const outcomes = await Promise.all(['a', 'b', 'c'].map((id) => pool.run({ id, text: SEED })));
    await pool.close();
    expect(outcomes.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    for (const o of outcomes) expect(JSON.parse((o as { output: string }).output).title).toBe('慈湖高新区:党建引领强动力 高质量发展有保障');
  });

  test('articles wait for a worker to load its dictionaries; meanwhile the caller may take them, oldest first', async () => {
    const { WorkerPool } = await import('../dist/cli/pool.js');
    const pool = new WorkerPool(1, options, async () => ({ id: 'x', output: 'fallback' }));
    const size = (a: { text?: string }) => a.text?.length ?? 0;
    const pending = ['a', 'b', 'c'].map((id) => pool.run({ id, text: SEED }));
    // no worker can be ready yet (it says so by a message, and none has been read): nothing is kept for it
    expect(pool.takeQueued(SEED.length - 1, size)).toBeNull(); // larger than the caller takes
    const job = pool.takeQueued(SEED.length, size)!;
    expect(job.article.id).toBe('a');
    job.settle({ id: 'a', output: 'taken by the caller' });
    const [a, b, c] = await Promise.all(pending);
    await pool.close();
    expect(a).toEqual({ id: 'a', output: 'taken by the caller' });
    // the others went to the worker once it was ready
    for (const o of [b, c]) expect(JSON.parse((o as { output: string }).output).title).toBe('慈湖高新区:党建引领强动力 高质量发展有保障');
  });

  test('an article too big for a worker’s heap is extracted on the main thread', async () => {
    const { WorkerPool } = await import('../dist/cli/pool.js');
    const fellBack: string[] = [];
    // a heap far too small for this article (but enough to start): the worker dies of it
    const pool = new WorkerPool(1, options, async (a: { id: string }) => (fellBack.push(a.id), { id: a.id, output: 'main thread' }), {
      maxYoungGenerationSizeMb: 1,
      maxOldGenerationSizeMb: 24,
    });
    let n = 0;
    const big = (SEED + '\n').repeat(400).replace(/\d+/g, () => String((n += 7919) % 1e6));
    // all three are posted to the one worker ahead of its answers; it dies on the second
    const [small, huge, after] = await Promise.all([
      pool.run({ id: 'small', text: SEED }),
      pool.run({ id: 'huge', text: big }),
      pool.run({ id: 'after', text: SEED }),
    ]);
    await pool.close();
    expect('output' in small && small.output.startsWith('{')).toBe(true);
    expect(huge).toEqual({ id: 'huge', output: 'main thread' });
    // the article queued behind the fatal one goes to the fresh worker, not to the fallback and not lost
    expect('output' in after && JSON.parse(after.output).id).toBe('after');
    expect(fellBack).toEqual(['huge']);
  }, 60_000);
});

describe('articles in flight', () => {
  test('big articles narrow the window: input bytes in flight stay bounded, not only their count', async () => {
    const { extractAll } = await import('../dist/cli/run.js');
    const big = 'x'.repeat(12 << 20); // 24 MB as UTF-16, over the default size limit: each is a quick error
    let pulled = 0;
    let written = 0;
    let mostAhead = 0;
    async function* source() {
      for (let i = 0; i < 8; i++) {
        pulled += 1;
        mostAhead = Math.max(mostAhead, pulled - written);
        yield { id: `big-${i}`, text: big };
      }
    }
    const ids: string[] = [];
    await extractAll(source(), { ...options, jobs: 2, aloneFirst: 0 }, (o) => {
      written += 1;
      ids.push(o.id);
    });
    expect(ids).toEqual([...Array(8).keys()].map((i) => `big-${i}`));
    // 64 MB in flight at most, plus the one that crossed it (a window by count alone would hold all 8)
    expect(mostAhead).toBeLessThanOrEqual(4);
  }, 60_000);
});
