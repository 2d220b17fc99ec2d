// The gazetteer's image (data/gazetteer.bin, written by the build) must read back as the very
// tables the data makes: same names, same units per name in the same order, same codes.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildGazetteerTables, gazetteerImage, gazetteerTablesFromImage, imageKey, type GazetteerTables } from '../src/rules/places/gazetteer.js';
import { readImage, writeImage } from '../src/text/image.js';

const made = buildGazetteerTables();
const key = imageKey(12345);
const bytes = gazetteerImage(made, key);

/** Every name the trie finds at each position of `text`, with its units' indices and short flags. */
function finds(t: GazetteerTables, text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const id = t.names.longestAt(text, i, 12);
    if (id < 0) continue;
    const units: string[] = [];
    for (let e = t.firstEntry[id]; e !== -1; e = t.entryNext[e]) units.push(`${t.unitCodes[t.entryUnit[e]]}${t.entryShort[e] ? '*' : ''}`);
    out.push(`${i}:${text.slice(i, i + t.names.lastLength)}=${units.join(',')}`);
  }
  return out;
}

describe('the gazetteer’s image', () => {
  test('reads back as the tables it was written from', () => {
    const read = gazetteerTablesFromImage(bytes, key)!;
    expect(read).not.toBeNull();
    for (const key of ['firstEntry', 'entryNext', 'entryUnit', 'entryShort', 'unitCodes', 'nameStarts', 'byCode'] as const) {
      expect(Array.from(read[key]), key).toEqual(Array.from(made[key]));
    }
    expect(read.unitNames).toBe(made.unitNames);
    expect(read.names.size).toBe(made.names.size);
    // every unit's name, and text around them, finds the same names and units
    const names = Array.from({ length: made.unitCodes.length }, (_, k) => made.unitNames.slice(made.nameStarts[k], made.nameStarts[k + 1]));
    const text = names.join('和') + fs.readdirSync('fixtures/articles').map((f) => fs.readFileSync(`fixtures/articles/${f}`, 'utf8')).join('\n');
    expect(finds(read, text)).toEqual(finds(made, text));
    expect(finds(made, '马尾区委和滁州市')).toEqual(['0:马尾区=350105', '5:滁州市=341100']);
  });

  test('an image of other data, or no image, reads as none', () => {
    // (made from data of another length, or by other code)
    expect(gazetteerTablesFromImage(bytes, imageKey(54321))).toBeNull();
    expect(gazetteerTablesFromImage(bytes, '12345:0')).toBeNull();
    expect(imageKey(12345)).toBe(key);
    expect(gazetteerTablesFromImage(new Uint8Array(16), key)).toBeNull();
    expect(gazetteerTablesFromImage(bytes.subarray(0, 100), key)).toBeNull();
    // (an image of another layout: parts missing, or of another type)
    expect(gazetteerTablesFromImage(writeImage({ madeFrom: key, keys: 1, unitNames: '' }), key)).toBeNull();
    const parts = readImage(bytes)!;
    expect(gazetteerTablesFromImage(writeImage({ ...parts, byCode: Uint32Array.from(parts.byCode as Int32Array) }), key)).toBeNull();
    expect(gazetteerTablesFromImage(writeImage(parts), key)).not.toBeNull();
  });

  test('writeImage and readImage keep arrays, numbers and strings, at any alignment', () => {
    const image = writeImage({ a: Uint8Array.of(1, 2, 3), b: Int32Array.of(-1, 7), c: Uint16Array.of(65535), n: 42, s: '马尾' });
    const shifted = new Uint8Array(image.length + 3);
    shifted.set(image, 3);
    for (const bytes of [image, shifted.subarray(3)]) {
      const parts = readImage(bytes)!;
      expect(Array.from(parts.a as Uint8Array)).toEqual([1, 2, 3]);
      expect(Array.from(parts.b as Int32Array)).toEqual([-1, 7]);
      expect(Array.from(parts.c as Uint16Array)).toEqual([65535]);
      expect(parts.n).toBe(42);
      expect(parts.s).toBe('马尾');
    }
  });

  test('sparse arrays read back whole, dense ones beside them too; a place past an array’s end reads as none', () => {
    const table = new Uint16Array(0x10000);
    table[0x9ee8] = 0x515a;
    table[0xffff] = 1;
    const signed = new Int32Array(4096);
    signed[7] = -5;
    const dense = Uint8Array.of(1, 2, 3, 4);
    const image = writeImage({ table, signed, dense, n: 3 }, { sparse: true });
    expect(image.length).toBeLessThan(1000);
    const parts = readImage(image)!;
    expect(Array.from(parts.table as Uint16Array)).toEqual(Array.from(table));
    expect(Array.from(parts.signed as Int32Array)).toEqual(Array.from(signed));
    expect(Array.from(parts.dense as Uint8Array)).toEqual([1, 2, 3, 4]);
    expect(parts.n).toBe(3);
    // (not asked to, the same arrays are written whole)
    expect(writeImage({ table, signed, dense, n: 3 }).length).toBeGreaterThan(table.byteLength);
    // (a place rewritten past its array's length: the first place is right after the JSON header)
    const corrupt = image.slice();
    const view = new DataView(corrupt.buffer);
    const dataStart = (8 + view.getUint32(4, true) + 7) & ~7;
    expect(view.getUint32(dataStart, true)).toBe(0x9ee8);
    view.setUint32(dataStart, 0x10000, true);
    expect(readImage(corrupt)).toBeNull();
  });
});
