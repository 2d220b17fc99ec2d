// JSONL input is cut into lines from the raw bytes and parsed by whoever
// extracts the line (a worker, in a batch). Chunks arrive cut anywhere: inside
// a line, between \r and \n, inside a multi-byte character.
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { articles, parseJsonlLine, type Article } from '../src/cli/inputs.js';

const options = { extensions: ['.txt'], jsonl: true, maxBytes: 8 << 20 };

/** The stream's articles, parsed as a worker would, from `bytes` delivered in chunks of `size`. */
async function read(bytes: Buffer, size: number) {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  const out: Array<{ id: string; text?: string; error?: string }> = [];
  for await (const a of articles(['-'], options, Readable.from(chunks))) {
    const parsed = 'jsonl' in a ? parseJsonlLine(a) : (a as Exclude<Article, { jsonl: Uint8Array }>);
    out.push('error' in parsed ? { id: parsed.id, error: parsed.error.code } : { id: parsed.id, text: 'text' in parsed ? parsed.text : undefined });
  }
  return out;
}

const line = (id: string, text: string) => JSON.stringify({ id, text });

describe('JSONL lines from bytes', () => {
  const body = [line('a', '马尾区党建'), line('b', '會(huì)議'), line('c', 'x')];
  const expected = [
    { id: 'a', text: '马尾区党建' },
    { id: 'b', text: '會(huì)議' },
    { id: 'c', text: 'x' },
  ];

  test.each([1, 2, 3, 7, 64, 4096])('the same articles whatever the chunk size (%i bytes)', async (size) => {
    for (const eol of ['\n', '\r\n', '\r']) {
      expect(await read(Buffer.from(body.join(eol) + eol), size), JSON.stringify(eol)).toEqual(expected);
      // and without a line break after the last line
      expect(await read(Buffer.from(body.join(eol)), size)).toEqual(expected);
    }
  });

  test('blank and white-space lines are skipped and not counted; bad lines are errors in their place', async () => {
    const input = ['', line('a', 'one'), '   \t', '\u3000', 'not json', '{"id":"n"}', line('b', 'two'), '{"text":"no id"}'].join('\n');
    expect(await read(Buffer.from(input), 5)).toEqual([
      { id: 'a', text: 'one' },
      { id: '-#2', error: 'bad-jsonl' },
      { id: 'n', error: 'bad-jsonl' },
      { id: 'b', text: 'two' },
      { id: '-#5', text: 'no id' },
    ]);
  });

  test('a byte-order mark before the first line is not part of it', async () => {
    expect(await read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(line('a', 'one') + '\n')]), 2)).toEqual([{ id: 'a', text: 'one' }]);
  });

  test('each line has a buffer of its own (what is sent to a worker is that line, not the chunk around it)', async () => {
    const input = Buffer.from(body.join('\n'));
    for await (const a of articles(['-'], options, Readable.from([input]))) {
      if (!('jsonl' in a)) throw new Error('expected a raw line');
      expect(a.jsonl.byteLength).toBe(a.jsonl.buffer.byteLength);
    }
  });
});
