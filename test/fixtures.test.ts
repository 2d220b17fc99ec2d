// The fixture articles against their reviewed records (fixtures/expected, made
// by `npm run fixtures:expected`), and the same articles in other encodings.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';
import { ArticleRecord } from '../src/schema.js';

const articles = fs.readdirSync('fixtures/articles').sort();

describe('fixture articles', () => {
  test('there are fixtures to check', () => expect(articles.length).toBeGreaterThanOrEqual(5));
  for (const name of articles) {
    test(name, () => {
      const file = `fixtures/articles/${name}`;
      const rec = extract(fs.readFileSync(file), { id: file, explain: true });
      expect(() => ArticleRecord.parse(rec)).not.toThrow();
      const want = JSON.parse(fs.readFileSync(`fixtures/expected/${path.basename(name, '.txt')}.json`, 'utf8'));
      expect(rec).toEqual(want);
    });
  }
});

describe('the same article in another encoding gives the same record', () => {
  for (const name of fs.readdirSync('fixtures/encodings').sort()) {
    const [stem, encoding] = name.split('.');
    test(`${name} reads as ${encoding}`, () => {
      const original = extract(fs.readFileSync(`fixtures/articles/${stem}.txt`), { id: 'x' });
      const other = extract(fs.readFileSync(`fixtures/encodings/${name}`), { id: 'x' });
      expect(other.encoding).toBe(encoding);
      expect({ ...other, encoding: 'utf-8' }).toEqual(original);
    });
  }
});

describe('the same article in UTF-16 without a BOM gives the same record', () => {
  // (mostly Chinese, so zero bytes stand only where ASCII does: too few for a guess by zeros)
  for (const name of articles) {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      test(`${name} as ${encoding}`, () => {
        const utf8 = fs.readFileSync(`fixtures/articles/${name}`);
        const le = Buffer.from(utf8.toString('utf8'), 'utf16le');
        const bytes = encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
        const other = extract(bytes, { id: 'x' });
        expect(other.encoding).toBe(encoding);
        expect({ ...other, encoding: 'utf-8' }).toEqual(extract(utf8, { id: 'x' }));
      });
    }
  }

  test('look-alike: binary data with a zero in every other byte is still no article', () => {
    const bytes = Buffer.alloc(4000);
    for (let i = 0; i < bytes.length; i += 2) bytes[i] = (i * 37) % 256;
    expect(() => extract(bytes, { id: 'x' })).toThrow(/binary data/);
  });
});
