// The page's layout: which lines are the article (title and body), which are
// metadata (source, dateline, bylines, editors) and which are page chrome.
// Rules read only the article; metadata rules read the metadata lines; chrome
// is read by nothing.
import {
  BLOCK_HEADINGS,
  PAGE_ACTIONS,
  BREADCRUMB,
  CHROME_PHRASES,
  WIDGET_PHRASES,
  CONTACT_LINE,
  KEYWORDS_LINE,
  STUFFED_KEYWORDS_LINE,
  SPAM_WORDS,
  CATALOG_LINE,
  AFFILIATION_LINE,
  COUNTER_PATTERNS,
  IMAGE_PLACEHOLDER,
  LIST_ITEM,
  NOW_READING,
  PAPER_SECTION,
  IMAGE_MARKUP,
  PHOTO_CAPTION,
  PREV_NEXT,
  TAIL_HEADINGS,
  TRAILING_DATE,
} from '../lexicon/chrome.js';
import { BYLINE_MARKS, EDITOR_ROLES, REPORTER_ROLE_WORD, ROLE_OUTLET_PREFIX } from '../lexicon/people.js';
import { OUTLINE_NUMBER, alternation } from './patterns.js';

/** The fewest characters a headline has (`两会特刊` is a section's label, `詹店镇:…` a headline). */
const MIN_HEADLINE = 5;
/** A breadcrumb's last step this long (Chinese characters and marks) is a headline, no section's name. */
const MIN_CRUMB_HEADLINE = 12;
/** Two Chinese characters, side by side or one mark apart: a headline has them. */
const HAN_PAIR = /[\u4e00-\u9fff][^\u4e00-\u9fff]?[\u4e00-\u9fff]/;

export type LineRole = 'title' | 'body' | 'meta' | 'chrome' | 'repeat' | 'blank';

export interface Line {
  /** Span of the line in the normalized text, without its line break. */
  start: number;
  end: number;
  /** The line with surrounding white space trimmed. */
  text: string;
  role: LineRole;
  /** Why a line is chrome or metadata (`related-list`, `source`, …), for --explain and tests. */
  why?: string;
}

const bare = (s: string) => s.replace(/[\s\[\]【】()<>《》:·|]/g, '');
/** Headings are a few characters; a longer line is none, so it is not stripped to compare. */
const HEADING_MAX = 40;
const isHeadingOf = (set: Set<string>, text: string) => text.length <= HEADING_MAX && set.has(bare(text));
// (regexes, not WordSets: over whole lines of text V8 skips ahead through a short list's alternation faster)
const CHROME_PHRASE = new RegExp(alternation(CHROME_PHRASES));
const WIDGET_PHRASE = new RegExp(alternation(WIDGET_PHRASES));
const blockHeadings = new Set(BLOCK_HEADINGS);
const pageActions = new Set(PAGE_ACTIONS);
/** A line of two or more items in brackets and nothing else, and one such item. */
const BRACKETED_ITEMS = /^\s*(?:[【\[][^【】\[\]\n]{1,8}[】\]]\s*){2,}$/;
const BRACKETED_ITEM = /[【\[]([^【】\[\]\n]{1,8})[】\]]/g;
const tailHeadings = new Set(TAIL_HEADINGS);

// (the role's separator may be a slash or a bar: `编辑/李曼文`, `审核|马曼茹`)
const EDITOR_LINE = new RegExp(`^[\\[【(]?\\s*(?:${EDITOR_ROLES.join('|')})\\s*[:：/|｜\\s]\\s*\\S`);
/** `浏览次数:1203 信息来源:…`: a page's view counter may lead a metadata line. */
const COUNTER_LEAD = String.raw`(?:(?:浏览次数|浏览量|点击数|点击量|阅读数|阅读量|访问量)\s*[:：]?\s*\d+\s*)?`;
/**
 * The labels a source is given (`来源:`, `新闻来源:`; a repost's, `本文转自:人民网-安徽频道`): a pattern
 * source, read here and by the metadata rules.
 */
// (供稿单位: the body that supplied a government site's text, which it names as its source; 出品,
// the media centre a county's page credits as having produced it: `出品:凤城区融媒体中心`)
export const SOURCE_LABEL = '(?:来源|稿件来源|信息来源|文章来源|本文来源|新闻来源|稿源|供稿单位|素材来源|内容来源|出品单位|出品|本文转自|转自|转载自)';
const SOURCE_LINE = new RegExp(String.raw`^${COUNTER_LEAD}[\[【(]?\s*(?:${SOURCE_LABEL}|出处)\s*[:：/|\s]\s*\S`);
/**
 * A body's name and 供稿 after it, the whole line, in brackets or not: the body ends as bodies do
 * (部, 委, 局, 室, 中心…), so that a sentence ending in 供稿 (`各支部党员踊跃供稿`) is none.
 */
export const SUPPLIED_BY_LINE = /^[(（]?(?<body>[\u4e00-\u9fff]{2,28}(?:部|委|局|室|办|中心|站|所|院|会|组|处|队|馆|公司|集团|社|台|政府|街道|镇|乡|区|县|市))[ \t]*供稿[)）]?$/;

/** A reporting team's credit, the whole line (`人民网“行进中国”湖南调研采访团`, `本报联合报道组`). */
const REPORTING_TEAM_LINE = /^[\u4e00-\u9fff“”"·]{2,24}(?:采访团|采访组|报道组|报道团|记者团|采访小组|报道小组)$/;

/** The labels of a publication time, which a related article's date never carries. */
const PUBLISHED_LABEL = /^(?:发布时间|发布日期|发表时间|发表于|发布于)/;
/**
 * A dateline: the publication time at the head of the page, often with the outlet (its day may keep a separator after it: `2022/08/10/ 10:13`),
 * or an e-paper's page after it (`2021-03-04 第06版:六版`).
 */
const DATELINE = /^(?:[\[【]\s*)?(?:(?:字号|字体)[::]?\s*)?(?:发布时间|发布日期|发表时间|发表于|发布于|更新时间|编辑日期|编辑时间|发文日期|成文日期|生成日期|公开日期|时间|日期)?[::]?\s*\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*(?:日|[/.](?=\s))?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?(?:\s|[】\]]|来源|信息来源|稿件来源|文章来源|作者|编辑|责任编辑|浏览|点击|阅读|字体|字号|发布|第?[\dA-Z]{1,3}版|$)/;
/**
 * `扬眼 2024-07-02 16:41:10`: a short outlet name, then the date and time, and nothing else (the space may be gone: normalizing drops it between Han and digits).
 * (no 发布时间/日期 in the name: the look-ahead reads only the name's characters, since the rest of a
 * matching line is digits and spaces; one that read the whole line did so at every line of the text)
 */
// (the date also as 2025年12月18日, glued to its time; after the time a page may print its
// section in brackets and a counter, `【娱乐】7人已围观`, or where the account posts from, `江苏`;
// a bar or a middle dot may part the outlet from it, `新京报·2026-01-10 20:54`; a WeChat post's
// label of an original and its writer may stand before the account, `原创 东山组工 东山组工 2025年…`,
// or the writer alone, `凤城组工 凤城组工 2025年03月12日 18:20 安徽` (group `writer`: the account's
// own name, or a person's: `原创 张小明 凤鸣组工 …`); newer posts say where from with
// 发表于, `凤鸣组工 2024-05-06 18:30 发表于江苏`; a news site's counters may stand around the date,
// `衡水新闻网 阅读:2 2025-08-13 11:37:17 评论:0`, or a bare one after the time: `封面新闻 2022-12-30 15:27 137065`;
// or a print button's bracket, its label lost or kept: `中国宁波网 2014年01月05日 07:56 【 】 【打印`)
export const OUTLET_DATELINE =
  /^(?:原创[ \t]+)?(?:(?<writer>[\u4e00-\u9fff]{2,8})[ \t]+)?(?![\u4e00-\u9fff]{0,6}(?:时间|日期|发布于|发表于|更新于))(?<outlet>[\u4e00-\u9fff]{2,8})[ \t]*(?:[|｜·•][ \t]*)?(?:(?:阅读|浏览|点击)[ \t]*[:：][ \t]*\d{1,7}[ \t]*)?\d{4}(?:-\d{1,2}-\d{1,2}[ \t]+|年\d{1,2}月\d{1,2}日[ \t]*)\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:【[\u4e00-\u9fff]{1,6}】[ \t]*(?:\d+人已?(?:围观|阅读|浏览))?|(?:【[ \t]*】[ \t]*)?【打印】?|(?:发表于)?[\u4e00-\u9fff]{2,3}|评论[ \t]*[:：][ \t]*\d{1,7}|\d{1,9})?[ \t]*$/;
/**
 * `青山日报 2024年5月12日 星期日 第03版:要闻`: a paper's masthead over an e-paper article, its
 * name, the day's date and the page (the spaces may be gone, as above).
 */
export const PAPER_MASTHEAD =
  /^(?<outlet>[\u4e00-\u9fff]{2,10}?(?:日报|晚报|早报|时报|商报|报))[ \t]*(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日(?:[ \t]*星期[一二三四五六日天])?(?:[ \t]*第?[ \t]*[\dA-Z]{1,3}[ \t]*版(?:[ \t]*[:：]?[ \t]*[\u4e00-\u9fff·]{0,10})?)?[ \t]*$/;
/**
 * `日期:[2018年09月13日] -- 华商报 -- 版次:[J2]`: an e-paper's masthead with the day first, then the
 * paper and the page, parted by dashes or bars.
 */
export const PAPER_MASTHEAD_DAY_FIRST =
  /^(?:日期[ \t]*[:：][ \t]*)?[\[【]?[ \t]*(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日[ \t]*[\]】]?[ \t]*(?:-{1,2}|—{1,2}|[|｜])[ \t]*(?<outlet>[\u4e00-\u9fff]{2,10}?(?:日报|晚报|早报|时报|商报|报))[ \t]*(?:-{1,2}|—{1,2}|[|｜])[ \t]*版次?[ \t]*[:：]?[ \t]*[\[【]?[ \t]*[\dA-Z]{1,4}[ \t]*[\]】]?[ \t]*$/;
/**
 * `凤城日报 > 2025-10-20 > 第A03版:要闻`: an e-paper's breadcrumb, the paper, the day and the page.
 */
export const PAPER_BREADCRUMB =
  /^(?<outlet>[\u4e00-\u9fff]{2,10}?(?:日报|晚报|早报|时报|商报|报))[ \t]*[>›»][ \t]*(?<y>\d{4})[-年/.](?<m>\d{1,2})[-月/.](?<d>\d{1,2})日?(?:[ \t]*[>›»][ \t]*第?[ \t]*[\dA-Z]{1,4}[ \t]*版(?:[ \t]*[:：]?[ \t]*[\u4e00-\u9fff·]{0,10})?)?[ \t]*$/;
/**
 * `凤城日报` alone on a line over `2025年10月20日 星期一 第03版`: an e-paper's masthead split in
 * two, the paper's name on a line of its own (above the article only: see layout).
 */
export const PAPER_NAME_ALONE = /^(?<outlet>[\u4e00-\u9fff]{2,10}?(?:日报|晚报|早报|时报|商报))$/;
/**
 * `2021-09-16 2 2 凤城日报 content_18826.html 1 3 凤鸣区…合力 /enpproperty-->`: the properties an
 * e-paper system (founder's ENP) leaves in a comment under the article, its text kept by a scraper:
 * the day, page numbers, the paper, the article's file, its headline.
 */
export const PAPER_PROPERTIES =
  /^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})[ \t]+\d{1,3}[ \t]+\d{1,3}[ \t]*(?<outlet>[\u4e00-\u9fff]{2,10}?(?:日报|晚报|早报|时报|商报|报))[ \t]*content_\d+\.html?\b/;
/**
 * Datelines of other shapes some templates print alone on a line: `12.12.2022  08:26` (day,
 * month, year) and `admin2年前 (2023-02-27)新闻中心873` (the poster, how long ago, the date, the
 * section and its counter).
 */
export const DAY_MONTH_YEAR_DATELINE = /^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})[ \t]+\d{1,2}:\d{2}[ \t]*$/;
/**
 * `发表时间:06/18/2022`: a publication time labelled, its date with the year last and slashes (month
 * first, as the templates that print it do; day first where the first figure cannot be a month).
 */
export const LABELLED_YEAR_LAST_DATE = /(?:发表时间|发布时间|发布日期|更新时间|时间|日期)[ \t]*[:：]?[ \t]*(?<a>\d{1,2})\/(?<b>\d{1,2})\/(?<y>\d{4})(?![\d/])/;
/**
 * A journal page's lines under the headline (fx361 and the like): `2023-04-29汪鸿波`, the date
 * (and time) with the authors glued after it; and `学习论坛 2023年6期`, the journal and its issue.
 */
export const JOURNAL_DATELINE = /^\d{4}-\d{1,2}-\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*(?<names>[\u4e00-\u9fff]{2,12}(?:[ \t、,，]+[\u4e00-\u9fff]{2,4}){0,5})[ \t]*$/;
// (the journal may carry its edition in brackets, or after a middle dot: `党的生活(江苏) 2018年7期`,
// `党建文汇·上 2016年9期`, the first half-month's)
export const JOURNAL_ISSUE = /^(?<journal>[\u4e00-\u9fff]{2,10}?(?:[(（][\u4e00-\u9fff]{2,4}[)）]|·[\u4e00-\u9fff]{1,2})?)[ \t]*\d{4}年第?\d{1,2}期[ \t]*$/;
/**
 * `B站影视 内地电影 2025-09-19 23:34 2`: the channels a page files the article under, its date and
 * time, and a counter (no outlet among them: no source is read from it).
 */
// (two or three words: normalizing drops the space between the last and the date)
/**
 * `2019年02月22日104未知admin`: a content system's line of the date, the views, the source (未知 when
 * none was given) and the poster's account, run together; nothing else is on it.
 */
const CMS_DATELINE = /^\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})[ \t]*\d{1,7}[ \t]*(?:未知|佚名|本站|网络|原创)?[ \t]*[A-Za-z][A-Za-z0-9_]{1,19}[ \t]*$/;
const CHANNEL_DATELINE = /^(?:[A-Za-z\u4e00-\u9fff]{2,8}[ \t]+){1,2}[A-Za-z\u4e00-\u9fff]{2,8}[ \t]*\d{4}-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]+\d{1,7})?[ \t]*$/;
/**
 * `2025年12月18日17:12江苏`: a messaging app's date and time and the province it was posted from,
 * the account's name on the line before it or lost (spaces dropped by the copy).
 */
const POSTED_AT_FROM = String.raw`(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日[ \t]*\d{1,2}:\d{2}[ \t]*(?:发表于)?(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门|台湾)`;
const POSTED_FROM_DATELINE = new RegExp(String.raw`^${POSTED_AT_FROM}[ \t]*$`);
/**
 * `南京社会工作2025年12月18日17:12江苏在江宁区…`: the account's header glued to the article's first
 * sentence (the copy lost its lines and its spaces); the date, time and province mark where it ends.
 */
export const ACCOUNT_HEADER_GLUED = new RegExp(String.raw`^[ \t]*(?<outlet>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)(?<![于在至到的是])${POSTED_AT_FROM}(?=[\u4e00-\u9fff“"(（])`, 'gm');
/** An account's name alone on its line: a few words, no punctuation (`南京社会工作`, `东山组工`). */
export const ACCOUNT_NAME_ALONE = /^(?<outlet>[\u4e00-\u9fffA-Za-z0-9]{2,16})$/;
const POSTED_AGO_DATELINE = /^[A-Za-z0-9_]{0,16}\d+(?:年|个月|周|天|小时|分钟)前[ \t]*[(（]\d{4}-\d{1,2}-\d{1,2}[)）]/;
const AUTHOR_LINE = new RegExp(
  // (`文/王晓明`, `图|刘洋`, `文:陈静`, `图文:刘洋`, `图片:王芳`: a credit's slash or colon is its separator, before a word
  // of a name's length that ends there: `文/体/旅融合…` opens a sentence)
  // (a credit's 文 may stand before a reporter's role: `文|《海峡通讯》记者 李烁铃`)
  String.raw`^[\[【(${BYLINE_MARKS}]?\s*(?:(?:文\s*[/|:：]\s*)?(?:作者(?:姓名)?|${ROLE_OUTLET_PREFIX}(?:本报|特约)?(?:全媒体|融媒体)?(?:见习|实习)?记者|${ROLE_OUTLET_PREFIX}(?:特约)?通讯员|撰稿|实习生|撰稿人|供稿|文字|文\s*[/|]\s*图|图\s*[/|]\s*文)\s*[:：\s|/]\s*\S|(?:图文|文|图片?|视频|摄影?)\s*[/|:：]\s*[\u4e00-\u9fff]{2,4}(?:[\s|/]|$))`,
);
/** A reporter's or correspondent's role, its outlet maybe before it (`本报记者`, `凤城日报通讯员`). */
const REPORTER_ROLE = String.raw`${ROLE_OUTLET_PREFIX}${REPORTER_ROLE_WORD}`;
/**
 * `记者朱晓芳`: a role and a name with nothing between them, alone on a line; or two names of
 * three glued together after a media or trainee reporter's role (`海都全媒体见习记者王灵婧吴诗榕`):
 * no article text, though its names are not cut apart (six characters may as well be three
 * names of two).
 */
// (its outlet may stand before the role, and more roles and names glued after, behind a byline's
// mark: `□本报记者刘臻本报通讯员陈众贾鹏魏伯阳`, `本报记者刘臻 通讯员陈众`)
const BARE_BYLINE = new RegExp(String.raw`^(?:[${BYLINE_MARKS}][ \t]*)?(?:(?:${REPORTER_ROLE}|作者)[\u4e00-\u9fff]{2,4}(?:[ \t]*${REPORTER_ROLE}[\u4e00-\u9fff]{2,12}){0,3}|${ROLE_OUTLET_PREFIX}(?:(?:全媒体|融媒体)(?:见习|实习)?|见习|实习)记者[\u4e00-\u9fff]{6})$`);
/** `(凤城日报/凤城网通讯员董乃德刘加雷摄影)`: a byline in brackets, the names glued to the role, a credit after them. */
// (the credit required: a bracketed clause after 记者 may be a sentence, `(凤城日报记者走访了党员)`)
const BRACKETED_BYLINE = new RegExp(String.raw`^[(（]${ROLE_OUTLET_PREFIX}(?:记者|通讯员)[\u4e00-\u9fff]{2,12}(?:摄影|摄|报道)[)）]$`);
/** `■市委组织部课题组`, `■贺伟平 王长峰`: a byline mark before a writer (a person or not), or a few names. */
// (not a sentence after it: `■凤城区沿海一线楼宇风光图。` is a picture's caption)
const MARKED_BYLINE = new RegExp(`^[${BYLINE_MARKS}]\\s*\\S{2,20}(?:\\s+\\S{1,4}){0,4}(?<![。!?！？])$`);
/**
 * `《人民日报》(2024年02月27日 10版)`: a print citation on a line of its own; the writers may stand
 * before it (`朱 铭 《 人民日报 》( 2023年01月17日 第 19 版)`), and the page as 第19版.
 */
/** `2022年9月1日《焦作日报》A10版`: a print citation with the day first and the page after the paper, on a line of its own. */
export const PRINT_CITATION_DAY_FIRST = /^(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日\s*《(?<source>[^》\n]{2,20})》\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*$/;
export const PRINT_CITATION = /^(?<names>(?:[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}[ \t]+){0,3})《[^》]{2,20}》\s*[(（]\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:第\s*)?\d*\s*版?\s*[)）]\s*$/;

/**
 * `发布者:园区党群办  发布时间:2025年6月18日  点击数:532`: who posted it (a person or an office,
 * no outlet: no source is read from it), then the labelled publication time.
 */
// (a bar may stand between the two: `发布者:焦作市委组织部   |   日期:2025-08-06`)
const POSTER_DATELINE = /^(?:发布者|发布人|发布单位|发布部门|发布机构|录入者?|上传者?)\s*[:：]\s*[^\s:：|]{1,20}\s*(?:\s|[|｜])\s*(?:发布时间|发布日期|发表时间|时间|日期)\s*[:：]?\s*\d{4}\s*[-年/.]/;

/**
 * `发布:管理员 来源:党委办公室 日期:2021-03-12 人气:`: a row of a page's labelled fields and nothing
 * else, who posted it, where from, when, and counters (a value may be left empty); a source or a
 * date among them.
 */
const FIELD_LABEL = String.raw`(?:发布者?|发布人|来源|信息来源|稿件来源|日期|时间|发布时间|发布日期|作者|编辑|责任编辑|人气|浏览(?:次数|量)?|点击(?:数|量|率)?|阅读(?:数|量)?|访问量)`;
const LABELLED_FIELDS = new RegExp(String.raw`^(?:${FIELD_LABEL}[ 	]*[:：][ 	]*[^\s:：]{0,24}[ 	]*){2,7}$`);
const SOURCE_OR_DATE_FIELD = /(?:来源|日期|时间)[ 	]*[:：]/;

/** A widget for the type's size opening a line: `【字体:大 中 小】`, `[字号：大 中 小]`, `字体【 】` (its buttons lost). */
const FONT_SIZE_WIDGET = /^(?:[【\[]\s*(?:字体|字号)[:：]?\s*[大中小默认\s]*[】\]]|(?:字体|字号)[:：]?\s*[【\[][大中小默认\s]*[】\]])\s*/;

const HAS_DIGIT = /\d/;
/** A role's word a bare byline holds. */
const HAS_BARE_ROLE = /记者|通讯员|作者/;
/** A mark that ends or parts a clause. */
const CLAUSE_MARK = /[,，。;；!?！？]/;
/** A name of two to four characters and a space opening a line (the byline after it is read alone). */
const NAME_BEFORE_BYLINE = /^[\u4e00-\u9fff]{2,4}[ \t]+(?=\S)/;

/** A few names of two to four characters (each may be spaced out: `刘 婷`), apart by spaces or commas, and nothing else. */
const NAMES_ALONE = /^[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}(?:(?:[,，、]\s*|\s+)[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}){0,5}$/;

/** A page's address opening a line, before more text. */
const PAGE_ADDRESS_LEAD = /^https?:\/\/[!-~]+[ \t]+(?=\S)/;
/** A question mark or a replacement character opening a line, before more text: what a broken icon left. */
const BROKEN_ICON_LEAD = /^[?？\uFFFD][ \t]*(?=\S)/;

/** Metadata lines keep their role wherever they stand; `why` names the kind. */
export function metaKind(line: string): string | null {
  // (a government page's disclosure header may run long: a row of six fields)
  if (line.length <= 200 && DISCLOSURE_LINE.test(line) && isDisclosureRow(line)) return 'disclosure';
  if (line.length > 80) return null;
  // `- 2022年02月10日来源:新闻中心`: a list mark the page put before the line (or a table's bar:
  // `| 2023-02-17 来源:长治日报 编辑:路璐 |`)
  // (or a widget for the type's size: `【字体:大 中 小】 2023-05-12 来源:…`)
  // (or a question mark or a replacement character, what a broken icon left: `?发布时间:2018-07-11`)
  // (or the page's own address: `http://news.example.com 2012-07-03 13:19 来源:…`)
  const text = /^[-·•*?？\uFFFD|]/.test(line) ? line.replace(/^[-·•*?？\uFFFD|][ \t]*/, '') : line.startsWith('http') ? line.replace(PAGE_ADDRESS_LEAD, '') : line.replace(FONT_SIZE_WIDGET, '');
  if (SOURCE_LINE.test(text)) return 'source';
  // `乐山市委党史和地志研究室供稿`, `(县委组织部供稿)`: a body that supplied the text, alone on its line
  if (text.endsWith('供稿') || text.endsWith('供稿)')) {
    if (SUPPLIED_BY_LINE.test(text)) return 'source';
  }
  if (EDITOR_LINE.test(text)) return 'editor';
  // (every dateline and citation holds a digit: most short lines, headings among them, hold none
  // and are spared the nine patterns)
  const digit = HAS_DIGIT.test(text);
  if (digit && text.includes('content_') && PAPER_PROPERTIES.test(text)) return 'paper-properties';
  if (digit && (DATELINE.test(text) || POSTER_DATELINE.test(text) || OUTLET_DATELINE.test(text) || JOURNAL_DATELINE.test(text) || DAY_MONTH_YEAR_DATELINE.test(text) || (text.includes('/') && LABELLED_YEAR_LAST_DATE.test(text) && text.length <= 40) || POSTED_AGO_DATELINE.test(text) || POSTED_FROM_DATELINE.test(text) || CHANNEL_DATELINE.test(text) || CMS_DATELINE.test(text) || (text.includes('报') && (PAPER_MASTHEAD.test(text) || PAPER_BREADCRUMB.test(text) || PAPER_MASTHEAD_DAY_FIRST.test(text))))) return 'dateline';
  if (!digit && text.length <= 12 && text.endsWith('报') && PAPER_NAME_ALONE.test(text)) return 'masthead';
  // (a bare byline holds a role's word: the pattern, its outlet's part tried at the line's start, runs only then)
  if (AUTHOR_LINE.test(text) || (HAS_BARE_ROLE.test(text) && BARE_BYLINE.test(text)) || MARKED_BYLINE.test(text) || (text.charCodeAt(0) === 0x28 && BRACKETED_BYLINE.test(text))) return 'author';
  // `代梦迪 封面新闻记者 刘恪生`: a writer's name, then a reporter's byline (no clause after it: `本报讯
  // (记者 何嫱) 今年以来,…` is a dispatch's first sentence)
  if (HAS_BARE_ROLE.test(text) && NAME_BEFORE_BYLINE.test(text) && !CLAUSE_MARK.test(text) && AUTHOR_LINE.test(text.replace(NAME_BEFORE_BYLINE, ''))) return 'author';
  // `人民网“行进中国”湖南调研采访团`: a reporting team credited alone on its line, no person named
  if (!digit && text.length <= 30 && REPORTING_TEAM_LINE.test(text)) return 'author';
  if (SOURCE_OR_DATE_FIELD.test(text) && LABELLED_FIELDS.test(text)) return text.includes('来源') ? 'source' : 'dateline';
  if (digit && (PRINT_CITATION.test(text) || PRINT_CITATION_DAY_FIRST.test(text) || JOURNAL_ISSUE.test(text))) return 'citation';
  return null;
}

/**
 * The labels of a government page's information-disclosure header (政府信息公开: `索引号:… | 主题分类:…
 * | 发布机构:凤城经开区 | 发文日期:2022-07-29`); the headline's label there, 名称, is read as a headline's.
 */
export const DISCLOSURE_LABEL = '(?:信息索引号|索引号|主题分类|信息分类|组配分类|体裁分类|服务对象|发布机构|发文机关|发文机构|发布单位|公开责任部门|责任部门|发文日期|成文日期|生成日期|公开日期|发文字号|文号|主题词|有效性|公开方式|公开范围|公开时限)';
const DISCLOSURE_LINE = new RegExp(`^[\\[【(]?\\s*${DISCLOSURE_LABEL}\\s*[:：]`);
const DISCLOSURE_LABEL_ANYWHERE = new RegExp(`${DISCLOSURE_LABEL}\\s*[:：]`, 'g');
/** Whether a line opening with a disclosure label is a row of the header: the index number, or bars, or two labels. */
function isDisclosureRow(line: string): boolean {
  if (/^[\[【(]?\s*(?:信息)?索引号/.test(line) || line.includes('|')) return true;
  return (line.match(DISCLOSURE_LABEL_ANYWHERE)?.length ?? 0) >= 2;
}

/** A metadata label with nothing after it, a page's field left empty (`发布日期:`, `作者：`; a counter's unit alone, `浏览次数:次`). */
const EMPTY_LABEL = /^(?:(?:发布日期|发布时间|日期|时间|来源|信息来源|作者|编辑|责任编辑)\s*[:：]|(?:浏览次数|点击数|阅读数)\s*[:：]\s*次?)\s*$/;
/** A source's label alone on its line (`信息来源:`), its value on the next. */
const SOURCE_LABEL_ALONE = new RegExp(`^${SOURCE_LABEL}\\s*[:：]\\s*$`);
/** A short name alone on a line, no clause in it: an outlet under its label (`区日报社`). */
const NAME_ALONE = /^[\u4e00-\u9fffA-Za-z0-9·-]{2,20}$/;

/** What opens a picture's caption alone: a triangle, or 图为 (`图为昨天,…`). */
const CAPTION_OPENING = /^(?:[▲△]|图为)/;
/**
 * What opens a picture's caption in a block of them above the article (`①2025年第一季度楼宇开放日活动。`,
 * `■凤鸣路街道在中环大厦成立…`): in the article the same marks number its points.
 */
const CAPTION_IN_BLOCK = /^(?:[①-⑳]|[■□◆●]\s*\S)/;
/** The longest line a caption block's caption is. */
const CAPTION_MAX = 60;

/** Why a line is page chrome, or null if it may be article text. */
export function chromeKind(line: string): string | null {
  // (a broken icon's question mark or replacement character before a label is no part of it: `?浏览:`)
  const text = BROKEN_ICON_LEAD.test(line) ? line.replace(BROKEN_ICON_LEAD, '') : line;
  if (text.length <= HEADING_MAX) {
    const b = bare(text);
    // (or only what broken bytes left: `?`, `\uFFFD`, an icon the text lost)
    if (b === '' || /^[?？\uFFFD]+$/.test(b)) return 'empty';
    if (blockHeadings.has(b)) return 'block-heading';
    if (BRACKETED_ITEMS.test(text) && [...text.matchAll(BRACKETED_ITEM)].every((m) => pageActions.has(m[1].trim()))) return 'page-actions';
  }
  if (text.length <= 80 && HEADLINE_LABEL_LINE.test(text)) return 'headline-label';
  if (text.length <= 12 && EMPTY_LABEL.test(text)) return 'empty-label';
  if (NOW_READING.test(text)) return 'now-reading';
  if (PREV_NEXT.test(text)) return 'prev-next';
  if (PAPER_SECTION.test(text)) return 'paper-section';
  if (IMAGE_MARKUP.test(text)) return 'image';
  if (text.length < 80 && text.endsWith('摄') && PHOTO_CAPTION.test(text)) return 'caption';
  // `▲3月6日,考察团在…参观考察。`, `图为昨天,一名外卖骑手…`: a picture's caption, wherever it stands
  if (text.length <= 80 && CAPTION_OPENING.test(text)) return 'caption';
  if (IMAGE_PLACEHOLDER.test(text)) return 'image';
  if (text.length < 80 && CONTACT_LINE.test(text)) return 'contact';
  if (text.length < 80 && KEYWORDS_LINE.test(text)) return 'keywords';
  if (text.length < 400 && STUFFED_KEYWORDS_LINE.test(text)) return 'keywords';
  if (text.length < 200 && !/[。！!]/.test(text) && new Set(text.match(SPAM_WORDS)).size >= 2) return 'spam';
  if (text.length < 300 && CATALOG_LINE.test(text)) return 'catalog';
  if (text.length < 160 && text.charCodeAt(0) === 0x28 /* ( */ && AFFILIATION_LINE.test(text)) return 'affiliation';
  if (COUNTER_PATTERNS.some((re) => re.test(text))) return 'counter';
  if (LIST_ITEM.test(text) && TRAILING_DATE.test(text)) return 'related-list';
  // every breadcrumb has a separator; the test first, since the pattern backtracks along the line
  if (text.length < 60 && /[>»›/]/.test(text) && BREADCRUMB.test(text)) return 'navigation';
  // `首页 资讯 正文`: a breadcrumb whose separators the page's text lost, from the home page to the article
  if (text.length <= 30 && SPACED_BREADCRUMB.test(text)) return 'navigation';
  if (text.length <= 60 && HOME_MENU.test(text)) return 'navigation';
  // `· 您现在的位置: 时政要闻_时政要闻`, `当前位置:首页`: a label of where on the site the page is,
  // whatever its steps are parted by (or none)
  if (text.length <= 60 && WHERE_ON_SITE.test(text)) return 'navigation';
  if (CHROME_PHRASE.test(text)) return 'notice';
  // `A|B|C|D`: links side by side (a menu, or a spam site's keywords), no sentence among them
  // (or keywords joined by underscores, as a page's own title carries them: `A_B_C_D`)
  // (runs of spaces the page padded its items with count as one: `要闻        |        城市远洋  …`)
  if ((text.includes('|') || text.includes('_')) && LINK_ROW.test(text.replace(SPACE_RUN, ' ')) && !/[。!?！？]/.test(text)) return 'link-row';
  // (a widget's line is short, or no sentence: a paragraph that mentions a 小程序 is article)
  if ((text.length <= 20 || !/[。!?！？]/.test(text)) && WIDGET_PHRASE.test(text)) return 'notice';
  return null;
}

/**
 * `标题:“凤城县成立…联盟”`, `原标题:《…》`: a headline given by its label, above the article or
 * under it (where a copying site names the original's); the line is no article text.
 */
// (名称: the headline's label in a government page's disclosure header)
const HEADLINE_LABEL_LINE = /^(?:原标题|标题|题目|新闻标题|文章标题|名称)[ \t]*[:：][ \t]*\S/;

/**
 * A paper's abstract opening a line under its label, bracketed or not (`[摘 要]`, `〔摘要〕`, `摘要:`;
 * the space between may be a broken byte: `[摘? 要]`).
 */
const ABSTRACT_OPENING = /^[\[【〔(]?\s*摘[\s?\uFFFD]{0,3}要\s*(?:[\]】〕)]\s*[:：]?|[:：])/;

/** A summary's label opening a line (`简介`, `摘要:`, `导读`), the colon optional. */
const SUMMARY_LABEL = /^(?:简介|摘要|导读|内容提要|提要)\s*[:：]?\s*/;
/** How much of a teaser must open the line after it: a sentence's start, not a shared word. */
const TEASER_OPENING = 15;

/**
 * `简介清晨,…门刚打开,…“以前,跑完`: a template's teaser, the article's first words under a summary's
 * label, cut off, above the article that opens with them. Its figures are the article's own, said
 * once; an abstract written for a paper (`摘 要:…`) opens no line after it and stays text.
 */
function isTeaserOfNext(lines: readonly Line[], i: number): boolean {
  const label = SUMMARY_LABEL.exec(lines[i].text);
  if (label === null) return false;
  const teaser = lines[i].text.slice(label[0].length);
  if (teaser.length < TEASER_OPENING) return false;
  let next = i + 1;
  while (next < lines.length && lines[next].text === '') next += 1;
  return next < lines.length && lines[next].text.startsWith(teaser.slice(0, TEASER_OPENING));
}

/** `首页 | 本学科首页 官方微博 | 高级检索`: a site's menu, opening with its home page and a bar. */
const HOME_MENU = /^(?:首页|主页|网站首页)\s*\|/;

/** `首页 资讯 正文`, `首页 新闻中心 党建动态 正文`: short items from the home page, spaces between, ending at the article. */
const SPACED_BREADCRUMB = /^(?:首页|主页)(?:\s+[\u4e00-\u9fff]{2,6}){1,5}\s*$/;

/** The label of a breadcrumb, a bullet or bracket before it, then a colon. */
const WHERE_ON_SITE = /^[·•*\-【\[]?\s*(?:当前位置|您的位置|您现在的位置是?|您所在的位置|所在位置)\s*[:：]/;

const SPACE_RUN = /[ \t\u3000]{2,}/g;
/** Four or more short items separated by bars (full-width bars are folded by then) or underscores. */
const LINK_ROW = /^(?:[^|_\n]{1,30}[|_]){3,}[^|_\n]{0,30}$/;

/** Long enough, or sentence-like enough, to be a paragraph of the article rather than a heading or widget. */
// (a long line with no punctuation at all is a menu: `热门快讯便民频道资讯中心房产频道…`)
// (a short line whose ! or ? stands inside it or closes it, no comma nor 。 there, is a headline's
// cry: `让居民少跑路!红色引擎助推…`, `…这个园区党总支成立!`)
// (a colon alone marks one only past a headline's length: `凤城园区:系列暖“新”活动…送上新春祝福 ——传递…`
// is a headline of 46 characters, its colon after its place)
const isParagraph = (text: string) =>
  (text.length >= 40 && (/[,，、。!?;]/.test(text) || (text.length >= MAX_HEADLINE_WITH_COLON && text.includes(':')))) || (text.length >= 15 && (/[。;]/.test(text) || (/[!?]/.test(text) && /[,，]/.test(text))));
/** The longest headline with a colon and no other mark of a clause (a place or a kicker, then the headline). */
const MAX_HEADLINE_WITH_COLON = 60;

/** Repeated paragraphs shorter than this are headings or widgets, not copied text. */
const MIN_REPEAT_LENGTH = 12;
/** How long a summary over the article is at least, to be found again inside a paragraph below (a sentence with its figures). */
const MIN_SUMMARY_LENGTH = 30;
/** Of the first paragraphs, how many may be a summary; and how many paragraphs below are searched for it (a dump of megabytes is one document). */
const SUMMARY_PLACES = 3;
const SUMMARY_SEARCH = 200;

/**
 * `此次“百千万”行动,园区共排出…共144家,…` over the article, then `根据市、区统一部署,此次“百千万”行动,
 * 园区共排出…`: a paragraph of the first few found whole inside a longer one below is the page's
 * summary of it, a repeat (its figures were counted twice).
 */
function markSummariesRepeated(lines: Line[]): void {
  const body = lines.filter((l) => l.role === 'body');
  for (let k = 0; k < Math.min(SUMMARY_PLACES, body.length); k++) {
    const line = body[k];
    if (line.text.length < MIN_SUMMARY_LENGTH) continue;
    for (let j = k + 1; j < Math.min(body.length, k + 1 + SUMMARY_SEARCH); j++) {
      if (body[j].text.length > line.text.length && body[j].text.includes(line.text)) {
        line.role = 'repeat';
        line.why = 'summary-repeated';
        break;
      }
    }
  }
}

export function layout(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({ start: at + lead, end: at + lead + trimmed.length, text: trimmed, role: 'body' });
    at += raw.length + 1;
  }

  // what each line is, by itself (read once: the patterns are a good part of the cost)
  const metas = lines.map((l) => (l.text === '' ? null : metaKind(l.text)));
  const chromes = lines.map((l, i) => (l.text === '' || metas[i] ? null : chromeKind(l.text)));
  for (let i = 0; i < lines.length; i++) if (!metas[i] && !chromes[i] && isTeaserOfNext(lines, i)) chromes[i] = 'teaser';
  // an e-paper's captions of its pictures, numbered or marked, above the article: up to its first
  // paragraph that is none (a headline may stand among them)
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].text === '' || metas[i] || chromes[i]) continue;
    if (lines[i].text.length <= CAPTION_MAX && CAPTION_IN_BLOCK.test(lines[i].text)) chromes[i] = 'caption';
    else if (isParagraph(lines[i].text)) break;
  }
  // `信息来源:` over `区日报社`: a source's label alone, a name alone on the next line is its value
  for (let i = 0; i + 1 < lines.length; i++) {
    if (chromes[i] === 'empty-label' && SOURCE_LABEL_ALONE.test(lines[i].text) && !metas[i + 1] && NAME_ALONE.test(lines[i + 1].text)) {
      metas[i] = metas[i + 1] = 'source';
      chromes[i] = chromes[i + 1] = null;
    }
  }
  let firstParagraph = lines.findIndex((l, i) => isParagraph(l.text) && !chromes[i] && !metas[i]);
  if (firstParagraph < 0) firstParagraph = lines.length;
  // (a paper's name alone below the article's start is text, or a list's heading: no masthead)
  for (let i = firstParagraph + 1; i < lines.length; i++) {
    if (metas[i] === 'masthead') {
      metas[i] = null;
      chromes[i] = chromeKind(lines[i].text);
    }
  }
  // `南京社会工作` right above `2025年12月18日17:12江苏`: a messaging app's account, named alone over
  // its date, time and province, is the outlet, not the headline
  for (let i = 1; i <= firstParagraph && i < lines.length; i++) {
    if (metas[i] !== 'dateline' || !POSTED_FROM_DATELINE.test(lines[i].text)) continue;
    let j = i - 1;
    while (j > 0 && lines[j].text === '') j -= 1;
    if (!metas[j] && !chromes[j] && ACCOUNT_NAME_ALONE.test(lines[j].text)) metas[j] = 'account';
  }
  let inTail = false;
  // (the tail lists other articles: their dates are theirs)
  let listsOthers = false;
  let datelineSeen = false;
  const seen = new Set<string>();
  const menuItem = (j: number) => j >= 0 && j < lines.length && !metas[j] && lines[j].text.length <= 20 && LIST_ITEM.test(lines[j].text);
  const neighbour = (i: number, step: number) => {
    let j = i + step;
    while (lines[j]?.text === '') j += step;
    return j;
  };
  const inMenu = (i: number) => menuItem(i) && (menuItem(neighbour(i, -1)) || menuItem(neighbour(i, 1)));
  // `许 翾` over `(凤鸣大学 公共管理学院,浙江 杭州 310058)`: names alone right above their
  // affiliation are the article's authors (the metadata rule reads whether they are people's names)
  // (so are names alone right above a paper's abstract: `张敬芬` over `[摘 要]新时代以来…`)
  chromes.forEach((chrome, i) => {
    const j = chrome === 'affiliation' || (i < lines.length && ABSTRACT_OPENING.test(lines[i].text)) ? neighbour(i, -1) : -1;
    if (j >= 0 && !metas[j] && !chromes[j] && NAMES_ALONE.test(lines[j].text)) metas[j] = 'names';
  });

  lines.forEach((line, i) => {
    if (line.text === '') {
      line.role = 'blank';
      return;
    }
    const meta = metas[i];
    const chrome = chromes[i];
    // The article ends where the page starts listing other things, or where the
    // closing metadata (editor, source) stands after the body.
    if (i > firstParagraph && !inTail) {
      if (meta === 'editor' || meta === 'source') inTail = true;
      else if (isHeadingOf(tailHeadings, line.text) || chrome === 'prev-next') inTail = listsOthers = true;
      else if (chrome === 'notice' && /版权|声明|Notice|Copyright/.test(line.text)) inTail = true;
    }
    // `发布日期:2025-03-08 浏览次数:` under the article, on a page with no dateline above it and
    // before any list of other articles: the page's own, labelled as published
    const ownDatelineBelow = meta === 'dateline' && !datelineSeen && !listsOthers && PUBLISHED_LABEL.test(line.text);
    if (meta === 'dateline') datelineSeen = true;
    if (meta === 'dateline' && (inTail || i > firstParagraph) && !ownDatelineBelow) {
      // a timestamp below the article belongs to a listed item, not to this page
      line.role = 'chrome';
      line.why = 'listed-item-time';
    } else if (meta) {
      line.role = 'meta';
      line.why = meta;
    } else if (chrome) {
      line.role = 'chrome';
      line.why = chrome;
    } else if (i < firstParagraph && inMenu(i)) {
      // `• 首页`, `• 资讯中心`: a menu above the article (one marked line alone may be the headline)
      line.role = 'chrome';
      line.why = 'menu';
    } else if (inTail) {
      line.role = 'chrome';
      line.why = LIST_ITEM.test(line.text) ? 'related-list' : 'after-article';
    } else if (line.text.length >= MIN_REPEAT_LENGTH && seen.has(line.text)) {
      line.role = 'repeat';
      line.why = 'repeated-paragraph';
    } else {
      seen.add(line.text);
    }
  });
  markSummariesRepeated(lines);

  // The headline: the line a `正在阅读:` prompt repeats, else a short first line
  // of text standing before the first paragraph.
  const nowReading = lines.find((l) => l.why === 'now-reading');
  // (a line that only repeats the page's section, the last step of its breadcrumb, is none;
  // nor a label: `搜索热词:`)
  // (a last step as long as a headline is the article's own headline, `首页 > 新闻资讯 > 珠海市…调研…工作`:
  // the step before it is the section, and the line repeating the last step is the headline)
  const crumbs = lines.filter((l) => l.why === 'navigation').map((l) => l.text.split(/[>»›/]/).map((step) => step.trim()));
  const headlineCrumb = crumbs.map((steps) => steps.at(-1)!).find((last) => last.length >= MIN_CRUMB_HEADLINE && lines.some((l, i) => i < firstParagraph && l.role === 'body' && l.text === last));
  const headline = nowReading ? NOW_READING.exec(nowReading.text)![1].trim() : headlineCrumb ?? null;
  const sections = new Set(crumbs.map((steps) => (headlineCrumb !== undefined && steps.at(-1) === headlineCrumb ? steps.at(-2) ?? '' : steps.at(-1)!)));
  // (nor the site's name, the breadcrumb's first step, alone on a line: `人民网` over `人民网>>湖南频道`)
  for (const steps of crumbs) if (steps.length > 1 && steps[0]) sections.add(steps[0]);
  // (nor a section's heading under an outline number: `一、案例背景`, `(二)主要做法`; nor a line
  // with no two Chinese characters, an image's or a button's label: `logo`, `EN`)
  const mayBeHeadline = (l: Line, i: number) =>
    i < firstParagraph && l.role === 'body' && !sections.has(l.text) && !/[:：]$/.test(l.text) && !OUTLINE_NUMBER.test(l.text) && HAN_PAIR.test(l.text) && (headline ? l.text === headline : true);
  // the line right above the first source or date line is the headline where there is one
  // (menus and widgets may stand above it); else the first line that may be one
  const firstMeta = lines.findIndex((l, i) => i < firstParagraph && (l.why === 'source' || l.why === 'dateline'));
  let above = firstMeta - 1;
  while (above >= 0 && lines[above].role === 'blank') above -= 1;
  // (a line too short to be a headline there is a widget's label, `内容详情`: then the first line
  // that may be one under the date, where e-paper pages put it)
  const headlineLike = (l: Line, i: number) => mayBeHeadline(l, i) && l.text.replace(/\s/g, '').length >= MIN_HEADLINE;
  let candidate =
    above >= 0 && headlineLike(lines[above], above)
      ? lines[above]
      : (firstMeta >= 0 ? lines.find((l, i) => i > firstMeta && headlineLike(l, i)) : undefined) ?? lines.find(mayBeHeadline);
  // `——临港经济开发区…纪实` under `“红色引擎”激活…`: a subtitle opening with a dash stands under
  // its headline, which is the line above it
  if (candidate && /^[—–]{1,2}/.test(candidate.text)) {
    let up = lines.indexOf(candidate) - 1;
    while (up >= 0 && lines[up].role === 'blank') up -= 1;
    if (up >= 0 && mayBeHeadline(lines[up], up) && !/^[—–]/.test(lines[up].text) && !/[—–]$/.test(lines[up].text)) candidate = lines[up];
  }
  // a labelled headline above the first paragraph is the headline; one under the article only
  // where no line above is
  const labelled = lines.findIndex((l) => l.why === 'headline-label');
  if (labelled >= 0 && (labelled < firstParagraph || !candidate)) candidate = lines[labelled];
  if (candidate && candidate.text.length <= 60 && !/[。;]$/.test(candidate.text)) {
    candidate.role = 'title';
    // `凤阳经济开发区——` over `以高水平党建谱写…新篇章`: a kicker ending in a dash runs on
    // into the headline on the next line (the metadata rule joins them)
    if (/[—–]$/.test(candidate.text)) {
      let next = lines.indexOf(candidate) + 1;
      while (lines[next]?.role === 'blank') next += 1;
      if (next < firstParagraph && mayBeHeadline(lines[next], next) && lines[next].text.length <= 60 && !/[。;]$/.test(lines[next].text)) lines[next].role = 'title';
    }
  }
  return lines;
}
