// Hostile and broken inputs through the real bin: nothing is lost, pipes close
// quietly, Ctrl-C leaves whole records, and size limits are errors that name
// the input.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from './temp-dirs.js';

const BIN = path.resolve('bin/extract');
const SEED_DIR = 'fixtures/articles';
const SEEDS = fs.readdirSync(SEED_DIR).sort().map((f) => fs.readFileSync(path.join(SEED_DIR, f), 'utf8'));

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: input ?? '', encoding: 'utf8', maxBuffer: 256 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const nonEmptyLines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

/** A JSONL stream of `n` seed articles with distinct ids. */
const jsonlOf = (n: number) => Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, text: SEEDS[i % SEEDS.length] })).join('\n') + '\n';

let mixed: string;
let mixedCount: number;
beforeAll(() => {
  // Every kind of file a scraper leaves behind, good and bad, in one folder.
  mixed = tempDir('extract-mixed-');
  const files: Record<string, Buffer> = {
    'a-good.txt': Buffer.from(SEEDS[3]),
    'b-empty.txt': Buffer.alloc(0),
    'c-blank.txt': Buffer.from(' \n\t\n'),
    'd-binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0x21, 0x00]),
    'e-truncated-utf8.txt': Buffer.from(SEEDS[4]).subarray(0, Buffer.byteLength(SEEDS[4]) - 1),
    'f-gb18030.txt': iconv.encode(SEEDS[1], 'gb18030'),
    'g-big5.txt': iconv.encode(SEEDS[0], 'big5'),
    'h-utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SEEDS[2], 'utf-16le')]),
    'i-oversized.txt': Buffer.from('党建'.repeat(40_000)),
    'j-nul-bytes.txt': Buffer.alloc(4096, 0),
  };
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(mixed, name), bytes);
  fs.mkdirSync(path.join(mixed, 'k-folder.txt')); // a folder whose name looks like an article
  fs.writeFileSync(path.join(mixed, 'k-folder.txt', 'inner.txt'), SEEDS[3]);
  mixedCount = Object.keys(files).length + 1;
});

describe('nothing is lost', () => {
  for (const jobs of ['1', '2']) {
    test(`a mixed folder: records + error lines = inputs (--jobs ${jobs})`, () => {
      const errors = path.join(tempDir('extract-errors-'), 'errors.jsonl');
      // --alone-first 1: past the first file, the rest go through the pool (by default the first 200 articles do not)
      const r = run([mixed, '--jobs', jobs, '--alone-first', '1', '--max-bytes', '100000', '--errors', errors]);
      const records = nonEmptyLines(r.stdout).map((l) => JSON.parse(l));
      const errorLines = nonEmptyLines(r.stderr);
      expect(records.length + errorLines.length).toBe(mixedCount);
      expect(r.status).toBe(1);
      // which ones fail, and why, is part of the contract
      const failed = nonEmptyLines(fs.readFileSync(errors, 'utf8')).map((l) => JSON.parse(l));
      expect(failed.map((e) => [path.basename(e.id), e.error])).toEqual([
        ['b-empty.txt', 'empty'],
        ['c-blank.txt', 'empty'],
        ['d-binary.txt', 'binary'],
        ['i-oversized.txt', 'too-large'],
        ['j-nul-bytes.txt', 'binary'],
      ]);
      expect(records.map((rec) => path.basename(rec.id))).toEqual([
        'a-good.txt',
        'e-truncated-utf8.txt',
        'f-gb18030.txt',
        'g-big5.txt',
        'h-utf16.txt',
        'inner.txt',
      ]);
      expect(records.map((rec) => rec.encoding)).toEqual(['utf-8', 'utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-8']);
      // each error line on stderr names its file
      for (const e of failed) expect(r.stderr).toContain(e.id);
    });
  }

  test('a JSONL stream with bad lines: records + errors = lines, in input order, on a pool', () => {
    const lines = [
      JSON.stringify({ id: 'one', text: SEEDS[0] }),
      '{not json',
      JSON.stringify({ id: 'two', text: '' }),
      JSON.stringify({ id: 'three' }),
      JSON.stringify({ id: 'four', text: SEEDS[1] }),
      ...Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: `n${i}`, text: SEEDS[i % 5] })),
    ];
    const r = run(['--input', 'jsonl', '--jobs', '2', '--alone-first', '1'], lines.join('\n') + '\n');
    const ids = nonEmptyLines(r.stdout).map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['one', 'four', ...Array.from({ length: 20 }, (_, i) => `n${i}`)]);
    expect(nonEmptyLines(r.stderr)).toHaveLength(3);
    expect(ids.length + nonEmptyLines(r.stderr).length).toBe(lines.length);
  });

  test('the same records whatever the number of jobs', () => {
    const input = jsonlOf(60);
    const one = run(['--input', 'jsonl', '--jobs', '1'], input);
    const two = run(['--input', 'jsonl', '--jobs', '2'], input);
    // on a pool from the first article: the worker and the main thread share them
    const pooled = run(['--input', 'jsonl', '--jobs', '2', '--alone-first', '0'], input);
    const three = run(['--input', 'jsonl', '--jobs', '3', '--alone-first', '0'], input);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(pooled.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
  });
});

describe('limits', () => {
  test('--max-bytes: a larger file is an error naming it; a smaller one passes', () => {
    const seed = path.join(SEED_DIR, fs.readdirSync(SEED_DIR).sort()[3]);
    const size = fs.statSync(seed).size;
    const over = run([seed, '--max-bytes', String(size - 1)]);
    expect(over.status).toBe(1);
    expect(over.stdout).toBe('');
    expect(over.stderr).toContain(seed);
    expect(over.stderr).toMatch(/too large to be one article .*--max-bytes/);
    expect(run([seed, '--max-bytes', String(size)]).status).toBe(0);
  });

  test('--max-bytes applies to stdin and to each JSONL line', () => {
    const big = '党建引领'.repeat(10_000);
    const piped = run(['--max-bytes', '50000'], big);
    expect(piped.status).toBe(1);
    expect(piped.stderr).toMatch(/^extract: -: .*too large/m);
    const lines = run(['--input', 'jsonl', '--max-bytes', '50000'], JSON.stringify({ id: 'big', text: big }) + '\n' + JSON.stringify({ id: 'ok', text: SEEDS[0] }) + '\n');
    expect(nonEmptyLines(lines.stdout).map((l) => JSON.parse(l).id)).toEqual(['ok']);
    expect(lines.stderr).toMatch(/big: .*too large/);
  });

  test('the default limit takes several-MB articles and refuses bigger dumps', () => {
    const dir = tempDir('extract-limit-');
    fs.writeFileSync(path.join(dir, 'dump.txt'), Buffer.alloc(9 * 1024 * 1024, 0x61));
    const r = run([path.join(dir, 'dump.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/dump\.txt: 9\.0 MB is too large .*limit 8\.0 MB/);
  });
});

describe('pipes and signals', () => {
  test('`extract … | head -1` exits quietly', async () => {
    const child = spawn(process.execPath, [BIN, '--input', 'jsonl', '--jobs', '2'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.on('error', () => {}); // it may stop reading before we stop writing
    child.stdin.end(jsonlOf(400));
    // read one line, then go away like `head -1`
    const first = await new Promise<string>((resolve) => {
      let buf = '';
      child.stdout.on('data', (d) => {
        buf += d;
        const nl = buf.indexOf('\n');
        if (nl >= 0) {
          child.stdout.destroy();
          resolve(buf.slice(0, nl));
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(JSON.parse(first).id).toBe('a0');
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  for (const format of ['jsonl', 'json']) {
    test(`SIGINT stops cleanly: whole records so far, valid ${format}, exit 130`, async () => {
      const child = spawn(process.execPath, [BIN, '--input', 'jsonl', '--format', format, '--jobs', '1'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdin.on('error', () => {});
      // a stream that keeps coming: stdin stays open, as from a slow scraper
      child.stdin.write(jsonlOf(50));
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (d) => {
          stdout += d;
          if (stdout.length > 20_000) resolve();
        });
      });
      child.kill('SIGINT');
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      child.stdin.destroy();
      expect(code).toBe(130);
      expect(stderr).toMatch(/interrupted after \d+ input/);
      const records = format === 'json' ? JSON.parse(stdout) : nonEmptyLines(stdout).map((l) => JSON.parse(l));
      expect(records.length).toBeGreaterThan(0);
      expect(records.length).toBeLessThan(50);
      expect(records.map((r: { id: string }) => r.id)).toEqual(records.map((_: unknown, i: number) => `a${i}`));
    });
  }
});
