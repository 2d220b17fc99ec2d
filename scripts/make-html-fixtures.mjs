#!/usr/bin/env node
// Wraps each seed article of fixtures/articles/ in a realistic news page — top
// bar, menu, breadcrumb, share bar, related list with dates, comment box,
// footer — as a scraper would save it, into fixtures/html/. One page is saved as
// GBK and one as Big5, declaring their charset in <meta>, as real portals do.
// Run after changing the seeds or this template; the expected records are
// checked by test/html.test.ts against the plain-text runs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = path.join(ROOT, 'fixtures', 'articles');
const OUT = path.join(ROOT, 'fixtures', 'html');

/** Which seeds are saved in a legacy encoding (the others are UTF-8). */
const LEGACY = { '003_77041d6444ac8022': 'gbk', '000_d0037c98df390d46': 'big5' };

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(text, charset) {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const [title, ...rest] = lines;
  const body = rest.map((l) => `      <p>${escape(l)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta ${charset === 'utf-8' ? 'charset="utf-8"' : `http-equiv="Content-Type" content="text/html; charset=${charset}"`}>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(title)}_党建动态_新闻中心</title>
  <meta name="keywords" content="党建,基层,组织">
  <meta name="description" content="${escape(rest.find((l) => l.length > 40)?.slice(0, 60) ?? '')}">
  <link rel="stylesheet" href="/static/css/main.css">
  <script>var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); })();</script>
  <style>.article p { text-indent: 2em; } .share a { margin: 0 4px; }</style>
</head>
<body>
  <div class="top-bar"><a href="/">网站首页</a> | <a href="/m">手机版</a> | <a href="/login">登录</a> <a href="/reg">注册</a> <span>2024年3月1日 星期五</span></div>
  <div class="header"><img src="/static/logo.png" alt="新闻中心"><form action="/search"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
  <nav class="menu"><ul>
    <li><a href="/">首页</a></li><li><a href="/sz">时政要闻</a></li><li><a href="/dj">党建动态</a></li>
    <li><a href="/jc">基层风采</a></li><li><a href="/sp">视频</a></li><li><a href="/zt">专题</a></li>
  </ul></nav>
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/dj">党建动态</a> &gt; 正文</div>
  <div class="main">
    <div class="article" id="content">
      <h1>${escape(title)}</h1>
${body}
    </div>
    <div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a> <span>阅读 1532</span> <span>点赞 27</span></div>
    <div class="related">
      <h3>相关新闻</h3>
      <ul>
        <li><a href="/dj/1.html">区委组织部召开2023年度组织工作会议 部署五项重点任务</a><span>2023-01-12</span></li>
        <li><a href="/dj/2.html">开发区新建36个非公企业党组织 覆盖职工1200余人</a><span>2022-11-30</span></li>
        <li><a href="/dj/3.html">“红色引擎”工程推进会召开</a><span>2022-09-08</span></li>
      </ul>
    </div>
    <div class="comments">
      <h3>网友评论</h3>
      <textarea placeholder="请文明发言"></textarea><button>发表评论</button>
      <p>已有0人参与评论</p>
    </div>
  </div>
  <aside class="side"><h3>热点推荐</h3><ol><li><a href="/a">全市200家企业参加招聘会</a></li><li><a href="/b">3个项目集中签约</a></li></ol></aside>
  <footer>
    <p>版权所有 © 2022 新闻中心 All Rights Reserved 未经授权禁止转载</p>
    <p>备案号：ICP备12345678号 联系电话：0555-2345678</p>
  </footer>
  <script>document.querySelectorAll(".share a").forEach(function (a) { a.onclick = function () { return false; }; });</script>
</body>
</html>
`;
}

fs.mkdirSync(OUT, { recursive: true });
for (const file of fs.readdirSync(SEEDS).sort()) {
  const stem = file.replace(/\.txt$/, '');
  const text = fs.readFileSync(path.join(SEEDS, file), 'utf8');
  const charset = LEGACY[stem] ?? 'utf-8';
  const html = page(text, charset);
  const bytes = charset === 'utf-8' ? Buffer.from(html) : iconv.encode(html, charset);
  const name = `${stem}${charset === 'utf-8' ? '' : `.${charset}`}.html`;
  fs.writeFileSync(path.join(OUT, name), bytes);
  console.log(`${name}: ${bytes.length} bytes`);
}
