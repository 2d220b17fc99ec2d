// The binder's clause walking reads characters by code; it must agree with the
// CLAUSE_END pattern it stands for, on every character.
import { expect, test } from 'vitest';
import { CLAUSE_END, isClauseEndAt } from '../src/rules/counts/clause.js';

test('isClauseEndAt agrees with CLAUSE_END on every UTF-16 unit, and is false past the end', () => {
  const disagree: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (isClauseEndAt(ch, 0) !== CLAUSE_END.test(ch)) disagree.push(c);
  }
  expect(disagree).toEqual([]);
  expect(isClauseEndAt('党员，', 2)).toBe(true);
  expect(isClauseEndAt('党员', 2)).toBe(false);
});
