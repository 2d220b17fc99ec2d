// Helpers that run a global pattern over a string without copying it (see patterns.ts).
import { expect, test } from 'vitest';
import { lastMatch, spansOf } from '../src/text/patterns.js';

test('spansOf gives every match, from the start whatever lastIndex the pattern was left at', () => {
  const re = /园区|街道/g;
  re.lastIndex = 5;
  expect(spansOf(re, '园区党委与街道社区')).toEqual([
    [0, 2],
    [5, 7],
  ]);
  expect(spansOf(re, '园区党委与街道社区')).toEqual(spansOf(/园区|街道/g, '园区党委与街道社区'));
  expect(spansOf(re, '没有')).toEqual([]);
});

test('lastMatch is the last match, or null; an empty match does not loop', () => {
  const re = /公司|集团/g;
  expect(lastMatch(re, '甲公司乙集团丙')?.index).toBe(4);
  expect(lastMatch(re, '甲公司乙集团丙')?.[0]).toBe('集团');
  expect(lastMatch(re, '高新区')).toBeNull();
  expect(lastMatch(/(?=区)/g, '高新区')?.index).toBe(2);
});
