// Properties that hold for any input, checked with fast-check over the library
// API: extraction returns a record that passes the zod schema (or a typed input
// error, never anything else), and every evidence span lies inside the text the
// user gave and equals it there.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evidenceIn } from './evidence.js';
import { ArticleRecord, decode, extract, InputError } from '../src/index.js';
import { longestNonOverlapping } from '../src/rules/types.js';
import { ORG_ENDINGS } from '../src/lexicon/organizations.js';

const SEEDS = fs
  .readdirSync('fixtures/articles')
  .sort()
  .map((f) => fs.readFileSync(path.join('fixtures/articles', f), 'utf8'));

/** The contract for one input: a schema-valid record whose spans point into `text`, or an InputError. */
function checkContract(input: string | Uint8Array): void {
  let record: unknown;
  try {
    record = extract(input, { id: 'prop' });
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return;
  }
  const parsed = ArticleRecord.safeParse(record);
  if (!parsed.success) throw new Error(`schema: ${parsed.error.message}`);
  const text = typeof input === 'string' ? input : decode(input).text;
  for (const e of evidenceIn(record)) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThanOrEqual(e.start);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(e.start, e.end)).toBe(e.text);
  }
}

/** Paragraphs of the seeds, the building blocks of article-like inputs. */
const paragraph = fc.constantFrom(...SEEDS.flatMap((s) => s.split('\n')).filter((l) => l.trim().length > 0));

/** Characters this genre is made of, including the ones rules key on. */
const genreChar = fc.constantFrom(
  ...'党建引领经开区高新区园区企业支部委员会名人个家次件项万亿元余多近约第届年月日今去季度上下半“”‘’「」()（）:：,，。、;；!?%％～~-—0123456789一二两三四五六七八九十百千〇零壹貳參會(huì)業(yè)黨區馬尾滁州浦口 \n\t\u3000\uFFFD',
);

const RUNS = { numRuns: 150 };

describe('any input gives a valid record or a typed error', () => {
  test('random Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => checkContract(s)), RUNS);
  });

  test('random strings of the genre’s own characters', () => {
    fc.assert(fc.property(fc.string({ unit: genreChar, maxLength: 600 }), (s) => checkContract(s)), RUNS);
  });

  test('random bytes, decoded as a file would be', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => checkContract(b)), RUNS);
  });

  test('seed articles cut at random points', () => {
    fc.assert(
      fc.property(fc.nat(SEEDS.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (i, a, b) => {
        const s = SEEDS[i];
        const [from, to] = [Math.floor(s.length * Math.min(a, b)), Math.floor(s.length * Math.max(a, b))];
        checkContract(s.slice(from, to));
      }),
      { numRuns: 60 },
    );
  });

  test('seed articles with insertions, duplicated paragraphs and mixed scripts', () => {
    fc.assert(
      fc.property(
        fc.nat(SEEDS.length - 1),
        fc.nat(SEEDS.length - 1),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: genreChar, maxLength: 30 })), { maxLength: 8 }),
        fc.array(paragraph, { maxLength: 4 }),
        (i, j, insertions, duplicated) => {
          // a simplified and a traditional seed run together, with paragraphs repeated at the end
          let s = SEEDS[i] + '\n' + SEEDS[j] + '\n' + duplicated.join('\n');
          for (const [at, piece] of insertions) {
            const k = Math.floor(s.length * at);
            s = s.slice(0, k) + piece + s.slice(k);
          }
          checkContract(s);
        },
      ),
      { numRuns: 40 },
    );
  });

  test('seed articles as UTF-8 bytes cut mid-character', () => {
    fc.assert(
      fc.property(fc.nat(SEEDS.length - 1), fc.double({ min: 0.05, max: 1, noNaN: true }), (i, a) => {
        const bytes = Buffer.from(SEEDS[i], 'utf8');
        checkContract(bytes.subarray(0, Math.max(1, Math.floor(bytes.length * a))));
      }),
      { numRuns: 40 },
    );
  });
});

// Every pairing the organization rules look back across: a body's ending right after a character
// that ends another ending (机关 ends as 海关 does), then a person's title, which makes the rule ask
// whether a firm is named before the body. Before 540fbd6 a quarter of these threw, and such an
// article got an internal error instead of a record.
describe('any ending after the last character of another, before a title, keeps the contract', () => {
  const lastCharacters = [...new Set(ORG_ENDINGS.map(([ending]) => ending.at(-1)!))];
  for (const title of ['书记', '负责人', '委员']) {
    test(`…${title}`, () => {
      for (const character of lastCharacters) for (const [ending] of ORG_ENDINGS) checkContract(`凤鸣${character}${ending}${title}参加。`);
    });
  }
});

describe('bytes that cannot be decoded are said on the record', () => {
  test('broken bytes in UTF-8: the record warns, counting them, with the first as evidence', () => {
    const bytes = Buffer.from(SEEDS[3], 'utf8');
    // (two ASCII commas made bytes no UTF-8 sequence has: one U+FFFD each)
    const first = bytes.indexOf(0x2c, 500);
    bytes[first] = 0xff;
    bytes[bytes.indexOf(0x2c, first + 1000)] = 0xff;
    const rec = extract(bytes, { id: 'x' });
    const warning = rec.warnings.find((w) => w.code === 'undecodable-bytes');
    expect(warning?.message).toMatch(/^2 place\(s\)/);
    expect(warning?.evidence?.text).toBe('\uFFFD');
    const text = decode(bytes).text;
    expect(text.slice(warning!.evidence!.start, warning!.evidence!.end)).toBe('\uFFFD');
    expect(text.indexOf('\uFFFD')).toBe(warning!.evidence!.start);
    checkContract(bytes);
  });

  test('look-alike: a clean article has no such warning', () => {
    expect(extract(Buffer.from(SEEDS[3], 'utf8'), { id: 'x' }).warnings.map((w) => w.code)).not.toContain('undecodable-bytes');
  });
});

// Inputs built to make a careless regular expression backtrack. Each must finish
// well inside the test's time-out: a quadratic pattern over 100,000 characters
// takes minutes, a linear one milliseconds, so the time-out separates them on any
// machine without measuring speed (that is `npm run bench`'s job).
describe('pathological inputs finish and keep the contract', () => {
  const cases: Array<[string, () => string]> = [
    ['100,000 digits', () => '9'.repeat(100_000)],
    ['100,000 opening quotes', () => '“'.repeat(100_000)],
    ['100,000 parentheses after Han characters', () => '會('.repeat(50_000)],
    ['a 5 MB line of Han characters', () => '党建引领企业发展'.repeat(5 * 1024 * 1024 / 24)],
    ['100,000 numerals and classifiers', () => '三个'.repeat(50_000)],
    ['100,000 Chinese numerals and no classifier', () => '一二三四五六七八九十百千万亿'.repeat(7_200).slice(0, 100_000)],
    ['100,000 digits with 万 and no unit', () => '1万'.repeat(50_000)],
    ['a list of 20,000 names joined by 、', () => Array.from({ length: 20_000 }, () => '万华化学').join('、') + '等企业'],
    ['50,000 blank lines between two paragraphs', () => SEEDS[3] + '\n'.repeat(50_000) + SEEDS[3]],
    ['100,000 spaces inside a line', () => '来源:' + ' '.repeat(100_000) + '马鞍山日报'],
    ['one run of 100,000 zone words', () => '经开区'.repeat(33_000)],
  ];
  for (const [name, make] of cases) {
    test(name, () => checkContract(make()), 60_000);
  }
});

describe('of overlapping finds the longest are kept, as testing each against every kept one did', () => {
  /** The reference: each find, longest first (the earlier of equal ones), against every one kept. */
  const naive = (found: Array<{ start: number; end: number }>) => {
    const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: typeof found = [];
    for (const f of sorted) if (!kept.some((k) => f.start < k.end && f.end > k.start)) kept.push(f);
    return kept.sort((a, b) => a.start - b.start);
  };
  test('random spans (a find is never empty: it is of some text)', () => {
    const span = fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 12 })).map(([start, length]) => ({ start, end: start + length, rule: 'r', value: null }));
    fc.assert(fc.property(fc.array(span, { maxLength: 40 }), (found) => {
      expect(longestNonOverlapping(found)).toEqual(naive(found));
    }));
  });
});
