// Programs: named initiatives, mechanisms, brands, platforms, campaigns and
// numbered slogans. They run before counts: each program's span is masked so
// the numerals inside `四坚持四创新` or `五大工程` are never read as counts.
import { CAMPAIGN_ENDINGS, NOT_PROGRAMS, PROGRAM_VERBS, PROGRAM_WORDS, STRIVEN_FOR_AT } from '../../lexicon/programs.js';
import { ASSOCIATION_ENDINGS } from '../../lexicon/organizations.js';
import { PERSON_HEADS } from '../../lexicon/words.js';
import { alternation as alt, hanRunBefore, startsAt } from '../../text/patterns.js';
import type { Doc } from '../../text/document.js';
import { tagWords, wordTag } from '../../text/segment.js';
import { gazetteer, longestAt } from '../places/gazetteer.js';
import { ZONE_NAME } from '../places/rules.js';
import { verbsIn } from '../counts/clause.js';
import { PROGRAM_WORD_STARTS } from '../organizations/names.js';
import { HAS_NUMERAL } from '../counts/numerals.js';
import type { Found, Module, Near, Rule } from '../types.js';

export interface ProgramValue {
  name: string;
  kind: string | null;
}

const WORD = alt(PROGRAM_WORDS);
const VERB = alt(PROGRAM_VERBS);
const notPrograms = new Set(NOT_PROGRAMS);
/**
 * After a program word, what makes it none: 化, a manner (`“两学一做”常态化制度化`); 动 after 示范带,
 * leading by example (`发挥“党员先锋岗”示范带动作用`).
 */
const NOT_A_KIND_AFTER = '(?!化|(?<=示范带)动)';
const KIND_NEARBY = new RegExp(`^[\u4e00-\u9fff]{0,4}?(?<word>${WORD})${NOT_A_KIND_AFTER}`);
/** A program word closing the words between a verb and a quoted name (`党建品牌“…”`). */
const KIND_AT_END = new RegExp(`(?:${WORD})$`);
const CN_NUM = '一二两三四五六七八九十百千万双';

/**
 * A quoted span: “…”, ‘…’, 「…」, 『…』. Its inner text never holds another opening quote of the
 * same kind; a short one in single quotes may stand inside double ones (`“两新‘湘’当红”`).
 */
const QUOTED = String.raw`[“‘「『](?<name>(?:[^“”‘’「」『』\n]|‘[^“”‘’「」『』\n]{1,6}’){2,24})[”’」』]`;

/**
 * Quoted names hold an opening quote: the two rules whose pattern opens before it (a verb and
 * a qualifier, 以) read only around quotes, from 9 characters before one to the 26 of the
 * longest name and its closing quote after it. Those opening with the quote itself scan the
 * text as fast as the quotes could be found.
 */
const NEAR_QUOTE: Near = { anchor: /[“‘「『]/g, reach: 30 };
/**
 * Unquoted names with a numeral or after a verb end in a program word that names them alone
 * (工程, 计划…; not 工作 or 活动, common words: around those the rules read three times as much).
 */
const NEAR_PROGRAM_WORD: Near = { anchor: /工作法|工程|计划|行动|机制|模式|品牌|服务团|专班|示范带/g, reach: 12 };

/** Holidays named by their date, quoted in the genre: 七一 (the Party's founding), 五四, 八一, 十一, 三八, 五一, 六一. */
const HOLIDAYS_BY_DATE = new Set(['七一', '五一', '五四', '八一', '十一', '三八', '六一', '元旦']);

/** A grade of rating opening a name (五星级党组织, 4星级, 三星级企业). */
const RATING = /^[一二三四五六七八九十\d]星级/;

/**
 * Things a name must not be: speech (sentence punctuation inside), or a figure
 * of speech — unless a program word names it as one (`打造“红色引擎”品牌`).
 */
function acceptable(name: string, typed = false): boolean {
  if (notPrograms.has(name) && !typed) return false;
  // `“七一”前夕`, `“五四”青年节`: a holiday named by its date is when something is done, never a program
  if (name.length === 2 && HOLIDAYS_BY_DATE.has(name)) return false;
  // `“五星级党组织”`: a grade of rating, given not run (unless a program word right after it names it one)
  if (!typed && RATING.test(name)) return false;
  // `“一扫而空”`, `“一呼百应”`: an idiom, as jieba reads it whole, is a figure of speech (unless a
  // program word names it one)
  if (!typed && isOneIdiom(name)) return false;
  // `“区委—街道党工委—社区党委”四级组织架构`: a chain of bodies is a structure, not a program; so is
  // a sum of them (`“综合党委+链上企业+上下游企业”`), which spells out a numbered formula (`“1+8+N”`);
  // unless a program word names it one (`“支部+合作社+农户”模式`)
  if (!typed && /[-—→+]/.test(name) && /党委|党工委|党组织|支部|工委/.test(name)) return false;
  if (/[。!?;！？；]/.test(name)) return false;
  // `吸纳“小哥”加入…`, `“外卖骑手”`: people called by a nickname, quoted, are no program (unless a
  // program word names one: `“骑手”驿站`)
  if (!typed && (PERSON_HEADS.includes(name) || PEOPLE_NICKNAME.test(name))) return false;
  // `组建“爱心商户联盟”`: an alliance or association named in quotes is a body (organizations), unless a
  // program word names it as one (`“红色联盟”品牌`)
  if (!typed && ASSOCIATION_END.test(name)) return false;
  if ((name.match(/[,，]/g) ?? []).length > 1) return false;
  // `打造“立起来”的经济新高地`, `让党建“活起来”`: a verb with a complement of direction says how
  // something became, no name (unless a program word names it one: `“站起来”行动`)
  if (!typed && DIRECTION_COMPLEMENT_END.test(name)) return false;
  // `打造“舰船配套之都”`, `建设“中国牛奶之乡”`: a title a place strives for is its fame, no program
  if (!typed && PLACE_TITLE_END.test(name)) return false;
  return true;
}

/** A locative closing a word (链上, 云上, 园中): where, not what. */
const LOCATIVE_END = /[上中里内外]$/;
/** How the titles a place is given end (`舰船配套之都`, `牛奶之乡`, `文明之城`): a place's fame, nothing run. */
const PLACE_TITLE_END = /之(?:都|乡|城|源|窗)$/;

/** Complements of direction a quoted verb may end with (起来, 出来, 下去). */
const DIRECTION_COMPLEMENT_END = /(?:起来|出来|下来|下去|上来|进来|开来|过来)$/;

/** Nicknames of workers of the new trades, quoted in the genre (快递小哥, 外卖骑手). */
const PEOPLE_NICKNAME = /^(?:快递|外卖|网约车?|货车)?(?:小哥|骑手|司机|配送员|快递员)$/;

/** Program words that name a scheme, never a plain noun (工作, 活动 may be: `的方式形成工作合力`). */
const SCHEME_WORDS = new Set(['模式', '工作模式', '运行模式', '机制', '工作机制', '工作法', '体系']);

/** Verbs of taking something as something: the word after one is its object, never a name's kind (`“…”作为工作重点`). */
const TAKING_AS = new Set(['作为', '成为', '列为', '视为', '当作', '当成', '定为', '确定为', '作']);

/** How an alliance's or association's name ends: such a name is a body, not a program. */
const ASSOCIATION_END = new RegExp(`(?:${alt(ASSOCIATION_ENDINGS)})$`);
/** … and where such an ending follows a quoted name, its field between or not (`“红色物业”联盟`, `“1+N”党建联盟`). */
const ASSOCIATION_AT = new RegExp(`(?:产业链|产业|行业)?(?:党建)?(?:${alt(ASSOCIATION_ENDINGS)})`, 'y');

/** The number of names listed, before their kind: `28个`, `三大`, `5项`. */
const LISTED_COUNT = '[\\d一二两三四五六七八九十]{1,3}(?:个|项|大|种|类|条|支)';

const quotedThenWord: Rule<ProgramValue> = {
  name: 'program: quoted name + program word',
  // the program word may follow a short qualifier (`“火炬先锋”党建示范带`), or a longer
  // one after 的 (`“组织聚链、机制强链、服务护链”的产业链党建工作模式`)
  // (a qualifier of five or six characters names the field: `“党旗飘 火炬红”园区党建整体品牌`)
  // (after a list of names, their number may stand before the word: `“红帆”“聚力”等28个党建品牌`)
  // (nor a word with 化 after it, a manner: `“两学一做”常态化制度化`)
  pattern: new RegExp(`${QUOTED}(?<count>等?${LISTED_COUNT})?(?:的[\u4e00-\u9fff]{0,8}?|[\u4e00-\u9fff]{0,6}?)(?<word>${WORD})${NOT_A_KIND_AFTER}`, 'g'),
  extract(m, doc) {
    const { name } = m.groups!;
    const count = m.groups!.count ?? '';
    let word: string | null = m.groups!.word;
    // typed only when the word follows the quote directly: `“卡脖子”技术攻关机制` is not the 卡脖子 program
    // after 的, only a slogan-like name (a list, or numbered) is the program's; `“融资难”的…模式` is a problem it solves
    if (m[0].charAt(name.length + 2) === '的') {
      if (!/、|^[一二两三四五六七八九十\d]/.test(name)) return null;
      // and the words between 的 and the program word name it, they do not act (`的方式形成工作合力`)
      // (a kind of scheme may be named by what it does: `“5+1+X”的组团结对模式`)
      const qualifier = m[0].slice(name.length + 3, m[0].length - word.length);
      if (qualifier && !SCHEME_WORDS.has(word) && (verbsIn(qualifier).length > 0 || tagWords(qualifier).some((w) => w.tag === 'v'))) return null;
    }
    // (工作 alone types nothing: a category or a figure of speech before it is the field of work, `做好“两新”工作`)
    // (nor only right after the quote: a word of two characters may stand before a project, plan or
    // campaign, `“领头雁”培育工程`, a figure of speech made a program's name by it)
    const gap = m[0].length - (name.length + 2 + word.length);
    const typed = (gap === 0 && word !== '工作') || (gap === 2 && NAMING_WORDS.has(word) && m[0][name.length + 2] !== '的' && count === '');
    // `“第一书记”和驻村工作队员`: a word after a conjunction is another noun's, not this name's kind
    if (/^[和与及或、]/.test(m[0].slice(name.length + 2))) return null;
    // `把“抓党建、创特色、促发展”作为工作重点`: after a verb the word is the verb's object's, not
    // this name's kind; a longer qualifier must name the field, not act
    // (a verb alone before the word makes a noun with it: `“两红两优”表彰活动`, `…”服务模式`, and so
    // does one after a noun: `“聚新汇”党群共享阵地`; not one of taking as: 作为, 列为)
    const between = m[0].slice(name.length + 2 + count.length, m[0].length - word.length);
    // (a longer stretch only names the field, with no verb at all: `“口袋”党员亮明身份活动` is no 口袋 活动)
    // (our verbs say where they find one; jieba is asked only where they find none)
    const longField = between.length > 4 && between[0] !== '的';
    if (longField && (verbsIn(between).length > 0 || tagWords(between).some((w) => w.tag === 'v'))) return null;
    if (!acceptable(name, typed)) return null;
    // `88个“延展式”服务站点`, `“保姆式”服务`: a quoted manner or type in 式 before a word of what is
    // built or done names a kind of it, no program; before a scheme's word it names the scheme
    // (`“嵌入式”党建工作模式`)
    if (MANNER_IN_SHI.test(name) && !SCHEME_WORDS.has(word)) return null;
    if (between && between[0] !== '的' && between !== '等' && !longField) {
      const lexiconVerbs = verbsIn(between);
      const words = lexiconVerbs.length > 0 ? [] : tagWords(between);
      const verbFirst = lexiconVerbs.length > 0 ? lexiconVerbs[0].start === 0 : words[0].tag === 'v';
      const verbAlone = lexiconVerbs.length > 0 ? lexiconVerbs.length === 1 && lexiconVerbs[0].text === between : words.length === 1 && words[0].tag === 'v';
      if ((verbFirst && !verbAlone) || TAKING_AS.has(between)) word = null;
    }
    // `实施“五大”工程`: a number and its 大 alone, quoted, say how many; with the word right after them
    // they are the program's name, as unquoted (五大工程, RECORD.md)
    if (typed && HOW_MANY_ONLY.test(name)) return { start: m.index + 1, end: m.index + m[0].length, value: { name: name + word, kind: word } };
    const found = { start: m.index + 1, end: m.index + 1 + name.length, value: { name, kind: word } };
    // `“红色代办”“暖心食堂”等服务品牌`: names listed in quotes before 等 (or their number) share the kind;
    // so do quoted names right before this one, where the word follows it right away (`“揭榜挂帅”“赛马”活动`)
    const quoteRightBefore = typed && /[”’」』]$/.test(doc.content.slice(Math.max(0, m.index - 1), m.index));
    return word !== null && (count !== '' || between.startsWith('等') || quoteRightBefore) ? [...listedBefore(doc.content, m.index, word, typed), found] : found;
  },
};

/** A manner or a type named in 式 (延展式, 保姆式, 菜单式): a word that says how, no name. */
const MANNER_IN_SHI = /^[\u4e00-\u9fff]{1,3}式$/;

/** Program words that make what stands before them a program's name, a word between: projects, plans and campaigns. */
const NAMING_WORDS = new Set(['工程', '计划', '行动']);

/** A number and 大 (or 项) and nothing else: `五大`, `十大`. */
const HOW_MANY_ONLY = /^[一二两三四五六七八九十]{1,2}[大项]$/;

/** A quoted name right before position `end`, after a list mark or none: `“红色代办”、` before `“暖心食堂”`. */
const QUOTED_LISTED_BEFORE = /[“‘「『](?<name>[^“”‘’「」『』\n]{2,24})[”’」』](?:、|和|及|与|以及)?$/;

/** The quoted names listed right before the one opening at `at` (back to the first), each with `kind`. */
function listedBefore(text: string, at: number, kind: string, typed: boolean): Array<Omit<Found<ProgramValue>, 'rule'>> {
  const out: Array<Omit<Found<ProgramValue>, 'rule'>> = [];
  for (let end = at; ; ) {
    const m = QUOTED_LISTED_BEFORE.exec(text.slice(Math.max(0, end - 32), end));
    if (!m) break;
    const start = end - m[0].length + 1;
    // (a kind of body the program is for, listed first, is none of the names: `“两企三新”“襄新星”品牌`)
    if (acceptable(m.groups!.name, typed) && !KINDS_OF_BODY.has(m.groups!.name)) out.unshift({ start, end: start + m.groups!.name.length, value: { name: m.groups!.name, kind } });
    end = start - 1;
  }
  return out;
}

/** Kinds of body in quotes (two new kinds of organization, small firms, traders and markets…), no program's name. */
const KINDS_OF_BODY = new Set(['两新', '两新组织', '三新', '两企三新', '小个专']);

/** What a role played is called after its quoted figure of speech: `“头雁”作用`, `“领头羊”效应`. */
const ROLE_PLAYED_AT = /^的?(?:作用|效应|优势)/;

/**
 * Quoted names (one or several) then a count of party bodies or alliances: the quotes name those
 * bodies (`组建“装备制造”“新材料”3个产业链联合党委`), which are organizations, no programs.
 */
const BODIES_COUNTED_AFTER = /^(?:[“‘「『][^“”‘’「」『』\n]{1,24}[”’」』]|、)*等?[\d一二两三四五六七八九十]{1,3}[个家](?:[\u4e00-\u9fff]{0,8}?)(?:党委|党总支|党支部|联盟|协会|商会|联席会议)/;
/** A copula after a quoted term, and what follows it (`都是党员`, `均为党员`). */
const SAID_TO_BE_AT = /^(?:都|均|也|全)?(?:是|为)([\u4e00-\u9fff]{2,4})/;
/** … or a count of people (`诞生“麻虾妹”“百叶姐”4位知名主播`): the quotes are what those people are called. */
const PEOPLE_COUNTED_AFTER = /^(?:[“‘「『][^“”‘’「」『』\n]{1,24}[”’」』]|、)*等?[\d一二两三四五六七八九十]{1,3}[位名]/;

const verbThenQuoted: Rule<ProgramValue> = {
  near: NEAR_QUOTE,
  name: 'program: verb of doing + quoted name',
  // a short qualifier may stand between: `组建党员“攻坚队”`, `打造红色“议事厅”`; a longer one
  // only where it ends in a program word: `打造党建服务项目“红税直播间”`
  // (`发布党建服务项目“红税直播间”`: what is published is a program only where its kind is named,
  // before or after it; `发布“致…的一封信”`, `发布“红黑榜”` are none)
  // (`实现“楼事楼议、楼事楼办、楼事楼管”`: what is achieved is a program only as a list of parts, a
  // slogan; `实现“双赢”`, `做到“零投诉”` are a result)
  pattern: new RegExp(`(?:${VERB}|(?<published>发布)|(?<achieved>实现|做到))(?:了)?(?<qualifier>[\u4e00-\u9fff]{0,6}?)${QUOTED}`, 'g'),
  extract(m, doc) {
    const { name, qualifier } = m.groups!;
    if (m.groups!.achieved !== undefined && (qualifier !== '' || !name.includes('、'))) return null;
    // `打造党建品牌“红色引擎”`: a program word right before the quote names it one, as one after it does
    const kindBefore = KIND_AT_END.exec(qualifier)?.[0] ?? null;
    if (qualifier.length > 4 && kindBefore === null) return null;
    // (`开展“红色商会”创建活动`: a title striven for is a program, whatever body its name ends in)
    const striven = STRIVEN_FOR_AT.test(doc.content.slice(m.index + m[0].length, m.index + m[0].length + 2));
    if (!acceptable(name, kindBefore !== null || striven)) return null;
    // `发挥“头雁”作用`, `发挥“桥梁纽带”效应`: a role played, named by a figure of speech, is no program
    if (ROLE_PLAYED_AT.test(doc.content.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
    if (BODIES_COUNTED_AFTER.test(doc.content.slice(m.index + m[0].length, m.index + m[0].length + 60))) return null;
    const start = m.index + m[0].length - name.length - 1;
    // `打造“园区e家”党群服务品牌`: the kind may stand a word or two after the quote
    const kind = KIND_NEARBY.exec(doc.content.slice(m.index + m[0].length, m.index + m[0].length + 8))?.groups?.word ?? kindBefore;
    if (kind === null && m.groups!.published !== undefined) return null;
    // `构建睦邻暖心“家庭”`: after words that describe it, a quoted word of two characters and no
    // kind is a figure of speech (家庭, 家人), not a name (`打造红色“议事厅”` has three)
    // (nor is a quoted common noun of two characters alone, `建立“问题”清单`: a term stressed)
    // (nor a place said by a locative, `打造“链上”抱团发展的引擎`: on the chain, no name)
    if (kind === null && name.length <= 2 && (qualifier || isOneCommonNoun(name) || LOCATIVE_END.test(name))) return null;
    // `打造“名人长廊”“民俗风情带”“产业振兴展区”三条文化带`: names listed in quotes right after it are
    // the verb's objects too, of the kind named after the last
    const listed = listedAfter(doc.content, m.index + m[0].length);
    if (listed.length === 0) return { start, end: start + name.length, value: { name, kind } };
    const listEnd = listed[listed.length - 1].end + 1;
    const kindAfterList = KIND_NEARBY.exec(doc.content.slice(listEnd, listEnd + 8))?.groups?.word ?? kindBefore;
    return [{ start, end: start + name.length, value: { name, kind: kindAfterList } }, ...listed.map((l) => ({ start: l.start, end: l.end, value: { name: l.name, kind: kindAfterList } }))];
  },
};

/** A quoted name right at the start, after a list mark or none: `、“民俗风情带”` after `“名人长廊”`. */
const QUOTED_LISTED_AT = /(?:、|和|及|与|以及)?[“‘「『](?<name>[^“”‘’「」『』\n]{2,24})[”’」』]/y;

/** The acceptable names quoted and listed right after position `at` (a closing quote's end), with their spans. */
function listedAfter(text: string, at: number): Array<{ name: string; start: number; end: number }> {
  const out: Array<{ name: string; start: number; end: number }> = [];
  QUOTED_LISTED_AT.lastIndex = at;
  for (let m = QUOTED_LISTED_AT.exec(text); m; m = QUOTED_LISTED_AT.exec(text)) {
    const name = m.groups!.name;
    const end = QUOTED_LISTED_AT.lastIndex - 1;
    if (acceptable(name)) out.push({ name, start: end - name.length, end });
  }
  return out;
}

/** `“四坚持四创新”`, `“三个构建”`, `“六亮”`, `“2+N”`: a quoted term that starts with a numeral is a numbered slogan. */
const quotedNumbered: Rule<ProgramValue> = {
  name: 'program: quoted numbered slogan',
  // (a formula of figures and letters may have more than two terms: `“1+8+N”`, `“5+1+X”`)
  pattern: new RegExp(String.raw`[“‘「『](?<name>(?:[${CN_NUM}][^“”‘’「」『』\n,，。]{1,9}|[\dNX]+(?:\+[\dNX]+)+))[”’」』]`, 'g'),
  extract(m, doc) {
    const { name } = m.groups!;
    if (!acceptable(name) || /^(?:一[个次些])/.test(name)) return null;
    // `评定“一般”等次3个`: an ordinary word that opens with a numeral's character (一般, 一致), read
    // whole by jieba as a word that describes, is no numbered slogan (一站式, 十佳 may be names)
    if (name.length <= 3) {
      const words = tagWords(name);
      if (words.length === 1 && /^(?:a|ad|d|c|p|u|r)/.test(words[0].tag)) return null;
    }
    // `“三有”非公有制企业`, `“四上”企业`: a numbered term right before a kind of firm or
    // organization says which of them are meant (those with three things, above four sizes)
    if (KIND_OF_FIRM_AT.test(doc.content.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
    // (nor is a name of people counted after it, a numeral's character opening a word: `“百叶姐”`)
    if (PEOPLE_COUNTED_AFTER.test(doc.content.slice(m.index + m[0].length, m.index + m[0].length + 60))) return null;
    // (nor a name of people said to be people: `“三杨”都是党员`)
    const said = SAID_TO_BE_AT.exec(doc.content.slice(m.index + m[0].length, m.index + m[0].length + 8));
    if (said && PERSON_HEADS.some((h) => said[1].startsWith(h))) return null;
    return { start: m.index + 1, end: m.index + 1 + name.length, value: { name, kind: null } };
  },
};
/** Kinds of firm and organization a numbered term before them sorts (企业, 非公有制企业, 社会组织). */
const KIND_OF_FIRM_AT = /^(?:非公有制|非公|民营|私营|规上|小微)?(?:企业|经济组织|社会组织|市场主体|个体工商户)/;

/** A quoted name that ends in a program word itself: `“强链先锋服务团”`, `“扬帆计划”`. */
const quotedEndingInWord: Rule<ProgramValue> = {
  name: 'program: quoted name ending in a program word',
  pattern: new RegExp(String.raw`[“‘「『](?<name>[^“”‘’「」『』\n]{1,20}?(?<word>${WORD}))[”’」』]`, 'g'),
  extract(m) {
    const { name, word } = m.groups!;
    if (!acceptable(name) || name === word) return null;
    // `“加强城市社区党建工作”`, `“做好两新组织党建工作”`: a quoted task, a verb and the work it is
    // done to, is a line of a speech or a document quoted, no program's name
    if (word === '工作' && TASK_VERB_AT.test(name)) return null;
    return { start: m.index + 1, end: m.index + 1 + name.length, value: { name, kind: word } };
  },
};
/** Serving as, before a quoted role (and whose it is, closed by 的): 当好, 争当, 化身, 成为… */
const SERVING_AS_BEFORE = /(?:当好|争当|争做|当起|做好|化身|成为|担当|当)(?:[\u4e00-\u9fff]{0,6}的)?$/;

/**
 * `“红色先锋”以人民为中心`, `“红管家”帮办代办`: a quoted name that ends in a word of a team or of
 * people who serve (先锋, 管家, 红娘, 帮办…) names a team the program runs, wherever it stands; the
 * word alone in quotes (争当“先锋”) is a figure of speech.
 */
const quotedTeam: Rule<ProgramValue> = {
  name: 'program: quoted name of a team that serves',
  // (the team's word closes the quote, at most ten characters after its opening mark)
  near: { anchor: /先锋|管家|尖兵|哨兵|帮办|代办/g, reach: 12 },
  pattern: /[“‘](?<name>[\u4e00-\u9fff]{1,8}?(?<word>先锋|管家|尖兵|哨兵|帮办员?|代办员?))[”’]/g,
  extract(m, doc) {
    const { name, word } = m.groups!;
    if (name === word || !acceptable(name)) return null;
    // (what someone serves as, a figure of speech: `当好企业的“红管家”`, `争当“党员先锋”`)
    if (SERVING_AS_BEFORE.test(doc.content.slice(Math.max(0, m.index - 10), m.index))) return null;
    // (nor what people counted right before it are called: `聘请3名“银发先锋”离退休干部`)
    if (PEOPLE_COUNTED_BEFORE.test(doc.content.slice(Math.max(0, m.index - 6), m.index))) return null;
    return { start: m.index + 1, end: m.index + 1 + name.length, value: { name, kind: null } };
  },
};

/** A figure and a classifier of people right before a quote: `3名`, `十余位`. */
const PEOPLE_COUNTED_BEFORE = /[\d一二两三四五六七八九十百千]+[余多]?[名位]$/;

/** A verb of doing a task, opening a quoted line: 加强, 做好, 抓好, 推进, 深化… */
const TASK_VERB_AT = new RegExp(`^(?:加强|做好|抓好|抓实|做实|强化|改进|提升|${PROGRAM_VERBS.join('|')})`);

/**
 * `“强组织、强阵地、强服务”三大举措`, `“暖企、助企、活企”五项措施`: a quoted slogan, then the number
 * of measures it names. Without the number a measure word names no program (`“硬核”举措` is a figure
 * of speech, `“党要管党、从严治党”的关键举措` says what something is for).
 */
const quotedMeasures: Rule<ProgramValue> = {
  // (read only around the measure words, which few articles hold: every quote opens a try otherwise)
  near: { anchor: /举措|措施/g, reach: 34 },
  name: 'program: quoted slogan + number of measures',
  pattern: new RegExp(String.raw`${QUOTED}(?:[\d一二两三四五六七八九十]{1,2}(?:大|项|条|个))[\u4e00-\u9fff]{0,2}?(?<word>举措|措施)`, 'g'),
  extract(m, doc) {
    const { name, word } = m.groups!;
    if (!acceptable(name)) return null;
    // (names listed in quotes before it are measures of that number too: `“红色管家”“先锋岗”“党员责任区”三项举措`)
    return [...listedBefore(doc.content, m.index, word, false), { start: m.index + 1, end: m.index + 1 + name.length, value: { name, kind: word } }];
  },
};

/** `以“网格+企格”管理方式`: a quoted formula joining two named parts. */
const quotedFormula: Rule<ProgramValue> = {
  name: 'program: quoted X+Y formula',
  pattern: /[“‘](?<name>[\u4e00-\u9fff]{2,8}\+[\u4e00-\u9fff]{2,8})[”’]/g,
  extract(m) {
    // (`“线上+线下”方式`: a manner, no program)
    if (notPrograms.has(m.groups!.name)) return null;
    return { start: m.index + 1, end: m.index + 1 + m.groups!.name.length, value: { name: m.groups!.name, kind: null } };
  },
};

/**
 * `以“追溯红色记忆 向历史致敬”为主题`: a theme is a named campaign; so is what work is taken up by or
 * carried on (`以“村企联建”为抓手`, `以“红色物业”为载体`).
 */
const themeOf: Rule<ProgramValue> = {
  near: NEAR_QUOTE,
  name: 'program: quoted theme (以“…”为主题)',
  pattern: new RegExp(`以${QUOTED}为(?<role>主题|抓手|载体|牵引)`, 'g'),
  extract(m) {
    const { name, role } = m.groups!;
    if (!acceptable(name)) return null;
    return { start: m.index + 2, end: m.index + 2 + name.length, value: { name, kind: role === '主题' ? '主题' : null } };
  },
};

/** `“学雷锋月”`: quoted campaign months, weeks and seasons. */
const quotedCampaign: Rule<ProgramValue> = {
  name: 'program: quoted campaign period',
  pattern: new RegExp(String.raw`[“‘](?<name>[\u4e00-\u9fff]{3,10}(?:${CAMPAIGN_ENDINGS.join('|')}))[”’]`, 'g'),
  extract(m) {
    const { name } = m.groups!;
    if (!acceptable(name) || /^\d|[〇零一二三四五六七八九十]月$/.test(name)) return null;
    return { start: m.index + 1, end: m.index + 1 + name.length, value: { name, kind: name.slice(-1) } };
  },
};

/** Everything up to the last verb of doing in a name. */
const UP_TO_A_VERB = new RegExp(`^.*(?:${VERB})`);
const A_NUMERAL = new RegExp(`[${CN_NUM}]`);

/** A verb of doing closing what stands before a name. */
const VERB_ENDING = new RegExp(`(?:${VERB})$`);

/**
 * `实施135工作法`, `246工程`: a name coded in digits (one for each part: 1个品牌、3项工程、5色联盟)
 * right before a kind of scheme, after a verb of doing or at a clause's start. Not a year (2024工程),
 * nor a figure counting (12项机制 has its classifier).
 */
const digitCoded: Rule<ProgramValue> = {
  near: NEAR_PROGRAM_WORD,
  name: 'program: digit-coded name + program word',
  pattern: /(?<![\d.])(?<code>\d{3,5})(?<word>工作法|工程|机制|模式)/g,
  extract(m, doc) {
    const { code, word } = m.groups!;
    if (/^(?:19|20)\d\d$/.test(code)) return null;
    // (after a verb of doing, a clause mark or the line's start: `的135工作法` is a figure's noun)
    const before = doc.content.slice(Math.max(0, m.index - 4), m.index);
    if (!(VERB_ENDING.test(before) || /(?:^|[,，。;；:：、\n“])$/.test(before))) return null;
    return { start: m.index, end: m.index + m[0].length, value: { name: code + word, kind: word } };
  },
};

/** 一 opening a word of quality or quantity (一流, 一批, 一系列, 一揽子, 一些): no numbering of a name's parts. */
const NOT_A_NUMBERING = /^一(?:流|批|系列|揽子|些|切)/;

/** The program words a numbered name ends in (`三大工程`, `五星行动`). */
const NUMBERED_WORD = '工程|计划|行动|机制|模式|工作法';

/** `党建引领五链融创工程`, `五大工程`: an unquoted name with a numeral, ending in a program word. */
const numberedWithWord: Rule<ProgramValue> = {
  near: NEAR_PROGRAM_WORD,
  name: 'program: numbered name + program word',
  // matched from the numeral; up to four characters before it are read back (see hanRunBefore)
  // (not 个, 项 after the numeral: `两项机制`, `三个行动` count them, unquoted; quoted, they are names)
  // (no program word inside: `三大工程和五星行动` are two names, not one up to the second word)
  pattern: new RegExp(String.raw`(?<core>[${CN_NUM}](?![个项])大?(?:(?!${NUMBERED_WORD})[\u4e00-\u9fff]){1,5}?(?<word>${NUMBERED_WORD}))`, 'g'),
  extract(m, doc) {
    const { core, word } = m.groups!;
    // `下一步工作计划`: next steps are no numbered name
    if (core.startsWith('一步') && doc.content[m.index - 1] === '下') return null;
    // `项目二期工程`, `三期工程建设`: a phase of a project's works is no numbered name
    if (core[1] === '期') return null;
    // (a read-back holding a list word ends a list of the parts: `…和信息互通等五大机制` is 五大机制)
    const before = hanRunBefore(doc.content, m.index, 4);
    let name = (/[等和与及]/.test(before) ? '' : before) + core;
    // the name starts after any verb of doing in front of it
    const verb = UP_TO_A_VERB.exec(name);
    if (verb) name = name.slice(verb[0].length);
    // `党建引领三链融合工程`: what leads is a motto, the name starts at the numeral
    const led = /^(?:.*引领|.*推动|.*助力)(?=[一二两三四五六七八九十百千万双])/.exec(name);
    if (led) name = name.slice(led[0].length);
    if (!A_NUMERAL.test(name) || name.length < word.length + 2) return null;
    // `打造一流工程`, `实施一批工程`: 一 in a word of quality or quantity numbers no name
    if (NOT_A_NUMBERING.test(name)) return null;
    const start = m.index + m[0].length - name.length;
    if (doc.content[start - 1] === '“' || doc.content[start - 1] === '‘') return null; // the quoted rules read it
    // `“政会银企”四方合作机制`: right after a quoted name it says what that name's program is
    // (the quoted rules read it, with this word as its kind); after a quoted list or numbered
    // slogan it is a program of its own (`“向心、堡壘…”五大工程`, `“四送一服”双千工程`)
    if (doc.content[start - 1] === '”' || doc.content[start - 1] === '’') {
      const open = doc.content.lastIndexOf(doc.content[start - 1] === '”' ? '“' : '‘', start - 2);
      const quoted = open >= 0 && start - open <= 24 ? doc.content.slice(open + 1, start - 1) : '';
      if (quoted && !quoted.includes('、') && !A_NUMERAL.test(quoted[0])) return null;
    }
    return { start, end: start + name.length, value: { name, kind: word } };
  },
};

/** Program words that name a program by themselves; 机制, 制度, 模式 follow ordinary words too (考核机制). */
const STRONG_WORD = '计划|行动|工程|品牌|工作法|服务团|专班|示范带';
/** Words that make a kind of activity, not a name: 专项行动, 系列活动, 重点工程. */
const GENERIC_NAME = /^(?:专项|系列|主题|各项|相关|重点|集中|联合|这项|此项|该项|此次|本次|一系列|各类|民生|基础|建设|工作|年度|全面|深入|持续|常态化|一批|一项|多项|党建)$|^(?:专项|系列|主题|各项|相关|重点|这项|此项|该项|此次|本次|一系列|各类)|(?:提升|提高|建设|发展|推进|攻坚|能力)$/;

/** Words that say what kind a program is and name none (特色, 党建, 机关…): a name of these alone is generic. */
const KIND_WORDS = /特色|党建|工作|服务|机关|社区|园区|企业|行业|支部|示范|精品|优秀|基层|党员/g;

/** `实施扬帆计划`, `开展红色领航行动`: an unquoted name after a verb of doing, ending in a program word. */
const verbThenNamed: Rule<ProgramValue> = {
  near: NEAR_PROGRAM_WORD,
  name: 'program: verb of doing + unquoted name + program word',
  pattern: new RegExp(String.raw`(?:${VERB})(?<name>(?<core>[\u4e00-\u9fff]{2,6}?)(?<word>${STRONG_WORD}))(?![\u4e00-\u9fff]{0,2}(?:建设|实施|推进|中|里))`, 'g'),
  extract(m, doc) {
    const { name, core, word } = m.groups!;
    if (GENERIC_NAME.test(core) || /[一二两三四五六七八九十百千万\d]/.test(core)) return null; // numbered names have their own rule
    // `培育特色党建工作品牌`, `创建特色党建品牌`: words of a kind alone, no name
    if (core.replace(KIND_WORDS, '') === '') return null;
    // `建立的示范性工程`: the verb ended a relative clause; what follows 的 describes, it names nothing
    if (core.includes('的')) return null;
    // `存在问题及下一步工作计划`: joined nouns and next year's plans are no name
    if (/[及和与]|下一步/.test(core)) return null;
    if (verbsIn(core).some((v) => v.start === 0)) return null; // `开展帮扶行动`: a verb, not a name
    const start = m.index + m[0].length - name.length;
    if (doc.content[start - 1] === '“' || doc.content[start - 1] === '‘') return null;
    // `推出党建服务品牌“红色管家”`: right before a quoted name it is that name's kind, and names none
    const next = doc.content[m.index + m[0].length];
    if (next === '“' || next === '‘') return null;
    return { start, end: start + name.length, value: { name, kind: word } };
  },
};

/** `三会一课`, `一街三带`, `四送一服`: numeral–word–numeral–word slogans, quoted or not. */
const pairedNumerals: Rule<ProgramValue> = {
  // (read over the whole text: around what may follow it, 工作 and 活动 among them, the windows
  // were half the text, and finding them cost more than they saved)
  name: 'program: paired-numeral slogan',
  pattern: new RegExp(String.raw`(?<name>[${CN_NUM}][\u4e00-\u9fff]{1,2}[${CN_NUM}][\u4e00-\u9fff]{1,2})(?=[”’」』]|制度|工作|活动|机制|要求)`, 'g'),
  extract(m) {
    const { name } = m.groups!;
    if (/^[一两][个次些]/.test(name) || notPrograms.has(name) || isOneIdiom(name)) return null;
    return { start: m.index, end: m.index + name.length, value: { name, kind: null } };
  },
};

/** Whether jieba reads `name` as one idiom or fixed expression (一扫而空/i, 一呼百应/l). */
function isOneIdiom(name: string): boolean {
  const tag = wordTag(name);
  return tag === 'i' || tag === 'l';
}

/** Whether jieba reads `name` as one common noun (问题, 家庭), not a coined pair (双强, 红帆). */
function isOneCommonNoun(name: string): boolean {
  return wordTag(name) === 'n';
}

/** An honour conferred, not a program run: `获评“五星级党组织”`, `“爱心企业”称号`. */
const HONOUR_BEFORE = /(?:获评|评为|荣获|授予|获得|获|被评为|评选为|命名为)[“‘「『]?$/;
const HONOUR_AFTER = /^[”’」』]?(?:称号|荣誉|奖(?![补励金])|奖项)/; // not 表彰活动: an awards campaign is a program

function dropHonours(found: Found<ProgramValue>[], doc: Doc): Found<ProgramValue>[] {
  return found.filter((f) => !HONOUR_BEFORE.test(doc.content.slice(Math.max(0, f.start - 5), f.start)) && !HONOUR_AFTER.test(doc.content.slice(f.end, f.end + 5)));
}

/** A numbered term, then a word of traits or troubles it sums up (`”的特点`, `现象`, `问题`; not 问题清单, a list kept as a scheme). */
const NUMBERED_START = new RegExp(`^[${CN_NUM}]`);
const TRAITS_OR_TROUBLES_AT = /^[”’」』]?的?(?:特点|特征|特质|现状|状况|现象|局面|困境|短板|弱项|难题|矛盾|压力|问题(?!清单|台账))/;

/** `有着“三高两快”的特点`, `“三难”问题`: a numbered term summing up traits or troubles (高学历、高技能…) is nothing run. */
function dropSummedTraits(found: Found<ProgramValue>[], doc: Doc): Found<ProgramValue>[] {
  return found.filter((f) => !(NUMBERED_START.test(f.value.name) && TRAITS_OR_TROUBLES_AT.test(doc.content.slice(f.end, f.end + 6))));
}

/** `(以下简称“双凤开发区”)`: a short name being defined for what was just named. */
const ABBREVIATION_BEFORE = /(?:以下简称|以下称|简称|下称)[“‘「『]?$/;

/**
 * A place is no program: a short name being defined, a zone's name, or — unless a
 * program word types it (`“晋江”模式`) — a place or zone core alone (`学“双凤”经验`).
 */
function dropPlaces(found: Found<ProgramValue>[], doc: Doc): Found<ProgramValue>[] {
  return found.filter((f) => {
    const name = f.value.name;
    // (称 stands just before the name or its quote mark in every such definition)
    const defined = doc.content[f.start - 1] === '称' || doc.content[f.start - 2] === '称';
    // (a name with a pun in single quotes is a slogan, no zone's: `“‘红’动园区”行动`)
    if ((defined && ABBREVIATION_BEFORE.test(doc.content.slice(Math.max(0, f.start - 6), f.start))) || (ZONE_NAME.test(name) && !goesToAZone(name) && !name.includes('‘'))) return false;
    if (f.value.kind) return true;
    const place = longestAt(name, 0);
    return !gazetteer().zoneCores.has(name) && !(place && place.length === name.length);
  });
}

/**
 * `“党建进园区”`, `“党徽闪耀在园区”`: a slogan ending where the work goes, a verb of going or 在 right
 * before the zone's word; no zone's name holds one there.
 */
function goesToAZone(name: string): boolean {
  const zone = ZONE_NAME.exec(name);
  return zone !== null && zone.index > 0 && '在进到入驻'.includes(name[zone.index - 1]);
}

/**
 * `组建“红色物业”联盟`: a quoted name an alliance's or association's ending follows names that body
 * (organizations), no program; unless a program word follows the ending, which names the program's
 * form (`打造“1+N”党建联盟矩阵`).
 */
function dropBodies(found: Found<ProgramValue>[], doc: Doc): Found<ProgramValue>[] {
  return found.filter((f) => !(/[”’」』]/.test(doc.content[f.end] ?? '') && startsAt(ASSOCIATION_AT, doc.content, f.end + 1) && !PROGRAM_WORD_STARTS.startsAt(doc.content, ASSOCIATION_AT.lastIndex)));
}

/** `“三员助力 双色扬帆 ”`: a space a page left inside the quotes, at either end, is no part of the name (nor of its evidence, where that is the name). */
function trimmedNames(found: Found<ProgramValue>[], doc: Doc): Found<ProgramValue>[] {
  for (const f of found) {
    const name = f.value.name;
    const trimmed = name.trim();
    if (trimmed === name) continue;
    if (doc.content.startsWith(name, f.start)) {
      const lead = name.length - name.trimStart().length;
      if (f.end - f.start === name.length) f.end -= name.length - trimmed.length - lead;
      f.start += lead;
    }
    f.value.name = trimmed;
  }
  return found;
}

/** One program per span; of overlapping finds the longer; each name once per article (first mention). */
function refine(found: Found<ProgramValue>[]): Found<ProgramValue>[] {
  const bySpan = [...found].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Found<ProgramValue>[] = [];
  for (const f of bySpan) {
    // (kept finds do not overlap and are in text order, so their ends are too: only the last may reach f)
    const last = kept.at(-1);
    const overlap = last && f.start < last.end && f.end > last.start ? last : undefined;
    if (overlap) {
      if (!overlap.value.kind && f.value.kind && overlap.start === f.start && overlap.end === f.end) overlap.value.kind = f.value.kind;
      continue;
    }
    kept.push(f);
  }
  const seen = new Set<string>();
  return kept.filter((f) => (seen.has(f.value.name) ? false : (seen.add(f.value.name), true)));
}

export const programsModule: Module<ProgramValue> = {
  name: 'programs',
  view: 'content',
  rules: [quotedThenWord, verbThenQuoted, quotedNumbered, quotedEndingInWord, quotedTeam, quotedMeasures, quotedFormula, themeOf, quotedCampaign, numberedWithWord, digitCoded, verbThenNamed, pairedNumerals],
  refiners: [trimmedNames, dropHonours, dropSummedTraits, dropBodies, refine, dropPlaces],
  publish(found, doc) {
    // Every mention of a program's name is masked for the counts, not only the first
    // (each name searched for once, however often it was found). Counts consult masks
    // only where a numeral stands, so a name without one (红色矩阵) is not searched for.
    for (const name of new Set(found.map((f) => f.value.name))) {
      if (!HAS_NUMERAL.test(name)) continue;
      for (let at = doc.content.indexOf(name); at >= 0; at = doc.content.indexOf(name, at + name.length)) {
        doc.masks.push([at, at + name.length]);
      }
    }
  },
};
