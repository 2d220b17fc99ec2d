// Saved web pages → the article's own text. The page is parsed with linkedom (a
// light DOM, no browser), reduced to its main content by Mozilla's Readability
// (the engine of Firefox's reader view), and written out as plain text with one
// paragraph per line, headed by what the page's <head> says about the article
// (headline, publication time, outlet, author) in the form the metadata rules
// read. That text is what every rule sees, what the record's `text` holds, and
// what evidence spans (marked `in: "text"`) point into. Chrome that Readability
// keeps goes through the same layout rules as any plain-text input.
import { createRequire } from 'node:module';
import { metaKind } from '../text/layout.js';

// Both libraries are CommonJS and sizeable; a plain-text run never loads them.
const require = createRequire(import.meta.url);
type LinkedomModule = typeof import('linkedom');
type ReadabilityModule = typeof import('@mozilla/readability');
let linkedom: LinkedomModule | undefined;
let readability: ReadabilityModule | undefined;
const dom = () => (linkedom ??= require('linkedom') as LinkedomModule);
const reader = () => (readability ??= require('@mozilla/readability') as ReadabilityModule);

/** A document start that only HTML has. */
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])/i;
/** Tags that ordinary text never holds; several different ones, closed, make a page (or a fragment of one). */
const COMMON_TAGS = /<\/(p|div|span|a|td|li|ul|table|body|script|style|h[1-6])>/gi;

/** Plainly HTML: a doctype or <html>/<head> at the start, or several distinct closed tags near it. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return true;
  const tags = new Set<string>();
  for (const m of head.matchAll(COMMON_TAGS)) tags.add(m[1].toLowerCase());
  return tags.size >= 3;
}

/** Byte-level check, before decoding: the same test on the ASCII reading of the first bytes. */
export function bytesLookLikeHtml(bytes: Uint8Array): boolean {
  return looksLikeHtml(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1'));
}

const CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w-]+)/i;
/**
 * A page's info bar: a labelled publication time, or a source beside a date, on
 * one short line. A bare date is not enough: portals print today's date in
 * their top bar (`2024年3月1日 星期五`).
 */
const DATELINE_IN_PAGE =
  /(?:发布时间|发布日期|发表时间|更新时间|时间|日期)\s*[:：]\s*\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}|来源\s*[:：][^\n]{0,40}\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}|\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}[^\n]{0,30}来源\s*[:：]/;

/** The charset a page declares in <meta charset> or <meta http-equiv="Content-Type">, as our decoder names it. */
export function declaredCharset(bytes: Uint8Array): 'utf-8' | 'gb18030' | 'big5' | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const name = CHARSET.exec(head)?.[1].toLowerCase();
  if (!name) return null;
  if (/^(?:utf-?8)$/.test(name)) return 'utf-8';
  if (/^(?:gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/.test(name)) return 'gb18030';
  if (/^(?:big5|big5-hkscs|x-x-big5|cp950)$/.test(name)) return 'big5';
  return null;
}

export interface Page {
  /** The article as plain text: header lines from the page's metadata, then one paragraph per line. */
  text: string;
  /** Whether Readability found the article (else the whole body's text was taken). */
  readable: boolean;
}

/** <meta> names and properties that carry the publication time, the outlet and the author on Chinese news sites and in OpenGraph. */
const META = {
  published: ['article:published_time', 'publishdate', 'pubdate', 'publish_date', 'publishtime', 'firstpublishedtime', 'og:release_date', 'datepublished', 'date'],
  source: ['source', 'contentsource', 'article:source', 'mediaid'],
  author: ['author', 'article:author', 'byline'],
} as const;

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'TEXTAREA', 'SELECT', 'BUTTON']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree with a line break around every block element, white space inside a line collapsed. */
function blockText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    if (SKIP.has(node.nodeName)) return;
    const block = BLOCK.has(node.nodeName);
    if (block) out.push('\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) out.push('\n');
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

type Doc = ReturnType<LinkedomModule['parseHTML']>['document'];

function metaContent(document: Doc, names: readonly string[]): string | null {
  for (const el of document.querySelectorAll('meta')) {
    const key = (el.getAttribute('name') ?? el.getAttribute('property') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (content && names.includes(key)) return content;
  }
  return null;
}

/**
 * The headline. Chinese portals title pages `标题_栏目_网站`; the page's own
 * <h1> is the clean headline when the <title> starts with it.
 */
function headline(document: Doc): string | null {
  const title = (document.title ?? '').trim();
  for (const h of document.querySelectorAll('h1, h2')) {
    const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= 4 && title.startsWith(text)) return text;
  }
  const og = metaContent(document, ['og:title']);
  if (og) return og;
  if (!title) return null;
  const [first] = title.split(/\s*(?:_|\||–|—|-{1,2}|丨)\s*/);
  return first.length >= 4 ? first : title;
}

/** `2022-10-24T08:00:00+08:00` → `2022-10-24 08:00`, the dateline form the metadata rules read. */
function dateline(value: string | null): string | null {
  const m = value && /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})(?:\D+(\d{1,2}:\d{2}))?/.exec(value);
  if (!m) return null;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}${m[4] ? ` ${m[4]}` : ''}`;
}

/** The article of a saved page, as plain text. */
export function pageText(html: string): Page {
  const { document } = dom().parseHTML(html);
  const title = headline(document);
  const published = dateline(metaContent(document, META.published));
  const source = metaContent(document, META.source);
  const author = metaContent(document, META.author);

  // Many sites print the dateline outside the article (`发布时间:… 来源:…` in an info bar),
  // where Readability drops it: take it from the page's own lines, near the top.
  const pageLines = blockText(document.body as unknown as DomNode).split('\n');
  const infoLine = pageLines.slice(0, 60).find((l) => l.length <= 160 && DATELINE_IN_PAGE.test(l) && !/星期|周[一二三四五六日]/.test(l));

  // Readability edits the document it reads; the metadata above was read first.
  const article = new (reader().Readability)(document as unknown as ConstructorParameters<ReadabilityModule['Readability']>[0], { charThreshold: 80, keepClasses: false }).parse();
  let body = '';
  let readable = false;
  if (article?.content) {
    const { document: content } = dom().parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    body = blockText(content.body as unknown as DomNode);
    readable = body.length > 0;
  }
  if (!readable) {
    const { document: again } = dom().parseHTML(html);
    body = blockText((again.body ?? again) as unknown as DomNode);
  }

  // (and the editor's or the writers' line right under the article, `(责任编辑:周敏)`, which
  // Readability drops with the rest of the page's furniture)
  const footer = readable ? creditsAfter(pageLines, body).filter((l) => !body.includes(l)) : [];

  const header: string[] = [];
  if (title && !body.startsWith(title)) header.push(title);
  if (infoLine && !body.includes(infoLine)) header.push(infoLine);
  const stamp = [published, source ? `来源:${source}` : null].filter(Boolean).join(' ');
  if (stamp && !infoLine && !(published && body.includes(published))) header.push(stamp);
  if (author && !body.includes(author)) header.push(`作者:${author}`);
  return { text: [...header, body, ...footer].join('\n'), readable };
}

/** Lines the page prints within a few lines after the article's last one that credit its editor or writers. */
function creditsAfter(pageLines: string[], body: string): string[] {
  const last = body.slice(body.lastIndexOf('\n') + 1);
  const at = last ? pageLines.lastIndexOf(last) : -1;
  if (at < 0) return [];
  const out: string[] = [];
  for (const line of pageLines.slice(at + 1, at + 1 + CREDIT_LINES_AFTER)) {
    const kind = metaKind(line.trim());
    if (kind === 'editor' || kind === 'author') out.push(line.trim());
  }
  return out;
}
/** How far under the article a credit may stand (past a share bar or a print button). */
const CREDIT_LINES_AFTER = 4;
