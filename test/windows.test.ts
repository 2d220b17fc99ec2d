// Rules that say where their matches can be (Rule.near) read only windows of
// the text around their anchors. That is a speed-up only if it changes nothing:
// here every such rule runs both ways — windows and a full scan — over every
// corpus sentence, every fixture article, and random genre text, and must find
// the same matches at the same places.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { modules } from '../src/rules/index.js';
import { matchesOf, windowsOf, type Rule } from '../src/rules/types.js';
import { makeDoc } from '../src/text/document.js';

const windowed = modules.flatMap(({ module }) =>
  module.rules.filter((r) => r.near).map((rule) => ({ rule: rule as Rule<unknown>, view: module.view })),
);

const seeds = fs.readdirSync('fixtures/articles').sort().map((f) => fs.readFileSync(path.join('fixtures/articles', f), 'utf8'));
const sentences = modules.flatMap(({ corpus }) => corpus.cases.map((c) => c.text));

const spans = (it: Iterable<RegExpExecArray>) => [...it].map((m) => [m.index, m[0]] as const);

function sameBothWays(text: string): void {
  const doc = makeDoc(text);
  for (const { rule, view } of windowed) {
    const viewText = doc[view];
    expect(spans(matchesOf(rule, viewText, true)), rule.name).toEqual(spans(matchesOf(rule, viewText, false)));
  }
}

describe('rules read windows around their anchors', () => {
  test('some rules use windows (dates, programs)', () => {
    expect(windowed.length).toBeGreaterThanOrEqual(10);
  });

  test('windows are merged, ordered and inside the text', () => {
    const near = { anchor: /年/g, reach: 2 };
    // two anchors close together share a window; a far one has its own
    const text = '甲'.repeat(30) + '年乙年' + '丙'.repeat(40) + '年';
    const w = windowsOf(text, near);
    expect(w).toEqual([30 - 10, 33 + 10, 73 - 10, 74]);
    expect(windowsOf('没有锚点', near)).toEqual([]);
  });

  test('a rule finds matches at their places in the whole text, not in the window', () => {
    const rule = windowed.find((r) => r.rule.name === 'date: year-month-day')!.rule;
    const text = '这是一段很长的开头'.repeat(20) + '2023年5月12日召开会议';
    const [m] = matchesOf(rule, text);
    expect(text.slice(m.index, m.index + m[0].length)).toBe('2023年5月12日');
  });

  test('same matches on every fixture article', () => {
    for (const s of seeds) sameBothWays(s);
  });

  test('same matches on every corpus sentence', () => {
    for (const s of sentences) sameBothWays(s);
  });

  test('same matches on dates written with spaced separators and at the very ends of the text', () => {
    for (const s of ['2023 - 05 - 12', '2023年', '12日', '于2023/5/12召开', '“四坚持四创新”', '三会一课制度', '第三季度', '10月上旬']) sameBothWays(s);
  });

  test('same matches on random text built from the genre', () => {
    const piece = fc.constantFrom(
      ...'年月日号季旬至到-—~/.“”‘’「」『』0123456789一二三四五六七八九十〇○两百千万前第上下半个度份底初末起以来今去本'.split(''),
      '工程', '计划', '行动', '机制', '模式', '工作法', '制度', '工作', '活动', '要求', '品牌', '开展', '实施', '打造', '推进', '以', '为主题',
      '党建', '企业', '园区', '，', '。', '\n', ' ',
      ...seeds.flatMap((s) => s.split(/(?<=[。\n])/)).filter((p) => p.length > 3).slice(0, 200),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        if (text.trim() === '') return;
        sameBothWays(text);
      }),
      { numRuns: 300 },
    );
  });
});
