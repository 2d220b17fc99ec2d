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
  test('a bare 万 or 亿 is not a numeral', () => {
    expect(new RegExp(`^(?:${NUMERAL_SOURCE})$`).test('亿')).toBe(false);
    expect(new RegExp(`^(?:${NUMERAL_SOURCE})$`).test('万')).toBe(false);
  });
});
