// Our OpenCC converter (src/text/opencc.ts) reads opencc-js's dictionaries with
// faster lookups; it must give exactly what opencc-js gives on the same chains.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { converters, convertersOf, imageGroups, openccImage, openccImageKey } from '../src/text/opencc.js';
import { readImage, writeImage } from '../src/text/image.js';

const { tw, hk, reference } = converters();

const seeds = fs.readdirSync('fixtures/articles').sort().map((f) => fs.readFileSync(path.join('fixtures/articles', f), 'utf8'));
const lines = seeds.flatMap((s) => s.split('\n'));

/** Dictionary keys of both chains: the strings where longest-match order matters. */
const require = createRequire(import.meta.url);
const { Locale } = require('opencc-js') as { Locale: { from: Record<string, unknown[][]>; to: Record<string, unknown[][]> } };
const keys = [...Locale.from.tw, ...Locale.from.hk, ...Locale.to.cn]
  .flat()
  .flatMap((dict) => (typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')[0]) : (dict as Array<[string, string]>).map(([k]) => k)));

describe('OpenCC conversion', () => {
  test('converts traditional text to simplified', () => {
    expect(tw('黨建引領高質量發展，產業園區')).toBe('党建引领高质量发展，产业园区');
    expect(hk('黨委書記')).toBe('党委书记');
    expect(tw('simplified 党建 stays')).toBe('simplified 党建 stays');
    expect(tw('')).toBe('');
  });

  test('the t2cn build we load holds the full build’s chains into simplified', () => {
    const t2cn = require('opencc-js/t2cn') as { Locale: typeof Locale };
    for (const from of ['tw', 'hk']) expect(t2cn.Locale.from[from]).toEqual(Locale.from[from]);
    expect(t2cn.Locale.to.cn).toEqual(Locale.to.cn);
  });

  test('same as opencc-js on every line of the fixtures', () => {
    for (const line of lines) {
      expect(tw(line)).toBe(reference.tw(line));
      expect(hk(line)).toBe(reference.hk(line));
    }
  });

  test('same as opencc-js on text made of dictionary keys, where longest matches compete', () => {
    const piece = fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...'的一是在了，。“”黨會發展業'.split('')));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(tw(s)).toBe(reference.tw(s));
        expect(hk(s)).toBe(reference.hk(s));
      }),
      { numRuns: 2000 },
    );
  });

  test('same as opencc-js on any characters, astral ones and description sequences included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 20 }), (a, b) => {
        const s = a + '⿰木木𠀋' + b;
        expect(tw(s)).toBe(reference.tw(s));
      }),
      { numRuns: 500 },
    );
  });

  test('a long text (past the output buffer) converts whole', () => {
    const long = lines.join('\n').repeat(20);
    expect(tw(long)).toBe(reference.tw(long));
  });

  describe('the tables’ image (data/opencc.bin, written by the build)', () => {
    const image = openccImage();
    const key = readImage(image)!.madeFrom as string;
    const fromImage = convertersOf(imageGroups(image, key));
    const compiled = convertersOf(null);

    test('converts as the tables compiled from the dictionaries, and as opencc-js', () => {
      const text = [...lines, ...keys.slice(0, 3000)].join('\n');
      expect(fromImage.tw(text)).toBe(compiled.tw(text));
      expect(fromImage.hk(text)).toBe(compiled.hk(text));
      expect(fromImage.tw(text)).toBe(reference.tw(text));
      expect(fromImage.hk(text)).toBe(reference.hk(text));
      // (and changes what it should: a phrase, a character, a Hong Kong form)
      expect(fromImage.tw('黨建引領高質量發展')).toBe('党建引领高质量发展');
      expect(fromImage.hk('黨委書記')).toBe('党委书记');
    });

    test('is written sparse: a fraction of the tables it holds', () => {
      const parts = readImage(image)!;
      const held = Object.values(parts).reduce<number>((n, p) => n + (typeof p === 'object' ? p.byteLength : 0), 0);
      expect(image.length).toBeLessThan(held / 4);
    });

    test('an image of other dictionaries or code, or of another layout, reads as none', () => {
      expect(key).toMatch(/^\d+:[0-9a-f]+$/);
      expect(imageGroups(image, openccImageKey(Number(key.split(':')[0]) + 1))).toBeNull();
      expect(imageGroups(image, `${key.split(':')[0]}:0`)).toBeNull();
      expect(imageGroups(new Uint8Array(16), key)).toBeNull();
      expect(imageGroups(image.subarray(0, 200), key)).toBeNull();
      const parts = readImage(image)!;
      const { ['cn.0.acts']: _, ...withoutOne } = parts;
      expect(imageGroups(writeImage(withoutOne), key)).toBeNull();
      expect(imageGroups(writeImage({ ...parts, 'tw.0.single': Int32Array.from(parts['tw.0.single'] as Uint16Array) }), key)).toBeNull();
      expect(imageGroups(writeImage(parts), key)).not.toBeNull();
    });
  });
});
