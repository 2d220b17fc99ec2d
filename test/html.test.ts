// Saved web pages: each seed wrapped in a realistic page (fixtures/html, made by
// scripts/make-html-fixtures.mjs) must give what the plain-text seed gives, with
// evidence pointing into the article text the record carries.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { evidenceIn } from './evidence.js';
import { tempDir } from './temp-dirs.js';
import { ArticleRecord, extract } from '../src/index.js';
import { declaredCharset, looksLikeHtml } from '../src/io/html.js';

const HTML_DIR = 'fixtures/html';
const TEXT_DIR = 'fixtures/articles';
const pages = fs.readdirSync(HTML_DIR).sort();

/** What analysts compare across runs: values without spans. */
function essentials(r: ArticleRecord) {
  return {
    counts: r.counts.map((c) => [c.value, c.unit, c.subject, c.action, c.approx]),
    localities: r.localities.map((l) => l.adcode),
    locality: r.locality?.adcode ?? null,
    zones: r.zones.map((z) => [z.name, z.adcode]),
    programs: r.programs.map((p) => p.name),
    dates: r.dates.map((d) => d.value),
    organizations: r.organizations.map((o) => [o.name, o.kind]),
  };
}


describe('web pages give the records of their articles', () => {
  test('there is a page for every seed, one in GBK and one in Big5', () => {
    expect(pages).toHaveLength(fs.readdirSync(TEXT_DIR).length);
    expect(pages.filter((p) => p.includes('.gbk.'))).toHaveLength(1);
    expect(pages.filter((p) => p.includes('.big5.'))).toHaveLength(1);
  });

  for (const page of pages) {
    const stem = page.split('.')[0];
    test(`${page}: same counts, places, programs, dates and organizations as ${stem}.txt`, () => {
      const html = extract(fs.readFileSync(path.join(HTML_DIR, page)), { id: page });
      const text = extract(fs.readFileSync(path.join(TEXT_DIR, `${stem}.txt`)), { id: stem });
      expect(ArticleRecord.safeParse(html).success).toBe(true);
      expect(html.format).toBe('html');
      expect(text.format).toBe('text');
      expect(essentials(html)).toEqual(essentials(text));
      expect([html.title, html.publishedAt, html.source]).toEqual([text.title, text.publishedAt, text.source]);
      expect(html.encoding).toBe(page.includes('.gbk.') ? 'gb18030' : page.includes('.big5.') ? 'big5' : 'utf-8');
    });

    test(`${page}: every evidence span points into the record's text`, () => {
      const r = extract(fs.readFileSync(path.join(HTML_DIR, page)), { id: page });
      const spans = evidenceIn(r);
      expect(spans.length).toBeGreaterThan(10);
      for (const e of spans) {
        expect(e.in).toBe('text');
        expect(r.text!.slice(e.start, e.end)).toBe(e.text);
      }
      // nothing of the page's own chrome leaks into the article text
      for (const chrome of ['相关新闻', '网友评论', '版权所有', '当前位置', '分享到', '热点推荐']) expect(r.text).not.toContain(chrome);
    });
  }

  test('metadata only in <head>: headline from <h1>/<title>, time, outlet and author from <meta>', () => {
    const page = `<!doctype html><html><head><meta charset="utf-8">
      <title>凤阳县：党建联盟助企纾困_滁州新闻网</title>
      <meta name="publishdate" content="2023-05-06 09:30:00">
      <meta name="source" content="滁州日报">
      <meta name="author" content="王晓明">
      </head><body>
      <div class="nav"><a href="/">首页</a><a href="/xw">新闻</a><a href="/dj">党建</a></div>
      <div id="main"><h1>凤阳县：党建联盟助企纾困</h1>
      <div class="txt"><div>今年以来，凤阳县组建产业链党建联盟6个，覆盖企业120余家，选派党建指导员35名。</div>
      <div>联盟累计解决企业用工、融资等难题86件，帮助企业融资3000万元，相关做法在全市推广。</div>
      <div>下一步，该县将持续深化“党建+产业链”模式，推动非公企业党建工作提质增效。</div></div></div>
      <ul class="list"><li><a href="/1">全市新建党群服务中心12个</a> 2023-04-01</li><li><a href="/2">招聘会吸引200家企业</a> 2023-03-12</li></ul>
      <div class="foot">版权所有 滁州新闻网 未经授权禁止转载</div></body></html>`;
    const r = extract(page, { id: 'page' });
    expect(r.format).toBe('html');
    expect([r.title, r.publishedAt, r.source, r.authors]).toEqual(['凤阳县:党建联盟助企纾困', '2023-05-06', '滁州日报', ['王晓明']]);
    expect(r.locality?.adcode).toBe('341126');
    expect(r.counts.map((c) => [c.value, c.unit])).toEqual([
      [6, '个'],
      [120, '家'],
      [35, '名'],
      [86, '件'],
      [30_000_000, '元'],
    ]);
    // the list of other articles, with its dates and numbers, is not part of the article
    expect(r.dates.map((d) => d.value)).toEqual(['2023-05-06']);
    for (const e of evidenceIn(r)) expect(r.text!.slice(e.start, e.end)).toBe(e.text);
  });

  test('an info bar outside the article gives time and source; the top bar’s date of today does not', () => {
    const page = `<html><head><meta charset="utf-8"><title>县里:“党建+产业链”激活新动能 - 县人民政府</title></head><body>
      <table><tr><td>网站首页 | 手机版 2024年3月1日 星期五</td></tr><tr><td><a href="/">首页</a> &gt; 部门动态</td></tr></table>
      <table><tr><td><h2>县里:“党建+产业链”激活新动能</h2></td></tr>
      <tr><td class="info">发布时间:2023-05-06 09:30 &nbsp; 来源:凤阳县委组织部 &nbsp; 浏览次数:<span>1532</span></td></tr>
      <tr><td><div id="zoom">今年以来,凤阳县组建4条产业链党委,选派党建指导员35名,帮助企业解决难题86件。<br><br>
      截至4月底,全县新建非公企业党组织18个,发展党员26名,推动企业与职能部门结对共建。</div></td></tr>
      <tr><td><a href="javascript:window.print()">打印本页</a> <a>关闭窗口</a></td></tr></table>
      <div>主办:县人民政府办公室 ICP备05001234号</div></body></html>`;
    const r = extract(page, { id: 'gov' });
    expect([r.publishedAt, r.source]).toEqual(['2023-05-06', '凤阳县委组织部']);
    expect(r.dates.map((d) => d.value)).toEqual(['2023-05-06', '2023-04']);
    expect(r.counts.map((c) => c.value)).toEqual([4, 35, 86, 18, 26]);
  });

  test('the editor’s and the writers’ lines right under the article are read; one further down the page is not', () => {
    const page = `<html><head><meta charset="utf-8"><title>经开区:党建联盟助力企业发展</title></head><body>
      <div class="nav"><a href="/">首页</a> &gt; 工作动态</div>
      <div class="article"><h1>经开区:党建联盟助力企业发展</h1>
      <div class="info">发布时间:2025-07-02 09:30 来源:青山县融媒体中心</div>
      <div class="content"><p>今年以来,经开区依托产业链党建联盟,组织18家链上企业开展供需对接,促成订单金额1.6亿元。</p>
      <p>联盟成员单位党员组建技术攻关小组12个,攻克技术难题37项,帮助企业节约成本300余万元。</p></div>
      <div class="byline">(记者 陈立)</div><div class="editor">(责任编辑:周敏)</div></div>
      <div class="related"><h3>相关新闻</h3><ul><li>县里召开党建工作会议 2025-06-28</li><li>园区举办培训班 2025-06-20</li>
      <li>企业开展志愿服务 2025-06-12</li><li>商会举行座谈会 2025-06-02</li></ul></div>
      <div class="footer">责任编辑:王刚</div></body></html>`;
    const r = extract(page, { id: 'credits' });
    expect(r.editors).toEqual(['周敏']);
    expect(r.authors).toEqual(['陈立']);
    for (const e of evidenceIn(r)) expect(r.text!.slice(e.start, e.end)).toBe(e.text);
  });

  test('a page in a JSONL text field is read as a page', () => {
    const html = fs.readFileSync(path.join(HTML_DIR, pages.find((p) => !p.includes('.gbk.') && !p.includes('.big5.'))!), 'utf8');
    const r = extract(html, { id: 'line' });
    expect(r.format).toBe('html');
    expect(r.counts.length).toBeGreaterThan(0);
  });
});

describe('what is HTML', () => {
  const positives = [
    '<!DOCTYPE html><html><body><p>党建</p></body></html>',
    '  \n<!doctype HTML>\n<title>x</title>',
    '<html lang="zh-CN"><head><meta charset="utf-8"></head></html>',
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">',
    '<!-- saved by scraper --><html><body></body></html>',
    '<div class="content"><p>园区党委选派干部12名。</p><span>来源:</span><a href="/">首页</a></div>',
  ];
  const negatives = [
    '园区党委选派干部12名,覆盖企业38家。',
    '指标 a<b 且 c>d 的企业有3家</p>',
    '《人民日报》(2024年02月27日 10版)',
    '数学表达式 <x> 与 </y> 不是网页',
    '党员<50人的支部 占比>30%',
  ];
  for (const p of positives) test(`HTML: ${p.slice(0, 40)}`, () => expect(looksLikeHtml(p)).toBe(true));
  for (const n of negatives) test(`not HTML: ${n.slice(0, 40)}`, () => expect(looksLikeHtml(n)).toBe(false));

  const charsets: Array<[string, string | null]> = [
    ['<meta charset="gbk">', 'gb18030'],
    ['<meta charset=GB2312>', 'gb18030'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />', 'gb18030'],
    ['<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=big5">', 'big5'],
    ["<meta charset='utf-8'>", 'utf-8'],
    ['<meta charset="shift_jis">', null],
    ['<p>charset=gbk 是一个词</p>', null],
  ];
  for (const [html, want] of charsets) test(`declared charset of ${html}`, () => expect(declaredCharset(Buffer.from(html))).toBe(want));
});

describe('the CLI reads pages with no flag', () => {
  const BIN = path.resolve('bin/extract');
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

  test('extract page.html --format csv', () => {
    const page = path.join(HTML_DIR, pages[0]);
    const r = run([page, '--format', 'csv']);
    expect(r.status).toBe(0);
    const [header, row] = r.stdout.trim().split('\n');
    expect(header.split(',')).toContain('format');
    expect(header.split(',')).not.toContain('text');
    expect(row).toContain(',html,');
  });

  test('a folder mixing .txt and .html', () => {
    const dir = tempDir('extract-mixed-html-');
    fs.copyFileSync(path.join(TEXT_DIR, fs.readdirSync(TEXT_DIR).sort()[3]), path.join(dir, 'a.txt'));
    fs.copyFileSync(path.join(HTML_DIR, pages[3]), path.join(dir, 'b.html'));
    fs.copyFileSync(path.join(HTML_DIR, pages[3]), path.join(dir, 'c.htm'));
    const r = run([dir]);
    expect(r.status).toBe(0);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => [path.basename(x.id), x.format])).toEqual([
      ['a.txt', 'text'],
      ['b.html', 'html'],
      ['c.htm', 'html'],
    ]);
    expect(records[1].counts).toEqual(records[2].counts);
  });
});
