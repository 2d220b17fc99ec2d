// The binder's clause walking reads characters by code; it must agree with the
// CLAUSE_END pattern it stands for, on every character.
import { describe, expect, test } from 'vitest';
import { CLAUSE_END, isClauseEndAt, verbsIn } from '../src/rules/counts/clause.js';

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

describe('verbsIn: verbs of doing, not verbs inside nouns', () => {
  const verbs = (s: string, base = 0) => verbsIn(s, base).map((w) => `${w.text}@${w.start}`);
  test.each([
    ['选派206名党员', ['选派@0']],
    ['培训员工300人', ['培训@0']], // 员工 is an object, not the ending of 培训员
    ['指导员走访企业', ['走访@3']], // 指导+员 is a noun
    ['在开发区建成2个中心', ['建成@4']], // 开发 inside 开发区
    ['党组织书记参加培训', ['参加@5', '培训@7']], // 组织 inside 党组织
    ['提供咨询、培训、业务办理等服务', ['提供@0', '服务@13']], // 咨询、培训、办理 stand in a 、-list: nouns
    ['当年投资已完成3亿元', ['完成@5']], // 投资 before 已 is the topic
    ['两家企业结对共建', ['结对@4', '共建@6']], // 共 starting a verb of its own
    ['投资已完成', ['投资@0', '完成@3']], // a topic marker only counts after the clause's first character
  ])('%s', (s, expected) => expect(verbs(s)).toEqual(expected));

  test('offsets are shifted by base', () => expect(verbs('选派党员', 10)).toEqual(['选派@10']));

  test('a phrase asked about again gets the same answer, at its own base, whatever was done to the last list', () => {
    const first = verbsIn('组建队伍并开展活动', 5);
    first.push({ text: '假', start: 0, end: 1 });
    first[0].start = 99;
    expect(verbs('组建队伍并开展活动')).toEqual(['组建@0', '开展@5']);
    expect(verbs('组建队伍并开展活动', 3)).toEqual(['组建@3', '开展@8']);
  });
});
