// Metadata: title, source, publication date, authors, editors. Read from the
// headline, the dateline and the closing lines; never from chrome (the view
// blanks it), so `来源:中国西藏网` inside a copyright notice is not a source.
import { AUTHOR_ROLES, BYLINE_MARKS, EDITOR_ROLES, GENERIC_ACCOUNTS, REPORTER_ROLE_WORD, ROLE_OUTLET_PREFIX } from '../../lexicon/people.js';
import type { Doc } from '../../text/document.js';
import { ACCOUNT_HEADER_GLUED, ACCOUNT_NAME_ALONE, DAY_MONTH_YEAR_DATELINE, DISCLOSURE_LABEL, LABELLED_YEAR_LAST_DATE, JOURNAL_DATELINE, JOURNAL_ISSUE, OUTLET_DATELINE, PAPER_BREADCRUMB, PAPER_MASTHEAD, PAPER_MASTHEAD_DAY_FIRST, PAPER_NAME_ALONE, PAPER_PROPERTIES, PRINT_CITATION, PRINT_CITATION_DAY_FIRST, SOURCE_LABEL, SUPPLIED_BY_LINE } from '../../text/layout.js';
import { alternation, longestFirst } from '../../text/patterns.js';
import type { Found, LineSelector, Module, Near, Rule } from '../types.js';
import { longestAt } from '../places/gazetteer.js';
import { tagWords } from '../../text/segment.js';
import { isPersonName, mergeSplitNames, splitGluedNames, tokens, type Token } from './names.js';

export type MetaField = 'title' | 'source' | 'publishedAt' | 'author' | 'editor';
export interface Meta {
  field: MetaField;
  value: string;
}
type Out = Omit<Found<Meta>, 'rule'>;

const lineAt = (doc: Doc, pos: number) => doc.lines.find((l) => pos >= l.start && pos < l.end);

// The lines most rules here read (Rule.lines): their extracts decline a match on any other,
// and scanning every line of the article for them was most of this module's time.
const titleLines: LineSelector = (doc) => doc.lines.filter((l) => l.role === 'title');
const metaLines: LineSelector = (doc) => doc.lines.filter((l) => l.role === 'meta');
const lastBodyLine: LineSelector = (doc) => {
  const last = doc.lines.findLast((l) => l.role === 'body');
  return last ? [last] : [];
};
const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
const validDate = (y: number, m: number, d: number) => y >= 1949 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;

/** Outlet names end in one of these; a dateline's trailing word without one is not an outlet. */
const OUTLET = '(?:日报|晚报|早报|时报|商报|周报|报|网|新闻网|在线|客户端|电视台|广播电视台|融媒体中心|杂志|周刊|新闻|发布|社)';
/** A paper known in its city by its kind alone (`晨报讯`, `晚报讯`), two characters where other outlets have three or more. */
const OUTLET_BY_KIND = '[晨晚早商]报';
/** A paper and its app named together (`湖南日报·新湖南客户端`): the first, then a middle dot, opening the outlet's name. */
const PAIRED_OUTLET = `(?:[\\u4e00-\\u9fff]{2,10}?${OUTLET}[·・•])?`;

const names = (list: Token[], accept: (t: string) => boolean, field: MetaField): Out[] =>
  splitGluedNames(mergeSplitNames(list))
    .filter((t) => accept(t.text))
    .map((t) => ({ start: t.start, end: t.end, value: { field, value: t.text } }));
/** The tokens as authors when every one is a person's name; null when any is not (`本报讯(经开区)`). */
const authorsIfAllPeople = (list: Token[]): Out[] | null => (list.length > 0 && list.every((t) => isPersonName(t.text)) ? names(list, isPersonName, 'author') : null);

/**
 * `园区党建结硕果 | 滨江新闻网`, `…_滨江日报`: the site's name a page title carries after the headline;
 * with bare hyphens only after the section too, where the site is a web one (`…-新闻中心-滨江网`): a
 * headline's own second half may end in 网 (`…-织密服务网`).
 */
const SITE_AFTER_HEADLINE = /(?:(?:\s*[|｜_]\s*|\s+-\s+)[^|｜_\s]{2,20}(?:网|日报|晚报|报|在线|发布|频道|门户|新闻|融媒|融媒体中心|客户端)|-[^-|｜_\s]{2,10}-[^-|｜_\s]{2,20}(?:网|在线|门户|频道))$/;
/** `标题:…`, `题目：…`: a label a page (or an exported form) prints before the headline. */
const HEADLINE_LABEL = /^(?:标题|原标题|题目|主题|新闻标题|文章标题|名称)[ \t]*[:：][ \t]*(?=[^\s])/;
/** A labelled headline in quotes or title marks (`标题:“…”`, `原标题:《…》`): the quotes are no part of it. */
const QUOTED_WHOLE = /^[“"《「](?<inner>[^“”"《》「」]+)[”"》」]$/;
/** `【党建引领】…`, `(乡村行·看变化)…`: a column's label in brackets opening the headline's line, a headline after it. */
const COLUMN_BEFORE_HEADLINE = /^(?:[【\[][^【】\[\]]{2,10}[】\]]|[(（][^()（）]{2,10}[)）])\s*(?=[^\s]{5})/;

/** An outlet's name and nothing else (`渭南日报`, `凤城网`). */
const OUTLET_ALONE = new RegExp(`^[\\u4e00-\\u9fff]{2,10}?${OUTLET}$`);

const title: Rule<Meta> = {
  lines: titleLines,
  name: 'metadata: headline line',
  // lines not blanked out (a blanked line is all NUL: chrome is no headline)
  pattern: /^[^\n\u0000][^\n]*$/gm,
  extract(m, doc) {
    const line = lineAt(doc, m.index + m[0].length - m[0].trimStart().length);
    if (!line || line.role !== 'title') return null;
    // a kicker ending in a dash and the headline under it are one title (layout marks both):
    // read from the kicker, as the kicker, the dash and the headline
    const at = doc.lines.indexOf(line);
    const titleLineNear = (from: number, step: number) => {
      let i = from + step;
      while (doc.lines[i]?.role === 'blank') i += step;
      return doc.lines[i]?.role === 'title' ? doc.lines[i] : undefined;
    };
    const kicker = titleLineNear(at, -1);
    if (kicker && /[—–]$/.test(kicker.text)) return null;
    const headline = /[—–]$/.test(line.text) ? titleLineNear(at, 1) : undefined;
    // `经开区工商业联合会成立 |`: a separator the page left after the headline is not part of it,
    // nor the dash a subtitle opens with (`——探寻…背后的“党建密码”`), nor the bar of a table's
    // cell a page's text kept around it (`| 园区评议会促提升 党建工作再上新台阶 | |||`)
    const lead = line.text.length - line.text.replace(/^[\s—–\-|｜]+/, '').length;
    if (headline) {
      const text = line.text.slice(lead) + headline.text.replace(/[\s|｜_\-—]+$/, '');
      const end = headline.start + headline.text.replace(/[\s|｜_\-—]+$/, '').length;
      return { start: line.start + lead, end, value: { field: 'title', value: text } };
    }
    let start = line.start + lead;
    let text = line.text.slice(lead).replace(/[\s|｜_\-—]+$/, '').replace(SITE_AFTER_HEADLINE, '');
    // `【党建引领】园区党建结硕果`: the column's label before the headline is no part of it
    // (nor is a label before it: `标题:园区党建结硕果`)
    const label = HEADLINE_LABEL.exec(text);
    if (label) {
      text = text.slice(label[0].length);
      start += label[0].length;
      const quoted = QUOTED_WHOLE.exec(text);
      if (quoted) {
        text = quoted.groups!.inner;
        start += 1;
      }
    }
    const column = COLUMN_BEFORE_HEADLINE.exec(text);
    if (column) {
      text = text.slice(column[0].length);
      start += column[0].length;
    }
    if (!text) return null;
    // `…高质量发展通讯员 张卉 季延峰 本报记者 江迪`: a byline the page ran on at the headline's end
    const byline = trailingByline(text, start);
    if (byline) text = text.slice(0, byline.at).trimEnd();
    // `渭南日报 记者 王珂 通讯员 甘泉`: an outlet's name alone before the byline is the source, no headline
    if (byline && OUTLET_ALONE.test(text)) return [{ start, end: start + text.length, value: { field: 'source', value: text } }, ...byline.names];
    const headlineOut: Out = { start, end: start + text.length, value: { field: 'title', value: text } };
    return byline ? [headlineOut, ...byline.names] : headlineOut;
  },
};

/**
 * A byline at the end of a line: from a role (通讯员, 本报记者) at `minAt` or later to the line's end,
 * nothing but roles and people's names (a headline keeps four characters at least before it).
 */
function trailingByline(text: string, base: number, minAt = 4, role = TRAILING_ROLE): { at: number; names: Out[] } | null {
  role.lastIndex = 0;
  for (let m = role.exec(text); m; m = role.exec(text)) {
    if (m.index < minAt) continue;
    const rest = text.slice(m.index);
    const split = tokens(rest, 0).flatMap((t) => splitRole(t, ANY_ROLE_LONGEST_FIRST));
    const people = mergeSplitNames(split.filter((t) => !AUTHOR_ROLES.includes(t.text) && !EDITOR_ROLES.includes(t.text)));
    if (people.length > 0 && people.every((t) => isPersonName(t.text))) return { at: m.index, names: bylineNames(rest, base + m.index) };
  }
  return null;
}

/**
 * Every label of SOURCE_LABEL (layout.ts) holds one of these: it ends in 来源, or is 稿源,
 * 供稿单位, 出品 or a repost's 转自 (a label added there needs its characters here); the name after it is at most 30
 * characters (with a few of spacing).
 */
const NEAR_SOURCE_LABEL: Near = { anchor: /来源|稿源|供稿|出品|转自|转载自/g, reach: 40 };

/** A source that names only the page itself or nothing (`来源:本站`, `来源:网络`, `来源:原创`): none. */
const SELF_REFERENCE = /^(?:本站|本网|本报|本台|本刊|本平台|网络|网站|互联网|原创|转载|综合|未知)$/;

const sourceAfterLabel: Rule<Meta> = {
  name: 'metadata: source after 来源',
  near: NEAR_SOURCE_LABEL,
  // (after a label of its own in brackets too: `【发布时间：2023-05-12】【来源：滨江日报】`)
  // (or on the next line, under its label alone: `信息来源:` over `区日报社`, both lines metadata)
  pattern: new RegExp(String.raw`(?<=^|\n|\d|\s|日|[】\]])[\[【(]?[ \t]*${SOURCE_LABEL}[ \t]*(?:[:：][ \t]*\n[ \t]*|[:：/|]?[ \t]*)(?<source>[^\s\d|,，。:：\]】)]{2,30})`, 'g'),
  extract(m, doc) {
    const line = lineAt(doc, m.index + m[0].length - 1);
    if (!line || line.role !== 'meta') return null;
    // `信息来源: 杜集经济开发区发布时间:…`: the next label may follow without a space
    // (nor is what follows a character lost to a broken byte: `人民网-人民日?qǐng`)
    // (nor the page's buttons run on after it: `来源:中国新闻网参与互动参与互动`)
    // (nor a counter's label, the spans of a page's line joined: `来源:凤城经开区党工委浏览次数:`)
    // (nor a role glued after it, its people after a space: `来源: 新闻晚报通讯员 白雪`)
    const source = m.groups!.source.replace(/(?:记者|通讯员|作者|编辑|责任编辑|(?:发布|发表|更新)?(?:时间|日期)|参与互动|分享到|我要评论|字号|打印|收藏|浏览|点击[数量率]|阅读[数量]|访问量|[?\uFFFD]).*$/, '');
    if (source.length < 2 || SELF_REFERENCE.test(source)) return null;
    // `来源: sp20241125`: Latin letters run into digits are a page's code for its feed, no outlet
    if (/^[A-Za-z]+$/.test(source) && source === m.groups!.source && /\d/.test(m.input[m.index + m[0].length] ?? '')) return null;
    const start = m.index + m[0].length - m.groups!.source.length;
    return { start, end: start + source.length, value: { field: 'source', value: source } };
  },
};

/** The lines layout.ts found to be a source's. */
const sourceLines: LineSelector = (doc) => doc.lines.filter((l) => l.role === 'meta' && l.why === 'source');

/** `乐山市委党史和地志研究室供稿`, `(县委组织部供稿)`: the body that supplied the text, alone on its line, is its source. */
const suppliedBy: Rule<Meta> = {
  lines: sourceLines,
  name: 'metadata: a body that supplied the text (…供稿)',
  pattern: /[^\n]+/g,
  extract(m, doc) {
    const line = lineAt(doc, m.index);
    const body = line?.why === 'source' ? SUPPLIED_BY_LINE.exec(m[0].trim())?.groups?.body : undefined;
    if (!body) return null;
    const start = m.index + m[0].indexOf(body);
    return { start, end: start + body.length, value: { field: 'source', value: body } };
  },
};

/**
 * `来源 东方网    顾一琼     发表时间:2023-05-12`: a person's name standing alone between the source
 * and the date of a metadata line, set apart by wide spacing, is the writer's (an outlet's second
 * name there, or a word, is no person's: isPersonName reads the surname and the dictionary).
 */
const writerBetweenSourceAndDate: Rule<Meta> = {
  name: 'metadata: unlabelled writer between source and date',
  near: NEAR_SOURCE_LABEL,
  pattern: new RegExp(String.raw`${SOURCE_LABEL}[ \t]*[:：]?[ \t]*[^\s\d|]{2,30}(?:[ \t]{2,}|\t)(?<writer>[\u4e00-\u9fff]{2,3})(?:[ \t]{2,}|\t)(?=(?:发表|发布|更新)?(?:时间|日期)|\d{4})`, 'g'),
  extract(m, doc) {
    const writer = m.groups!.writer;
    if (lineAt(doc, m.index)?.role !== 'meta' || !isPersonName(writer)) return null;
    const start = m.index + m[0].lastIndexOf(writer);
    return { start, end: start + writer.length, value: { field: 'author', value: writer } };
  },
};

/** A disclosure header's lines (layout.ts): the publishing body and the date are read from them. */
const disclosureLines: LineSelector = (doc) => doc.lines.filter((l) => l.why === 'disclosure');

/**
 * `发布机构:凤城经开区 | 发文日期:2022-07-29`: a government page's disclosure header names the body
 * that published the page (its source) and the date it was issued.
 */
const disclosureHeader: Rule<Meta> = {
  lines: disclosureLines,
  name: 'metadata: government disclosure header',
  // (a table's bars may stand between a label and its value: `发文日期: | 2025-04-02 |`)
  pattern: /(?:(?:发布机构|发文机关|发文机构|发布单位|公开责任部门)[ \t]*[:：][ \t|｜]*(?<source>[^\s|,，。:：;；]{2,30})|(?:发文日期|成文日期|生成日期|公开日期|发布日期)[ \t]*[:：][ \t|｜]*(?<y>\d{4})[ \t]*[-年/.][ \t]*(?<m>\d{1,2})[ \t]*[-月/.][ \t]*(?<d>\d{1,2})日?)/g,
  extract(m, doc) {
    if (lineAt(doc, m.index)?.why !== 'disclosure') return null;
    const g = m.groups!;
    if (g.source !== undefined) {
      // (the next label may follow without a space: `发布机构:凤城经开区发文日期:…`)
      const source = g.source.replace(new RegExp(`${DISCLOSURE_LABEL}.*$`), '');
      if (source.length < 2 || SELF_REFERENCE.test(source)) return null;
      const start = m.index + m[0].length - g.source.length;
      return { start, end: start + source.length, value: { field: 'source', value: source } };
    }
    if (!validDate(+g.y, +g.m, +g.d)) return null;
    const start = m.index + m[0].indexOf(g.y);
    return { start, end: m.index + m[0].length, value: { field: 'publishedAt', value: iso(g.y, g.m, g.d) } };
  },
};

const sourceBeforeDateline: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: outlet before the dateline',
  pattern: new RegExp(OUTLET_DATELINE.source, 'gm'),
  extract(m, doc) {
    if (lineAt(doc, m.index)?.role !== 'meta') return null;
    const source = m.groups!.outlet;
    return { start: m.index, end: m.index + source.length, value: { field: 'source', value: source } };
  },
};

/** `原创 张小明 凤鸣组工 2024年05月06日 18:30 江苏`: a person's name before the account in a messaging app's header is the writer's. */
const writerBeforeDateline: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: writer before the account in a dateline',
  pattern: new RegExp(OUTLET_DATELINE.source, 'gm'),
  extract(m, doc) {
    const writer = m.groups!.writer;
    if (!writer || writer === m.groups!.outlet || !isPersonName(writer) || lineAt(doc, m.index)?.role !== 'meta') return null;
    const start = m.index + m[0].indexOf(writer);
    return { start, end: start + writer.length, value: { field: 'author', value: writer } };
  },
};

const sourceBesideDateline: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: outlet beside the dateline',
  pattern: new RegExp(
    // (the date also as 2024年05月12日, which normalizing glues to its time: `2024年05月12日09:30  凤城新闻网`)
    String.raw`(?:\d{4}-\d{1,2}-\d{1,2}[ \t]+|\d{4}年\d{1,2}月\d{1,2}日[ \t]*)\d{1,2}:\d{2}(?::\d{2})?[ \t]+(?<source>[\u4e00-\u9fff]{2,12}${OUTLET})(?=\s|$)`,
    'g',
  ),
  extract(m, doc) {
    if (lineAt(doc, m.index)?.role !== 'meta') return null;
    const start = m.index + m[0].length - m.groups!.source.length;
    return { start, end: start + m.groups!.source.length, value: { field: 'source', value: m.groups!.source } };
  },
};

/** The outlet (the match's `source`) of a dispatch opening the article's first line, or null elsewhere. */
function outletOpeningTheArticle(m: RegExpExecArray, doc: Doc): Out | null {
  const line = lineAt(doc, m.index + m[0].length - 1);
  if (!line || line.role !== 'body' || doc.lines.find((l) => l.role === 'body') !== line) return null;
  const source = m.groups!.source;
  const start = m.index + m[0].indexOf(source);
  return { start, end: start + source.length, value: { field: 'source', value: source } };
}

/** A dispatch mark (`5月26日电`, `7月1日讯`): where the outlet and the reporters stand at an article's head. */
const NEAR_DISPATCH: Near = { anchor: /日[电讯]|本[报网台]讯/g, reach: 40 };

/** `湘西网2月26日讯`, `新华社青岛7月4日电`: the outlet opening a dispatch (not 本报, which names none). */
const sourceOfDispatch: Rule<Meta> = {
  name: 'metadata: outlet opening a dispatch',
  // the mark closes the match, at most 35 characters after its start
  near: NEAR_DISPATCH,
  pattern: new RegExp(
    String.raw`^[ \t]{0,8}(?<source>${PAIRED_OUTLET}[\u4e00-\u9fff]{2,10}?${OUTLET}|${OUTLET_BY_KIND})[\u4e00-\u9fff]{0,4}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯)`,
    'gm',
  ),
  extract: outletOpeningTheArticle,
};

/** An outlet's name closing right before 讯 (`凤城网讯`, `市场星报、…讯`): where an undated dispatch stands. */
// (or a place's name between them: `黄河新闻网运城讯`, read where a space or a bracket follows 讯)
const NEAR_UNDATED_DISPATCH: Near = { anchor: /[报网线端台心志刊闻布社]讯|[)）]、|讯(?=[ \t(（\d])/g, reach: 60 };

/**
 * `凤城网讯(记者 王明)`, `市场星报、凤城财经网(m.example.cn)、掌中凤城讯(记者 徐越)`: the outlet
 * opening a dispatch with no date, the first of those listed (a site's address in brackets after
 * one), before its reporters in brackets or a space, or a reporter's role (`晨报讯记者昨天从…获悉`).
 */
const sourceOfUndatedDispatch: Rule<Meta> = {
  name: 'metadata: outlet opening an undated dispatch',
  near: NEAR_UNDATED_DISPATCH,
  pattern: new RegExp(
    String.raw`^[ \t]{0,8}(?<source>[\u4e00-\u9fff]{2,10}?${OUTLET}|${OUTLET_BY_KIND})(?:[(（][A-Za-z0-9.\-/]{3,40}[)）])?(?:、[\u4e00-\u9fff]{2,10}?(?:[(（][A-Za-z0-9.\-/]{3,40}[)）])?){0,4}(?<place>[\u4e00-\u9fff]{2,4}?)?讯(?=[(（ \t\d]|记者|通讯员)`,
    'gm',
  ),
  // (a place between the outlet and 讯 is where it reports from, a place's name and nothing else)
  extract: (m, doc) => (m.groups!.place === undefined || longestAt(m.groups!.place, 0)?.length === m.groups!.place.length ? outletOpeningTheArticle(m, doc) : null),
};

/** The outlet named at `at` and the day (y, m, d) of the span [dayStart, dayEnd): a masthead's or a citation's pair; null for no valid day. */
function outletAndDay(at: number, outlet: string, dayStart: number, dayEnd: number, day: Record<string, string>): Out[] | null {
  if (!validDate(+day.y, +day.m, +day.d)) return null;
  return [
    { start: at, end: at + outlet.length, value: { field: 'source', value: outlet } },
    { start: dayStart, end: dayEnd, value: { field: 'publishedAt', value: iso(day.y, day.m, day.d) } },
  ];
}

/** `青山日报 2024年5月12日 第03版`: a paper's masthead line names the outlet and the day. */
const paperMasthead: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: paper masthead (报 日期 版)',
  pattern: new RegExp(PAPER_MASTHEAD.source, 'gm'),
  extract(m, doc) {
    if (lineAt(doc, m.index)?.role !== 'meta') return null;
    const g = m.groups!;
    return outletAndDay(m.index, g.outlet, m.index, m.index + m[0].length, g);
  },
};

/** `日期:[2018年09月13日] -- 凤城日报 -- 版次:[J2]`: a masthead with the day first names the day and the paper. */
const paperMastheadDayFirst: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: paper masthead, day first (日期 报 版次)',
  pattern: new RegExp(PAPER_MASTHEAD_DAY_FIRST.source, 'gm'),
  extract(m, doc) {
    if (lineAt(doc, m.index)?.role !== 'meta') return null;
    const g = m.groups!;
    const day = /\d{4}年\d{1,2}月\d{1,2}日/.exec(m[0])!;
    return outletAndDay(m.index + m[0].indexOf(g.outlet, day.index + day[0].length), g.outlet, m.index + day.index, m.index + day.index + day[0].length, g);
  },
};

/** `凤城日报 > 2025-10-20 > 第A03版:要闻`: an e-paper's breadcrumb names the paper and the day. */
const paperBreadcrumb: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: paper breadcrumb (报 > 日期 > 版)',
  // (the line as a window holds the white space around it)
  pattern: new RegExp(PAPER_BREADCRUMB.source.replace('^', String.raw`^[ \t]*`), 'gm'),
  extract(m, doc) {
    const g = m.groups!;
    const at = m.index + m[0].indexOf(g.outlet);
    if (lineAt(doc, at)?.role !== 'meta') return null;
    const day = /\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?/.exec(m[0])!;
    return outletAndDay(at, g.outlet, m.index + day.index, m.index + day.index + day[0].length, g);
  },
};

/**
 * An outlet's name alone on a line, the pattern's `outlet` group, where layout.ts gave the line the
 * kind `why`: the source.
 */
function outletAloneOnLine(name: string, alone: RegExp, why: string): Rule<Meta> {
  return {
    lines: metaLines,
    name,
    // (the line as a window holds the white space around it)
    pattern: new RegExp(alone.source.replace('^', String.raw`^[ \t]*`).replace('$', String.raw`[ \t]*$`), 'gm'),
    extract(m, doc) {
      const outlet = m.groups!.outlet;
      const at = m.index + m[0].indexOf(outlet);
      if (lineAt(doc, at)?.why !== why) return null;
      return { start: at, end: at + outlet.length, value: { field: 'source', value: outlet } };
    },
  };
}

/** `凤城日报` alone on a line above the article (an e-paper's masthead split in two): the outlet. */
const paperNameAlone = outletAloneOnLine('metadata: paper name alone above the article', PAPER_NAME_ALONE, 'masthead');

/** `南京社会工作` alone right above a messaging app's date, time and province (layout.ts): the outlet. */
const accountAboveDateline = outletAloneOnLine('metadata: account name above its dateline', ACCOUNT_NAME_ALONE, 'account');

/** The article's first line of text. */
const firstBodyLine: LineSelector = (doc) => {
  const line = doc.lines.find((l) => l.role === 'body');
  return line ? [line] : [];
};

/**
 * `南京社会工作2025年12月18日17:12江苏在江宁区…`: a messaging app's header glued to the first
 * sentence names the account, the outlet, and the day it posted.
 */
const accountHeaderGluedToText: Rule<Meta> = {
  lines: firstBodyLine,
  name: 'metadata: account header glued to the first sentence',
  pattern: ACCOUNT_HEADER_GLUED,
  extract(m) {
    const g = m.groups!;
    const at = m.index + m[0].indexOf(g.outlet);
    const day = /\d{4}年\d{1,2}月\d{1,2}日/.exec(m[0])!;
    return outletAndDay(at, g.outlet, m.index + day.index, m.index + day.index + day[0].length, g);
  },
};

/** An e-paper's properties left under the article (layout.ts) name the paper and the day. */
const paperProperties: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: e-paper properties (日期 版 报 content_…html)',
  pattern: new RegExp(PAPER_PROPERTIES.source, 'gm'),
  extract(m, doc) {
    if (lineAt(doc, m.index)?.why !== 'paper-properties') return null;
    const g = m.groups!;
    return outletAndDay(m.index + m[0].indexOf(g.outlet), g.outlet, m.index, m.index + g.y.length + g.m.length + g.d.length + 2, g);
  },
};

const printCitation: Rule<Meta> = {
  name: 'metadata: print citation 《报》(日期 版)',
  // (the page as `10版` or `第 07 版`)
  pattern: /《(?<source>[^》\n]{2,20})》\s*[(（]\s*(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日\s*(?:第\s*)?\d*\s*版?\s*[)）]/g,
  extract(m) {
    const g = m.groups!;
    // `《 人民日报 》`: the name without the spaces some sites pad it with
    const name = g.source.trim();
    if (name.length < 2) return null;
    return outletAndDay(m.index + 1 + g.source.indexOf(name), name, m.index, m.index + m[0].length, g);
  },
};

/** `2022年9月1日《焦作日报》A10版` on a line of its own (layout.ts): the paper and the day it printed the article. */
const printCitationDayFirst: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: print citation, day first (日期《报》版)',
  pattern: new RegExp(PRINT_CITATION_DAY_FIRST.source.replace('^', String.raw`^[ \t]*`), 'gm'),
  extract(m) {
    const g = m.groups!;
    const name = g.source.trim();
    if (name.length < 2) return null;
    const at = m.index + m[0].indexOf(g.source) + g.source.indexOf(name);
    const day = m.index + m[0].indexOf(g.y);
    return outletAndDay(at, name, day, m.index + m[0].indexOf('日') + 1, g);
  },
};

/** `朱 铭 《 人民日报 》( 2023年01月17日 第 19 版)`: the writers before a print citation on its line are the authors. */
const namesBeforePrintCitation: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: authors before a print citation',
  pattern: new RegExp(PRINT_CITATION.source, 'gm'),
  extract(m, doc) {
    if (lineAt(doc, m.index)?.why !== 'citation' || !m.groups!.names) return null;
    // (a name of two characters may be spaced out: `朱 铭`)
    const list = tokens(m.groups!.names, m.index);
    return mergeSplitNames(list).every((t) => isPersonName(t.text)) ? names(list, isPersonName, 'author') : null;
  },
};

/** A subtitle's opening dash: `——以凤鸣园区为例`. */
const SUBTITLE_DASH = /^[—–]/;

/** `学习论坛 2023年6期`: the journal a page reprints the article from is its source (the issue is no date). */
const journalIssue: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: journal and issue',
  pattern: new RegExp(JOURNAL_ISSUE.source, 'gm'),
  extract(m, doc) {
    const line = lineAt(doc, m.index);
    if (line?.why !== 'citation') return null;
    // (under the headline, before the article: `党员冬训班 2023年第2期` further down names a course)
    // (a subtitle opening with a dash under the headline is no article text: `——以凤鸣园区为例`)
    const firstBody = doc.lines.find((l) => l.role === 'body' && !SUBTITLE_DASH.test(doc.text.slice(l.start, l.start + 2)));
    if (firstBody && firstBody.start < line.start) return null;
    const journal = m.groups!.journal;
    return { start: m.index, end: m.index + journal.length, value: { field: 'source', value: journal } };
  },
};

/**
 * `李 倩`, `童 辉 于君博`: a journal page's authors alone on the first line of text under its
 * issue (past its keywords, chrome); only names, a line too short for a sentence.
 */
const namesUnderJournalIssue: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: authors under a journal’s issue',
  pattern: new RegExp(JOURNAL_ISSUE.source, 'gm'),
  extract(m, doc) {
    const at = doc.lines.findIndex((l) => l.start === m.index);
    if (at < 0 || doc.lines[at].why !== 'citation') return null;
    const next = doc.lines.slice(at + 1).find((l) => l.role !== 'blank' && l.role !== 'chrome' && l.role !== 'meta');
    if (!next || next.role !== 'body' || next.end - next.start > 16) return null;
    const list = mergeSplitNames(tokens(doc.text.slice(next.start, next.end), next.start));
    // (a word jieba knows whole, other than a name, is a heading: `时代`, `党建`, `高质量`)
    const aWord = (t: Token) => {
      const words = tagWords(t.text);
      return words.length === 1 && words[0].tag !== 'nr';
    };
    return list.length <= 4 && !list.some(aWord) ? authorsIfAllPeople(list) : null;
  },
};

/** `许 翾`, `陈松林,刘 婷`: a journal page's authors alone on the line above their affiliation (the layout's `names`). */
const namesAboveAffiliation: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: names above their affiliation',
  pattern: /^[ \t]*(?<names>[^\n]*\S)/gm,
  extract(m, doc) {
    const line = lineAt(doc, m.index + m[0].length - 1);
    if (line?.why !== 'names') return null;
    const names = m.groups!.names;
    return authorsIfAllPeople(mergeSplitNames(tokens(names, m.index + m[0].length - names.length)));
  },
};

/** `2023-04-29汪鸿波`: the authors glued after a journal page's date (its date is read as any dateline's). */
const namesAfterJournalDate: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: authors after a journal page’s date',
  pattern: new RegExp(JOURNAL_DATELINE.source, 'gm'),
  extract(m, doc) {
    if (lineAt(doc, m.index)?.why !== 'dateline') return null;
    const written = m.groups!.names;
    const list = tokens(written, m.index + m[0].indexOf(written));
    return authorsIfAllPeople(list);
  },
};

/** Whether `at` stands on a line of the page's metadata that may carry its day: a dateline, or a source's, an author's or an editor's line. */
function carriesTheDay(doc: Doc, at: number): boolean {
  const line = lineAt(doc, at);
  return line !== undefined && line.role === 'meta' && ['dateline', 'source', 'author', 'editor'].includes(line.why ?? '');
}

const datelineDate: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: date of the dateline',
  // (spaces between its parts, no line break: a date a break cuts is no dateline's)
  pattern: /(?<y>\d{4})[ \t]*[-年/.][ \t]*(?<m>\d{1,2})[ \t]*[-月/.][ \t]*(?<d>\d{1,2})日?/g,
  extract(m, doc) {
    if (!carriesTheDay(doc, m.index)) return null;
    const g = m.groups!;
    if (!validDate(+g.y, +g.m, +g.d)) return null;
    return { start: m.index, end: m.index + m[0].length, value: { field: 'publishedAt', value: iso(g.y, g.m, g.d) } };
  },
};

const dayMonthYearDate: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: day.month.year dateline',
  pattern: new RegExp(DAY_MONTH_YEAR_DATELINE.source, 'gm'),
  extract(m, doc) {
    if (lineAt(doc, m.index)?.why !== 'dateline') return null;
    const g = m.groups!;
    if (!validDate(+g.y, +g.m, +g.d)) return null;
    return { start: m.index, end: m.index + g.d.length + g.m.length + g.y.length + 2, value: { field: 'publishedAt', value: iso(g.y, g.m, g.d) } };
  },
};

/** `发表时间:06/18/2022` on a line of the page's metadata: the year last, the month first unless the first figure cannot be one. */
const labelledYearLastDate: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: labelled date with the year last (月/日/年)',
  pattern: new RegExp(LABELLED_YEAR_LAST_DATE.source, 'g'),
  extract(m, doc) {
    if (!carriesTheDay(doc, m.index)) return null;
    const g = m.groups!;
    const [month, day] = +g.a > 12 ? [g.b, g.a] : [g.a, g.b];
    if (!validDate(+g.y, +month, +day)) return null;
    const start = m.index + m[0].indexOf(g.a + '/');
    return { start, end: m.index + m[0].length, value: { field: 'publishedAt', value: iso(g.y, month, day) } };
  },
};

const AUTHOR_ROLE = alternation(AUTHOR_ROLES);
const EDITOR_ROLE = alternation(EDITOR_ROLES);
// (sorted once: splitRole runs for every token of every byline)
const AUTHOR_ROLES_LONGEST_FIRST = longestFirst(AUTHOR_ROLES);
const EDITOR_ROLES_LONGEST_FIRST = longestFirst(EDITOR_ROLES);
const ANY_ROLE_LONGEST_FIRST = longestFirst([...AUTHOR_ROLES, ...EDITOR_ROLES]);
/** Where a byline may start inside a headline's line: a reporter's or correspondent's role. */
// (followed by a space or a colon, as bylines print it: `致敬一线记者王刚` is a headline's words)
const BYLINE_ROLE = '(?:(?:本报|特约)?(?:记者|通讯员)|作者)';
const TRAILING_ROLE = new RegExp(`${BYLINE_ROLE}(?=[ \\t:：])`, 'g');
/** The same role glued to a name, where nothing but a sentence's end stands before it (`。记者司明 通讯员张华`). */
const TRAILING_ROLE_GLUED = new RegExp(BYLINE_ROLE, 'g');

/** How the name of a body or a place that writes in ends: `城中区企业工委`, `青山镇`, `区委组织部`, `企事业组织室`, `组织科`. */
const CONTRIBUTOR_BODY = '(?:工委|党工委|党委|党支部|支部|党总支|组织部|宣传部|委员会|委|局|办公室|室|科|股|处|站|所|办|中心|镇|乡|街道|社区|村|区|县|市|公司|集团|学校|医院)';

/** `(记者 欧阳进权 通讯员 黄敏 潘晓宇)`: role words, each followed by names. */
const rolesInParentheses: Rule<Meta> = {
  name: 'metadata: reporters named in parentheses',
  // (the role may carry its outlet: `(滨江日报记者 陈东)`)
  // (a scraper may have cut the closing bracket off the article's last line: `…参加。(记者 张小明 通讯员 李华`)
  // (the body that wrote in may stand first, and editors' roles after the writers': `(人民路街道
  // 撰稿:鲁佳佳 初审:鲁佳佳 复核:朱贤军)`)
  pattern: new RegExp(String.raw`[(（](?:[ \t]*[\u4e00-\u9fff]{1,14}?${CONTRIBUTOR_BODY}[ \t]+)?(?<inner>\s*${ROLE_OUTLET_PREFIX}(?:${AUTHOR_ROLE})[\s:：]*[^()（）\n]{2,60}?)(?:[)）]|(?<unclosed>[ \t]*(?=\n|$)))`, 'g'),
  extract(m, doc) {
    const base = m.index + m[0].lastIndexOf(m.groups!.inner);
    // (unclosed, only on the article's last line and only names: `(记者从会上获悉,…` opens no byline)
    if (m.groups!.unclosed !== undefined) {
      const people = tokens(m.groups!.inner, base).flatMap((t) => splitRole(t, AUTHOR_ROLES_LONGEST_FIRST)).filter((t) => !AUTHOR_ROLES.includes(t.text));
      return doc.lines.findLast((l) => l.role === 'body') === lineAt(doc, m.index) ? authorsIfAllPeople(people) : null;
    }
    return bylineNames(m.groups!.inner, base);
  },
};

/** How many body lines may stand before the one a dispatch opens (captions, a repeated headline). */
const FIRST_BODY_LINES = 3;

/** A dispatch mark right before a bracket (`日电(`, `本报讯(`, `中国报道讯（`): where reporters may be named. */
const NEAR_DISPATCH_BRACKET: Near = { anchor: /[电讯][(（]/g, reach: 60 };

/**
 * `新华网杭州3月12日电(李明)`, `中新网衢州6月8日电(王涛 刘芳)`, `本报讯(陈芳)`, `中国报道讯(郭远乐
 * 通讯员陈丹 曹丹)`: names in parentheses right after the dispatch mark opening the article are its
 * reporters, the first with no role before them, the rest maybe after one.
 */
const namesAfterDispatch: Rule<Meta> = {
  name: 'metadata: names in parentheses after the dispatch mark',
  near: NEAR_DISPATCH_BRACKET,
  // (the body that wrote in may stand before them: `本网讯(行政二党支部 刘芳)`; it is no author)
  // (any outlet's 讯: the line must open the article's body, below)
  // (a later one's role may carry its outlet: `本报讯(邓爽 农民日报·中国农网记者 吕兵兵)`)
  pattern: new RegExp(String.raw`(?:日电|讯)[(（](?:[\u4e00-\u9fff]{1,14}?${CONTRIBUTOR_BODY}[ \t]+)?(?<inner>[\u4e00-\u9fff]{2,4}(?:[ \t、,，]+(?:${ROLE_OUTLET_PREFIX}(?:${AUTHOR_ROLE}))?[ \t:：]*[\u4e00-\u9fff]{2,4}){0,5})[)）]`, 'g'),
  extract(m, doc) {
    const line = lineAt(doc, m.index);
    // (the dispatch opens one of the first body lines: a photo's caption may stand before it)
    if (!line || line.role !== 'body' || !doc.lines.filter((l) => l.role === 'body').slice(0, FIRST_BODY_LINES).includes(line) || m.index - line.start > 30) return null;
    const list = tokens(m.groups!.inner, m.index + m[0].length - m.groups!.inner.length - 1)
      .map(withoutOutletBeforeRole)
      .flatMap((t) => splitRole(t, AUTHOR_ROLES_LONGEST_FIRST))
      .filter((t) => !AUTHOR_ROLES.includes(t.text));
    return authorsIfAllPeople(list);
  },
};

/** A role's outlet opening a token (`农民日报·中国农网记者吕兵兵`): the token from its role on. */
const OUTLET_THEN_ROLE = new RegExp(`^${ROLE_OUTLET_PREFIX}(?=(?:${AUTHOR_ROLE}))`);
function withoutOutletBeforeRole(t: Token): Token {
  const outlet = OUTLET_THEN_ROLE.exec(t.text)?.[0].length ?? 0;
  return outlet === 0 ? t : { text: t.text.slice(outlet), start: t.start + outlet, end: t.end };
}

/**
 * `本报讯 记者华铭 张海帝报道`: reporters named after the dispatch mark, up to 报道; or opening the
 * article with their outlet: `江城日报记者王晓峰报道:截至去年底…`.
 */
const rolesAfterDispatch: Rule<Meta> = {
  name: 'metadata: reporters named after the dispatch mark',
  // 报道 closes the match, at most 59 characters after its start
  near: { anchor: /报道/g, reach: 60 },
  pattern: new RegExp(String.raw`(?:(?:讯|电)[ \t]{0,4}|^[ \t]*${ROLE_OUTLET_PREFIX})(?<inner>(?:${AUTHOR_ROLE})[ \t:：]{0,4}[\u4e00-\u9fff][\u4e00-\u9fff \t、]{1,40}?)报道`, 'gm'),
  extract(m, doc) {
    const line = lineAt(doc, m.index);
    if (!line || line.role !== 'body' || doc.lines.find((l) => l.role === 'body') !== line || m.index - line.start > 30) return null;
    const base = m.index + m[0].indexOf(m.groups!.inner);
    const split = tokens(m.groups!.inner, base).flatMap((t) => splitRole(t, AUTHOR_ROLES_LONGEST_FIRST));
    return names(split.filter((t) => !AUTHOR_ROLES.includes(t.text)), isPersonName, 'author');
  },
};

/**
 * `吴晓青报道 江苏吴江…`, `本报讯 王明 李华报道:`: people named with no role before 报道, opening the
 * article or after the dispatch mark; every name a person's and none a place's (`张家港报道`).
 */
const namesBeforeReport: Rule<Meta> = {
  name: 'metadata: names before 报道 opening the article',
  near: { anchor: /报道/g, reach: 24 },
  pattern: /(?:(?:讯|电)[ \t]{0,4}|^[ \t]*)(?<inner>[\u4e00-\u9fff]{2,4}(?:[ \t]+[\u4e00-\u9fff]{2,4}){0,3})报道(?=[ \t:：,，])/gm,
  extract(m, doc) {
    const line = lineAt(doc, m.index);
    if (!line || line.role !== 'body' || doc.lines.find((l) => l.role === 'body') !== line || m.index - line.start > 30) return null;
    const list = tokens(m.groups!.inner, m.index + m[0].indexOf(m.groups!.inner));
    // (the dispatch mark read as the first name at the line's start: `本报讯 王明 李华报道`)
    if (list.length > 1 && /[讯电]$/.test(list[0].text)) list.shift();
    const person = (t: string) => isPersonName(t) && longestAt(t, 0)?.length !== t.length;
    return list.length > 0 && list.every((t) => person(t.text)) ? names(list, person, 'author') : null;
  },
};

/** `董乃德摄影`, `王芳摄`, `李明报道`: what the names did, glued after the last of them, is no part of it. */
function withoutCreditAfter(t: Token): Token[] {
  const credit = /(?:摄影|摄|报道)$/.exec(t.text);
  if (!credit || credit.index < 2) return [t];
  return [{ text: t.text.slice(0, credit.index), start: t.start, end: t.start + credit.index }];
}

/** `记者 张三` glued as one token: peel a leading role word off (`rolesLongestFirst`: see longestFirst). */
function splitRole(t: Token, rolesLongestFirst: readonly string[]): Token[] {
  const role = rolesLongestFirst.find((r) => t.text.startsWith(r) && t.text.length > r.length);
  if (!role) return [t];
  // the role stays a token of its own: it tells what the names after it are (撰稿:李华 审核:张强)
  const rest = t.text.slice(role.length).replace(/^[:：]/, '');
  return [{ text: role, start: t.start, end: t.start + role.length }, { text: rest, start: t.end - rest.length, end: t.end }];
}

/**
 * `(张峰 张盛景)` closing the last paragraph: a byline of names only (an editor's
 * label may follow on the same line: `(张峰) 责任编辑:`).
 */
const bylineInParentheses: Rule<Meta> = {
  lines: lastBodyLine,
  name: 'metadata: byline of names in parentheses',
  pattern: new RegExp(String.raw`[(（](?<inner>[\u4e00-\u9fff]{1,4}(?:[ \t、,，]+[\u4e00-\u9fff]{1,4}){0,5})[)）][ \t|｜]*(?:(?:${EDITOR_ROLE})[ \t]*[:：][^\n]*)?$`, 'gm'),
  extract: (m, doc) => closingByline(doc, m.index, m.groups!.inner, m.index + 1),
};


/**
 * `(城中区企业工委 高飞)` closing the last paragraph: the body or place that wrote in, then its
 * writers' names (the body is no author).
 */
const bylineOfABody: Rule<Meta> = {
  lines: lastBodyLine,
  name: 'metadata: body and names in parentheses',
  pattern: new RegExp(String.raw`[(（][ \t]*[\u4e00-\u9fff]{1,14}?${CONTRIBUTOR_BODY}[ \t]+(?<inner>[\u4e00-\u9fff]{2,4}(?:[ \t、,，]+[\u4e00-\u9fff]{2,4}){0,3})[ \t]*[)）][ \t|｜]*$`, 'gm'),
  extract: (m, doc) => closingByline(doc, m.index, m.groups!.inner, m.index + m[0].lastIndexOf(m.groups!.inner)),
};

/** `林伟 巩春领 吴培均` on a line of their own closing the article: a byline of names only. */
const namesClosingTheArticle: Rule<Meta> = {
  lines: lastBodyLine,
  name: 'metadata: names on the last line of the article',
  pattern: /^[ \t]*(?<names>[\u4e00-\u9fff]{2,4}(?:[ \t]+[\u4e00-\u9fff]{1,4}){0,6})[ \t]*$/gm,
  extract: (m, doc) => closingByline(doc, m.index + m[0].length - 1, m.groups!.names, m.index + m[0].indexOf(m.groups!.names)),
};

/** `…迈上新台阶。单晓宁 钟 艺 吴晓倩`: names after the last sentence of the article. */
const trailingNames: Rule<Meta> = {
  lines: lastBodyLine,
  name: 'metadata: names after the last sentence',
  pattern: /[。!?”…](?<names>[ \t]*[\u4e00-\u9fff]{1,4}(?:[ \t]+[\u4e00-\u9fff]{1,4}){0,6})[ \t]*$/gm,
  extract: (m, doc) => closingByline(doc, m.index, m.groups!.names, m.index + 1),
};

/** `…渡过难关。 记者李明 通讯员张华`: reporters, each after a role, after the last sentence of the article. */
const bylineAfterTheLastSentence: Rule<Meta> = {
  lines: lastBodyLine,
  name: 'metadata: reporters with their roles after the last sentence',
  pattern: /[。!?”…](?<rest>[^。!?”…\n]+)$/gm,
  extract(m, doc) {
    const line = lineAt(doc, m.index);
    if (!line || line.role !== 'body' || !isLastBodyLine(doc, line.start)) return null;
    const rest = m.groups!.rest;
    const byline = trailingByline(rest, m.index + 1, 0, TRAILING_ROLE_GLUED);
    // (nothing but space between the sentence and the first role)
    return byline && rest.slice(0, byline.at).trim() === '' ? byline.names : null;
  },
};

/** A role opening what follows a byline mark: the author line's rule reads that one. */
// (a space may part the outlet and the role: `■青岛财经日报/首页新闻 记者 辛小丽`)
const ROLE_OPENING = new RegExp(`^${ROLE_OUTLET_PREFIX}[ \\t]*(?:本报|特约)?(?:${AUTHOR_ROLE})`);

/** `■贺伟平 王长峰`: the writers' names alone after a byline mark (`■市委组织部课题组` names no person). */
const namesAfterBylineMark: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: names after a byline mark',
  pattern: new RegExp(`^[ \\t]*[${BYLINE_MARKS}][ \\t]*(?<rest>[^\\n]+)$`, 'gm'),
  extract(m, doc) {
    if (lineAt(doc, m.index)?.why !== 'author') return null;
    const rest = m.groups!.rest;
    if (ROLE_OPENING.test(rest)) return null;
    return authorsIfAllPeople(mergeSplitNames(tokens(rest, m.index + m[0].length - rest.length)));
  },
};

/** A metadata line `作者:X` / `记者 X Y` / `文/X`. */
const authorLine: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: author line',
  // (after a credit's 文 too: `文|《海峡通讯》记者 李烁铃`; after a writer's name: `代梦迪 封面新闻记者 刘恪生`)
  pattern: new RegExp(String.raw`^[ \t]*(?:(?<lead>[\u4e00-\u9fff]{2,4})[ \t]+)?[\[【(${BYLINE_MARKS}]?[ \t]*(?:文[ \t]*[/|:：][ \t]*)?${ROLE_OUTLET_PREFIX}[ \t]*(?:${AUTHOR_ROLE})[ \t]*[:：/|]?(?<rest>[^\n]+)$`, 'gm'),
  extract(m, doc) {
    const line = lineAt(doc, m.index + m[0].length - 1);
    if (!line || line.role !== 'meta' || line.why !== 'author') return null;
    const rest = bylineNames(m.groups!.rest, m.index + m[0].length - m.groups!.rest.length);
    const lead = m.groups!.lead;
    if (lead === undefined) return rest;
    // (an outlet's name opening it is the source: `渭南日报 记者 王珂 通讯员 甘泉`)
    const field = isPersonName(lead) ? 'author' : OUTLET_ALONE.test(lead) ? 'source' : null;
    if (field === null) return null;
    const at = m.index + m[0].indexOf(lead);
    return [{ start: at, end: at + lead.length, value: { field, value: lead } }, ...rest];
  },
};

/**
 * `大众网记者 李新颖 杨晓彤`, `凤城日报记者 王珂`: the outlet a reporter's byline names is the source
 * where no other line names one (firstOfEach puts it after the others).
 */
const outletOfReporter: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: outlet of a reporter’s byline',
  pattern: new RegExp(String.raw`^[ \t]*[\[【(${BYLINE_MARKS}]?[ \t]*(?<outlet>[\u4e00-\u9fff]{2,10}?${OUTLET})(?:首席)?(?:全媒体|融媒体)?(?:见习|实习)?记者`, 'gm'),
  extract(m, doc) {
    const outlet = m.groups!.outlet;
    const at = m.index + m[0].indexOf(outlet);
    if (lineAt(doc, at)?.why !== 'author' || SELF_REFERENCE.test(outlet)) return null;
    return { start: at, end: at + outlet.length, value: { field: 'source', value: outlet } };
  },
};

/**
 * The people a byline names after its first role (at `base`): authors, then editors
 * after an editorial role on the same line (`撰稿:李华 审核:张强`).
 */
function bylineNames(rest: string, base: number): Out[] {
  const split = tokens(rest.replace(/[\]】)/]/g, ' '), base).flatMap(apartAtGluedRoles).flatMap((t) => splitRole(t, ANY_ROLE_LONGEST_FIRST)).flatMap(withoutCreditAfter);
  const firstEditor = split.findIndex((t) => EDITOR_ROLES.includes(t.text));
  const authorPart = firstEditor >= 0 ? split.slice(0, firstEditor) : split;
  const editorPart = firstEditor >= 0 ? split.slice(firstEditor) : [];
  return [
    ...names(authorPart.filter((t) => !AUTHOR_ROLES.includes(t.text)), isPersonName, 'author'),
    ...names(editorPart.filter((t) => !EDITOR_ROLES.includes(t.text)), isPersonName, 'editor'),
  ];
}

/** A reporter's or correspondent's role glued after a name (`刘臻本报通讯员陈众`). */
const GLUED_ROLE = new RegExp(REPORTER_ROLE_WORD, 'g');
/** A token cut around each role glued inside it: `刘臻本报通讯员陈众` → `刘臻`, `本报通讯员`, `陈众`. */
function apartAtGluedRoles(t: Token): Token[] {
  const out: Token[] = [];
  let from = 0;
  for (const m of t.text.matchAll(GLUED_ROLE)) {
    const end = m.index! + m[0].length;
    // (a role opening the token, or alone, is splitRole's to read)
    if (m.index === 0 || end === t.text.length) continue;
    if (m.index! > from) out.push({ text: t.text.slice(from, m.index), start: t.start + from, end: t.start + m.index! });
    out.push({ text: m[0], start: t.start + m.index!, end: t.start + end });
    from = end;
  }
  out.push(from === 0 ? t : { text: t.text.slice(from), start: t.start + from, end: t.end });
  return out;
}

/** Labels a page prints beside a byline on one line: where the byline ends. */
// (a wide gap ends it too, unless another role follows: `作者:李晓东  通讯员:王芳`)
// (some pages label with a slash: `来源/ 新甘肃 作者/ 时间/2025-12-15`)
const NEXT_LABEL = new RegExp(
  String.raw`[ \t]*(?:(?:浏览|点击|阅读|查看)(?:次数|数|量)?|(?:信息|新闻|稿件)?来源|稿源|(?:发布|发表|更新)?(?:时间|日期)|字体|分享)[ \t]*[:：/]|[ \t]*[【\[|｜]|[ \t]{2,}(?![ \t]*(?:${AUTHOR_ROLE}|${EDITOR_ROLE}))`,
);

/**
 * `发布时间:2024-05-16 来源:凤城融媒 作者:李晓东 通讯员 王芳 浏览次数:1203`, `2024-03-05 10:20 凤城日报
 * 记者 王明`: a byline inside a line of other metadata, labelled or not (the line is a source or
 * dateline line; author lines have their own rule).
 */
const authorInMetaLine: Rule<Meta> = {
  name: 'metadata: byline inside a metadata line',
  near: { anchor: /作者|记者|通讯员|撰稿/g, reach: 80 },
  // (after a space, a bar or a bracket: `【来源:滨江日报】【作者:王立新】`; or glued to the outlet
  // before it: `来源: 新闻晚报通讯员 白雪`)
  pattern: new RegExp(String.raw`(?<=[ \t|｜【\[报网台])(?:作者|${ROLE_OUTLET_PREFIX}(?:本报|特约)?(?:全媒体|融媒体)?记者|(?:特约)?通讯员|撰稿)[ \t]*[:：/]?[ \t]*(?<rest>[^\n]+)`, 'g'),
  extract(m, doc) {
    const line = lineAt(doc, m.index);
    if (!line || line.role !== 'meta' || line.why === 'author') return null;
    const at = m.index + m[0].length - m.groups!.rest.length;
    const cut = NEXT_LABEL.exec(m.groups!.rest);
    const rest = cut ? m.groups!.rest.slice(0, cut.index) : m.groups!.rest;
    return rest.trim() ? bylineNames(rest, at) : null;
  },
};

/**
 * `2024年05月12日 10:32  来源:凤城日报  编辑:李明`: an editor after a space or a bar inside a line of
 * other metadata (editor lines, and editors in brackets, have their own rules).
 */
const editorInMetaLine: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: editor inside a metadata line',
  // (what follows is read by a look-ahead, so that a second role later on the line is matched too:
  // `编辑:王明 | 审核:李华`)
  // (or glued to the value of the label before it: `来源:国际在线编辑:杨心怡责编:蒋硕`)
  pattern: new RegExp(String.raw`(?<=[ \t|｜]|(?:来源|作者|编辑|责编)[ \t]*[:：][ \t]*[^\s|｜:：]{2,30})(?:${EDITOR_ROLE})[ \t]*[:：][ \t]*(?=(?<rest>[^\n]+))`, 'g'),
  extract(m, doc) {
    const line = lineAt(doc, m.index);
    if (!line || line.role !== 'meta' || line.why === 'editor' || line.why === 'author') return null;
    const at = m.index + m[0].length;
    const cut = NEXT_LABEL.exec(m.groups!.rest);
    let rest = beforeDateOrCounter(cut ? m.groups!.rest.slice(0, cut.index) : m.groups!.rest);
    // (and at a role glued to the name, which this rule reads on its own: `编辑:杨心怡责编:蒋硕`)
    const glued = NEXT_ROLE_LABEL.exec(rest);
    if (glued) rest = rest.slice(0, glued.index);
    const split = tokens(rest, at).flatMap((t) => splitRole(t, EDITOR_ROLES_LONGEST_FIRST));
    return names(split.filter((t) => !EDITOR_ROLES.includes(t.text)), isPersonName, 'editor');
  },
};

/** A date or a page's counter after the names on an editor's line: where the names end. */
const DATE_OR_COUNTER = /\d{4}[ \t]*[-年/.]|(?:浏览|点击|阅读|查看)(?:次数|数|量)?[ \t]*[:：]/;
function beforeDateOrCounter(rest: string): string {
  const at = rest.search(DATE_OR_COUNTER);
  return at < 0 ? rest : rest.slice(0, at);
}

/** A role and its colon: where another label starts, glued or not. */
const NEXT_ROLE_LABEL = new RegExp(String.raw`(?:${EDITOR_ROLE}|${AUTHOR_ROLE})[ \t]*[:：]`);

/** `责任编辑:赵睿`, `[ 责编:徐皓 ]`, `编辑 薛雅平 何晓丽`, `监制 吴凌 峰 方仁平`; user names too (`hnmd003`). */
const genericAccounts = new Set(GENERIC_ACCOUNTS);

const editorLine: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: editor line',
  // `^` of a multiline pattern, not a look-behind for a line break: that is tested at every position
  pattern: new RegExp(String.raw`^[ \t]*[\[【(]?[ \t]*(?:${EDITOR_ROLE})[ \t]*[:：/|｜]?(?<rest>[^\n]+)`, 'gm'),
  extract(m, doc) {
    const line = lineAt(doc, m.index + m[0].length - 1);
    if (!line || line.role !== 'meta' || line.why !== 'editor') return null;
    // (up to a date or a counter on the line: `编辑:曹佳蓉 2025-01-12 19:39:41 查看数:0`, the date
    // glued to the name once the space between Chinese and a digit went)
    const rest = beforeDateOrCounter(m.groups!.rest);
    const base = m.index + m[0].length - m.groups!.rest.length;
    // Several roles may share a line: `编辑:甲 审核:乙`.
    const split = tokens(rest.replace(/[\]】)[【(:：/|｜]/g, ' '), base).flatMap((t) => splitRole(t, EDITOR_ROLES_LONGEST_FIRST));
    const editorLike = (t: string) => isPersonName(t) || (/^[A-Za-z][A-Za-z0-9_.-]{2,30}$/.test(t) && !genericAccounts.has(t.toLowerCase()));
    return names(split.filter((t) => !EDITOR_ROLES.includes(t.text)), editorLike, 'editor');
  },
};

/** `…字体:【大 中 小】【责任编辑:杨文君】`: an editor in brackets anywhere on a metadata line. */
const editorInBrackets: Rule<Meta> = {
  lines: metaLines,
  name: 'metadata: editor in brackets',
  pattern: new RegExp(String.raw`[\[【(][ \t]*(?:${EDITOR_ROLE})[ \t]*[:：][ \t]*(?<name>[^\]】)\s:：]{2,4})[ \t]*[\]】)]`, 'g'),
  extract(m, doc) {
    const line = lineAt(doc, m.index);
    if (!line || line.role !== 'meta' || line.why === 'editor') return null; // editor lines have their own rule
    const name = m.groups!.name;
    if (!isPersonName(name)) return null;
    const start = m.index + m[0].indexOf(name, m[0].search(/[:：]/));
    return { start, end: start + name.length, value: { field: 'editor', value: name } };
  },
};

/**
 * The authors named by `written` (at `base`) on the article's last body line (the one
 * holding `at`), when every name there is a person's; null otherwise.
 */
function closingByline(doc: Doc, at: number, written: string, base: number): Out[] | null {
  const line = lineAt(doc, at);
  if (!line || line.role !== 'body' || !isLastBodyLine(doc, line.start)) return null;
  // (`(王明 摄)`: the photographer's mark after the names is no character of the last one)
  const list = mergeSplitNames(tokens(written, base).filter((t, i, all) => !(i === all.length - 1 && i > 0 && PHOTO_MARK.test(t.text))));
  if (list.length === 0 || !list.every((t) => isPersonName(t.text))) return null;
  return names(list, isPersonName, 'author');
}
/** A photographer's mark written after the name: 摄, 摄影. */
const PHOTO_MARK = /^(?:摄|摄影)$/;

function isLastBodyLine(doc: Doc, start: number): boolean {
  return doc.lines.findLast((l) => l.role === 'body')?.start === start;
}

/** A label of publication right before a date on its line: `发布日期:`, `发布时间：`, `发表于`. */
const PUBLISHED_LABEL_BEFORE = /(?:发布|发表)(?:时间|日期|于)?[ \t]*[:：]?[ \t]*$/;

/**
 * Each field once: the first title, source and date; each person once. A date labelled as the
 * publication's (`发布日期:2025-10-20`) goes before an earlier one with no label: a page's clock
 * (`2025年10月22日 星期三` over the headline) says when it was seen, not published.
 */
function firstOfEach(found: Found<Meta>[], doc: Doc): Found<Meta>[] {
  const seen = new Set<string>();
  const single: MetaField[] = ['title', 'source', 'publishedAt'];
  const labelled = found.find((f) => {
    if (f.value.field !== 'publishedAt') return false;
    const line = lineAt(doc, f.start);
    return line !== undefined && PUBLISHED_LABEL_BEFORE.test(doc.text.slice(line.start, f.start));
  });
  // (the outlet of a reporter's byline only where no other source is named)
  const fallback = (f: Found<Meta>) => (f.rule === outletOfReporter.name ? 1 : 0);
  return [...found]
    .sort((a, b) => (a === labelled ? -1 : b === labelled ? 1 : fallback(a) - fallback(b) || a.start - b.start))
    .filter((f) => {
      const key = single.includes(f.value.field) ? f.value.field : `${f.value.field}:${f.value.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export const metadataModule: Module<Meta> = {
  name: 'metadata',
  view: 'contentAndMeta',
  rules: [
    title,
    sourceAfterLabel,
    disclosureHeader,
    sourceBesideDateline,
    sourceBeforeDateline,
    writerBeforeDateline,
    writerBetweenSourceAndDate,
    sourceOfDispatch,
    sourceOfUndatedDispatch,
    suppliedBy,
    editorInBrackets,
    printCitation,
    printCitationDayFirst,
    namesBeforePrintCitation,
    paperMasthead,
    paperMastheadDayFirst,
    paperBreadcrumb,
    paperNameAlone,
    accountAboveDateline,
    accountHeaderGluedToText,
    paperProperties,
    datelineDate,
    journalIssue,
    namesUnderJournalIssue,
    namesAfterBylineMark,
    namesAfterJournalDate,
    dayMonthYearDate,
    labelledYearLastDate,
    rolesInParentheses,
    rolesAfterDispatch,
    namesBeforeReport,
    bylineInParentheses,
    bylineOfABody,
    trailingNames,
    bylineAfterTheLastSentence,
    namesClosingTheArticle,
    authorLine,
    outletOfReporter,
    namesAboveAffiliation,
    namesAfterDispatch,
    authorInMetaLine,
    editorInMetaLine,
    editorLine,
  ],
  refiners: [firstOfEach],
  publish(found, doc) {
    doc.publishedAt = found.find((f) => f.value.field === 'publishedAt')?.value.value ?? null;
  },
};
