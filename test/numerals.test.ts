import { describe, expect, test } from 'vitest';
import { NUMERAL_SOURCE, readNumeral } from '../src/rules/counts/numerals.js';
import { numeralCorpus } from '../src/rules/counts/numerals.corpus.js';

describe('numeral reader corpus', () => {
  const whole = new RegExp(`^(?:${NUMERAL_SOURCE})$`);
  for (const [written, value] of numeralCorpus) {
    test(`${written} → ${value}`, () => {
      expect(whole.test(written), `${written} matches the numeral pattern`).toBe(true);
      expect(readNumeral(written)).toBe(value);
    });
  }
  test('amounts in 亿 and 万 with one or two decimals come out as the whole yuan they are', () => {
    // The expected value is built from integers alone (hundredths × 10^6), never from a float's product.
    const wrong: string[] = [];
    for (let hundredths = 1; hundredths < 100_000; hundredths++) {
      const written = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
      if (readNumeral(`${written}亿`) !== hundredths * 1_000_000) wrong.push(`${written}亿`);
      if (readNumeral(`${written}万`) !== hundredths * 100) wrong.push(`${written}万`);
    }
    expect(wrong).toEqual([]);
  });
  test('a bare 万 or 亿 is not a numeral, but 万 before 余/多 is ten thousand (万余人, as 千余人)', () => {
    expect(new RegExp(`^(?:${NUMERAL_SOURCE})$`).test('亿')).toBe(false);
    expect(new RegExp(`^(?:${NUMERAL_SOURCE})$`).test('万')).toBe(false);
    expect(new RegExp(`^(?:${NUMERAL_SOURCE})余$`).test('万余')).toBe(true);
    expect(new RegExp(`^(?:${NUMERAL_SOURCE})多$`).test('万多')).toBe(true);
    expect(new RegExp(`^(?:${NUMERAL_SOURCE})余$`).test('亿余')).toBe(false);
    expect(readNumeral('万')).toBe(10000);
  });
});
