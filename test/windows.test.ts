// Rules that say where their matches can be (Rule.near) read only windows of
// the text around their anchors; rules that say on which lines their findings
// lie (Rule.lines) read only those lines. That is a speed-up only if it changes
// nothing: here every such rule runs both ways — windows and a full scan — over
// every corpus sentence, every fixture article, and random genre text, and must
// find the same matches at the same places (the same findings, for lines: a full
// scan matches elsewhere too, where the extract declines).
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { modules } from '../src/rules/corpora.js';
import { forEachMatch, matchesOf, windowsOf, type Rule } from '../src/rules/types.js';
import { makeDoc, type Doc } from '../src/text/document.js';

const windowed = modules.flatMap(({ module }) =>
  module.rules.filter((r) => r.near).map((rule) => ({ rule: rule as Rule<unknown>, view: module.view })),
);
const lineRead = modules.flatMap(({ module }) =>
  module.rules.filter((r) => r.lines).map((rule) => ({ rule: rule as Rule<unknown>, view: module.view })),
);
/** Rules that say nothing of where their matches are: with a document they read its unblanked runs. */
const unplaced = modules.flatMap(({ module }) =>
  module.rules.filter((r) => !r.near && !r.lines).map((rule) => ({ rule: rule as Rule<unknown>, view: module.view })),
);

/** Where a rule matches in a view of a document, read as runModule reads it (with the document) or over the whole view. */
function matchSpans(rule: Rule<unknown>, doc: Doc, view: 'content' | 'contentAndMeta', useWindows: boolean): Array<readonly [number, string]> {
  const out: Array<readonly [number, string]> = [];
  // (an empty match is a rule run once a document, `/^/`, wherever it stands)
  forEachMatch(rule, doc[view], (m) => void (m[0] !== '' && out.push([m.index, m[0]] as const)), useWindows, doc);
  return out;
}

/** What a rule finds in a document, reading its lines only or the whole view. */
function findingsOf(rule: Rule<unknown>, doc: Doc, view: 'content' | 'contentAndMeta', useWindows: boolean): string[] {
  const out: string[] = [];
  forEachMatch(rule, doc[view], (m) => void out.push(JSON.stringify(rule.extract(m, doc))), useWindows, doc);
  return out.filter((f) => f !== 'null');
}

const seeds = fs.readdirSync('fixtures/articles').sort().map((f) => fs.readFileSync(path.join('fixtures/articles', f), 'utf8'));
const sentences = modules.flatMap(({ corpus }) => corpus.cases.map((c) => c.text));

const spans = (it: Iterable<RegExpExecArray>) => [...it].map((m) => [m.index, m[0]] as const);

function sameBothWays(text: string): void {
  const doc = makeDoc(text);
  for (const { rule, view } of windowed) {
    const viewText = doc[view];
    expect(spans(matchesOf(rule, viewText, true)), rule.name).toEqual(spans(matchesOf(rule, viewText, false)));
  }
  for (const { rule, view } of lineRead) expect(findingsOf(rule, doc, view, true), rule.name).toEqual(findingsOf(rule, doc, view, false));
  for (const { rule, view } of unplaced) expect(matchSpans(rule, doc, view, true), rule.name).toEqual(matchSpans(rule, doc, view, false));
}

describe('rules read windows around their anchors', () => {
  test('some rules use windows (dates, programs), some read lines (metadata)', () => {
    expect(windowed.length).toBeGreaterThanOrEqual(10);
    expect(lineRead.length).toBeGreaterThanOrEqual(8);
  });

  test('a rule reading lines reads those only, and finds at its places in the whole text', () => {
    const rule = lineRead.find((r) => r.rule.name === 'metadata: editor line')!.rule;
    const doc = makeDoc('园区党建结硕果\n2023-05-12 来源:滨江日报\n正文第一段,责任编辑:在正文里不算。\n正文第二段。\n责任编辑:李明');
    const seen: number[] = [];
    forEachMatch(rule, doc.contentAndMeta, (m) => void seen.push(m.index), true, doc);
    const line = doc.lines.find((l) => l.text === '责任编辑:李明')!;
    expect(line.role).toBe('meta');
    expect(seen).toEqual([line.start]);
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
    // (metadata lines at the very ends, and a date a line break cuts: `2023` closing a dateline, `年5月12日` opening the next line)
    // (and white space around a line, which its span leaves out and the view blanks: `…活跃。李明     `)
    for (const s of ['责任编辑:李明', '标题\n2023-05-12 10:00 滨江日报', '标题\n来源:滨江日报 2023\n年5月12日\n正文。(张三)', '园区经济活跃。李明     \n', '标题\n   正文第一段。\n  王红 李明  ']) sameBothWays(s);
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
