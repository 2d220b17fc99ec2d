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
  test('a bare 万 or 亿 is not a numeral, but 万 before 余/多 is ten thousand (万余人, as 千余人)', () => {
    expect(new RegExp(`^(?:${NUMERAL_SOURCE})$`).test('亿')).toBe(false);
    expect(new RegExp(`^(?:${NUMERAL_SOURCE})$`).test('万')).toBe(false);
    expect(new RegExp(`^(?:${NUMERAL_SOURCE})余$`).test('万余')).toBe(true);
    expect(new RegExp(`^(?:${NUMERAL_SOURCE})多$`).test('万多')).toBe(true);
    expect(new RegExp(`^(?:${NUMERAL_SOURCE})余$`).test('亿余')).toBe(false);
    expect(readNumeral('万')).toBe(10000);
  });
});
