// Small readings of clauses and phrases shared by the binders: a clause's bounds, adverbs,
// comparisons, prepositions and locatives at a phrase's edges, relative clauses, places.
import { BODY_HEADS, MANNER_BEFORE_VERBS, MEASURE_NOUNS, PERSON_HEADS } from '../../lexicon/words.js';
import { isClauseEndAt, leadingFunctionWords, opensWithNounHoldingVerb, prepositionLength, verbsIn, type Word } from './clause.js';
import { tagWords } from '../../text/segment.js';
import { WordSet } from '../../text/wordset.js';
import { startsAt } from '../../text/patterns.js';
import { longestAt } from '../places/gazetteer.js';
import type { RawCount } from './bind.js';

/** What joins two counts of a pair: a conjunction, an adverb of each or together before it at most (`30名党员和50名群众`, `10家企业分别与12个村`). */
export const PAIR_JOIN = /^\s*(?:分别|均|都|共同)?(?:和|与|及|以及)\s*$/;

/** Having, right before a figure: `有着`, `拥有`, `有` (not 所有, 没有; nor 共有, 现有: those say what exists). */
export const POSSESSION_BEFORE = /(?:有着|拥有|具有|(?<![所没共现已尚还])有)$/;

/** A closed bracket opening a string, and what it holds: `(恒达新材、凤鸣硅化),…`. */
export const ASIDE_OPENING = /^[(（][^()（）]{1,40}[)）]/;

/** The writer's own place or the one just named (我县, 本市, 该区): who did it, never what was done. */
export const OWN_PLACE = /^[我本该全][省市县区镇乡]$/;
/** Verbs of settling somewhere (企业落户园区, 项目落地经开区): after them stands where, not what settled. */
// (and entering a register: 科技型中小企业注册入库58家)
export const SETTLING_VERBS = new Set(['落户', '落地', '入驻', '进驻', '扎根', '入库', '注册入库']);
const SETTLING_VERB = new WordSet(SETTLING_VERBS);
/** A place on its own: this district or park (我区, 园区内), a zone's or park's name, a base, the front line (一线, 基层), home (家乡, 当地). */
const PLACE_WORD = /^(?:[我本全该]?(?:区|县|市|镇|乡|街道)|辖区|片区|基地|一线|基层|农村|社区|村|村居|小区|网格|家乡|本地|当地|省内|市内|县内|[\u4e00-\u9fff]{0,8}(?:园区|开发区|经开区|高新区|新区|产业园|工业园|科技园|产业基地))(?:内|中|里)?$/;

/** `s` names only a place (园区, 我区, 经开区, 泰兴, 南京市): what a verb of settling is followed by. */
export function namesOnlyAPlace(s: string): boolean {
  if (PLACE_WORD.test(s)) return verbsIn(s).length === 0;
  return s.length >= 2 && longestAt(s, 0)?.length === s.length;
}

/**
 * Where a verb of settling with only a place after it (or nothing) starts in `subject`,
 * after the noun it follows (`项目落地经开区`, `企业落户`): what settled is the noun; -1 if none.
 */
export function settlingVerbIn(subject: string): number {
  // (most subjects hold none: one test says so before the clause's verbs are read)
  if (!SETTLING_VERB.occursIn(subject)) return -1;
  for (const v of verbsIn(subject)) {
    if (v.start >= 2 && SETTLING_VERBS.has(v.text) && (v.end === subject.length || namesOnlyAPlace(subject.slice(v.end)))) return v.start;
  }
  return -1;
}

/** [from, to) lies inside one pair of brackets that opened before it. */
export function insideBrackets(text: string, from: number, to: number): boolean {
  if (/[)）]/.test(text.slice(from, to))) return false;
  const open = Math.max(text.lastIndexOf('(', from), text.lastIndexOf('（', from));
  const close = Math.max(text.lastIndexOf(')', from), text.lastIndexOf('）', from));
  return open > close && from - open < 200;
}

/** Verbs of taking part in or paying for a deed (参与建设, 投资建设): the deed's verb right after them acts on its object. */
export const PARTAKING_VERBS = new Set(['参与', '投资', '出资', '协助', '帮助', '牵头']);

/** Whether `at` stands inside a quotation (“…”) or a title (《…》) that closes before `end`. */
export function insideClosedQuote(text: string, at: number, end: number): boolean {
  return insidePair(text, at, end, '“', '”') || insidePair(text, at, end, '《', '》');
}
/** A whole named before 中 and a comma, right before the clause: `规上企业中,`. */
export const WHOLE_AMONG_BEFORE = /([\u4e00-\u9fff]{2,10})[中里][,，]\s*$/;

/** Whether `at` lies inside a book title (《…》) that closes before `end`. */
export function insideBookTitle(text: string, at: number, end: number): boolean {
  return insidePair(text, at, end, '《', '》');
}
function insidePair(text: string, at: number, end: number, opening: string, closing: string): boolean {
  const open = text.lastIndexOf(opening, at);
  if (open < 0 || text.lastIndexOf(closing, at) > open) return false;
  const close = text.indexOf(closing, at);
  return close >= 0 && close < end;
}

/**
 * What a verb leaves at the start of its object: aspect particles (了, 着, 过) and
 * a result complement (评选出, 收集到, 划分为, 打造成) — but 出资人, 到岗 and 成员 are words of their own.
 */
export function stripComplement(s: string): string {
  // (not one opening a word: 过关率, 着力点)
  if (/^[了着过]/.test(s) && tagWords(s.slice(0, 4))[0]?.word.length === 1) return s.slice(1);
  // (`划分为A类(示范类)3家`, `打造成…`: 为 and 成 after a verb are its complement too)
  if (/^[出到为成]/.test(s) && tagWords(s.slice(0, 4))[0]?.word.length === 1) return s.slice(1);
  return s;
}

/** The end of the clause containing `at`, across any counts in it. */
export function sentenceEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && !isClauseEndAt(text, end) && end - at < 80) end += 1;
  return end;
}

/** An outline's number in brackets, read in place: `(一)`, `（3）`. */
const OUTLINE_NUMBER_AT = /[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]/y;

/** Stops a quoted sentence closes on, right before its closing quote (full-width ! and ? are folded at the door). */
const SENTENCE_STOP_BEFORE_QUOTE = new Set(['。', '!', '?', '…']);

/** Where the clause around [start, end) begins and ends, not crossing other counts. */
export function clauseBounds(text: string, start: number, end: number, prevEnd: number, nextStart: number) {
  let left = start;
  // (an opening bracket not closed before the count starts an aside: `244名党员(含预备党员25名)`;
  // a closed one is part of a name: `主要出资人(负责人)担任…比例达40%`)
  let closed = 0;
  while (left > 0 && left > prevEnd && !isClauseEndAt(text, left - 1) && start - left < 60) {
    const ch = text[left - 1];
    // (a quotation or a title is read whole, commas and all: `参与“金融助企,暖心纾困”宣讲活动3次`,
    // `报送了《擦亮红底色,增强新成色》等6个素材`)
    if (ch === '”' || ch === '》') {
      const open = quotationOpening(text, left - 1, prevEnd);
      if (open >= 0) {
        left = open;
        continue;
      }
      // (a quoted sentence, closed on its stop, ends the clause after it: `“…需要党组织。”会员企业130多家`)
      if (ch === '”' && SENTENCE_STOP_BEFORE_QUOTE.has(text[left - 2])) break;
    }
    // (a label in square or lenticular brackets before the clause is no part of it: `【数说】全区党员…`,
    // `〔摘要〕…`, `[摘  要]…`; no name holds such brackets)
    if (ch === '】' || ch === '〕' || ch === ']' || ch === '］') break;
    if (ch === ')' || ch === '）') closed += 1;
    else if (ch === '(' || ch === '（') {
      if (closed === 0) break;
      closed -= 1;
    }
    left -= 1;
  }
  // (nor is an outline's number in brackets opening it: `(一)全区党员…`, `（3）…`)
  OUTLINE_NUMBER_AT.lastIndex = left;
  if (OUTLINE_NUMBER_AT.test(text) && OUTLINE_NUMBER_AT.lastIndex < start) left = OUTLINE_NUMBER_AT.lastIndex;
  // (a space right after the figure's classifier parts nothing: `建成12个 红色驿站`, a page's typography;
  // after a noun's figure it parts the items of a headline or a list: `党员8956.4万名 基层党组织457.2万个`)
  let right = end < nextStart && isSpaceAt(text, end) && SPACE_BEFORE_NOUN_AT.test(text.slice(end, end + 2)) && !nounRightBefore(text, start) ? end + 1 : end;
  while (right < text.length && right < nextStart && !isClauseEndAt(text, right) && right - end < 60) {
    const close = text[right] === '“' || text[right] === '《' ? quotationClosing(text, right, nextStart) : -1;
    right = close >= 0 ? close + 1 : right + 1;
  }
  return { left, right };
}

/** Whether a noun of two characters or more ends right before `at` (`党员` of `党员320名`), no scope nor place (全市, 凤城). */
function nounRightBefore(text: string, at: number): boolean {
  if (!isHanAt(text, at - 1)) return false;
  const before = text.slice(Math.max(0, at - 6), at);
  const last = tagWords(before).at(-1)!;
  // (jieba calls some verbs nouns: 选派)
  return (last.tag === 'n' || last.tag === 'nz' || last.tag === 'nt') && last.word.length >= 2 && !/^[全本我该]/.test(last.word) && verbsIn(before).at(-1)?.end !== before.length;
}

/** Whether an ASCII or ideographic space stands at `at`. */
export const isSpaceAt = (text: string, at: number) => text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x3000;
/** One space, then a character a noun may open with (Han or an opening quotation mark). */
export const SPACE_BEFORE_NOUN_AT = /^[ \u3000](?=[\u4e00-\u9fff“])/;

/** The longest quotation whose commas do not end a clause: a slogan or a title (`“学党史,办实事”`). */
const MAX_QUOTATION = 30;

/** The mark closing a quotation or a title, by the mark opening it. */
const CLOSING_MARK: Record<string, string> = { '“': '”', '《': '》' };
/** The mark opening a quotation or a title, by the mark closing it. */
const OPENING_MARK: Record<string, string> = { '”': '“', '》': '《' };

/** Where the quotation or title closing at `close` (a ” or 》) opens, no further back than `limit`; -1 if not a short one on the line. */
function quotationOpening(text: string, close: number, limit: number): number {
  const mark = OPENING_MARK[text[close]];
  const open = text.lastIndexOf(mark, close - 1);
  if (open < 0 || open < limit || close - open > MAX_QUOTATION) return -1;
  return quotedRunIsClean(text, open + 1, close, mark, text[close]) ? open : -1;
}

/** Where the quotation or title opening at `open` (a “ or 《) closes, before `limit`; -1 if not a short one on the line. */
function quotationClosing(text: string, open: number, limit: number): number {
  const mark = CLOSING_MARK[text[open]];
  const close = text.indexOf(mark, open + 1);
  if (close < 0 || close >= limit || close - open > MAX_QUOTATION) return -1;
  return quotedRunIsClean(text, open + 1, close, text[open], mark) ? close : -1;
}

/** No other of the marks, sentence end or line break between `from` and `to`. */
function quotedRunIsClean(text: string, from: number, to: number, opening: string, closing: string): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === opening || c === closing || c === '。' || c === '\n' || c === '!' || c === '?' || c === ';') return false;
  }
  return true;
}

/**
 * `3260户个体工商户中已组建…`: a locative after the noun says where, it is not the noun
 * (jieba reads a district's or park's locative as one word with it, 区内, 园中: those are
 * known by their characters, and need no tagging).
 */
export function withoutLocative(phrase: string): string {
  // (`38家规上企业中有35家…`: among them some are counted next; 有 is no part of the noun)
  if (/[中里内](?:已经|已|共|还)?有$/.test(phrase) && phrase.length > 3) return withoutLocative(phrase.replace(/(?:已经|已|共|还)?有$/, ''));
  // (`759家重点企业及项目当中,738家…`: among them, in two characters too: 当中, 之中)
  if (/(?:当|之)中$/.test(phrase) && phrase.length >= 3) return phrase.slice(0, -2);
  // (`6条优势产业链上成立…`: on them; not the 上 of a word: 线上, 以上, 马上)
  if (!/(?:[中里内]|(?<![线以之马早晚路身手北向])上)$/.test(phrase) || phrase.length <= 2) return phrase;
  if (/[区园][中里内]$/.test(phrase)) return phrase.slice(0, -1);
  const last = tagWords(phrase).at(-1);
  return last && last.word.length === 1 && last.tag === 'f' ? phrase.slice(0, -1) : phrase;
}

/** An aside in brackets opening a string, closed within it. */
const ASIDE_AT_START = /^[(（][^()（）]*[)）]/;

/**
 * Marks of the passive (受表彰, 受到表彰, 被评为, 遭到…; 接受 before a verb, `20家企业接受走访`),
 * and their first characters.
 */
const PASSIVE_AT = /(?:受到|遭到|受邀|接受|受|获|被|遭)/y;
const PASSIVE_STARTS = new Set(['受', '获', '被', '遭', '接']);

/**
 * The length of a mark of the passive at `at` of `text` right before one of `verbs` (found in
 * the same text), or 0: `3名网格员受表彰` (受), `12家企业受到表彰` (受到).
 */
export function passiveBeforeVerb(text: string, at: number, verbs: readonly Word[]): number {
  if (!PASSIVE_STARTS.has(text[at]) || !startsAt(PASSIVE_AT, text, at)) return 0;
  const end = PASSIVE_AT.lastIndex;
  if (verbs.some((v) => v.start === end)) return end - at;
  // `90多名律师受到国家、省、市表彰`: after 受到 or 被, who did it may stand before the verb (a few
  // words, no clause's end between)
  if (text[at] === '被' || text.startsWith('受到', at)) {
    const verb = verbs.find((v) => v.start > end && v.start - end <= 10);
    if (verb && !/[,，。;；:：!?！？\n]/.test(text.slice(end, verb.start))) return end - at;
  }
  return 0;
}

/** Where something was done, between its doers and the verb: `到社区`, `在园区`, `赴企业`. */
const PLACE_BEFORE_VERB = /^(?:到|在|赴|去|进)[\u4e00-\u9fff]{1,8}$/;
const PLACE_OPENERS = new Set('到在赴去进');

/** A count of bodies or people (`472家`, `120余名`): those who went into the counted. */
const COUNT_OF_COMERS = /[\d一二两三四五六七八九十百千](?:余|多)?[家个名人户位]/;

/** The verb right after the counted phrase, when it is said of the counted thing (`持证上岗`, `参与的`). */
export function verbSaidOf(text: string, from: number, right: number): { verb: Word | null; intransitive: boolean } {
  const rest = text.slice(from, right);
  // (an adverb's characters may open the verb itself: 单独建, 联合组建)
  // (and a mark of the passive: `3名网格员受表彰`, the counted are what the verb was done to)
  const restVerbs = verbsIn(rest);
  const passive = passiveBeforeVerb(rest, 0, restVerbs);
  // (a word of manner before the verb says how: `76名人才整体迁移`, `35名指导员反复深入…`)
  const manner = passive > 0 || restVerbs[0]?.start === 0 ? undefined : MANNER_BEFORE_VERBS.find((w) => rest.startsWith(w) && restVerbs.some((v) => v.start === w.length));
  const skip = passive > 0 ? passive : restVerbs[0]?.start === 0 ? 0 : manner ? manner.length : leadingFunctionWords(rest);
  const verbs = verbsIn(rest.slice(skip), from + skip);
  // (one our lexicon lacks, jieba's, closing the clause alone right after people or bodies: `8家企业停产`;
  // not after other things, `2条产业链为主`)
  if (verbs.length === 0 && rest.length >= 2 && rest.length <= 4 && /^[\u4e00-\u9fff]+$/.test(rest) && DOER_HEADS.some((h) => text.endsWith(h, from))) {
    // (or two of its verbs, one deed: `21名党务工作者带头发言`; or an adverb before it, which is no part
    // of it: `28个党支部按期换届`, `8个党支部已换届`)
    const words = tagWords(rest);
    if (words.length <= 2 && words.every((w) => w.tag === 'v')) return { verb: { text: rest, start: from, end: right }, intransitive: true };
    if (words.length === 2 && words[0].tag === 'd' && words[1].tag === 'v') return { verb: { text: words[1].word, start: from + words[1].start, end: right }, intransitive: true };
  }
  const v = verbs[0];
  // `90多名律师受到国家、省、市表彰`: past who did it, the verb after a mark of the passive was done to
  // the counted
  if (v && passive > 0 && v.start !== from + skip && !rest.startsWith('受邀')) return { verb: v, intransitive: true };
  // `其中3个安置小区由凤建公司承建`: 由 and who did it, then the verb closing the clause (after a verb
  // of how, 出资建设): it was done to the counted
  if (v && rest.charCodeAt(0) === 0x7531 /* 由 */ && v.start - from <= 12) {
    const closing = verbs.find((w) => w.end >= text.length || isClauseEndAt(text, w.end));
    if (closing) return { verb: closing, intransitive: true };
  }
  // (past where it was done, before a verb that ends the clause: `1.6万余名党员到社区报到`)
  // (its first character first: most words after a count open no such phrase)
  const placed = v && v.start !== from + skip && PLACE_OPENERS.has(rest[skip]) && PLACE_BEFORE_VERB.test(rest.slice(skip, v.start - from));
  if (!v || (v.start !== from + skip && !placed)) return { verb: null, intransitive: false };
  let clauseEnd = v.end;
  while (clauseEnd < text.length && !isClauseEndAt(text, clauseEnd) && clauseEnd - v.end < 40) clauseEnd += 1;
  // (an aside right after the verb is no object of it: `3个联合建(覆盖13个社会组织)`)
  const after = text.slice(v.end, clauseEnd).replace(ASIDE_AT_START, '');
  // Said of it: the clause ends (or nearly: 纳入管理), or a relative clause (参与的…); not a
  // noun of two characters, the verb's object (`12名党员服务群众`, `350名党员参加大会`: RECORD.md's
  // `109名党员组成6支突击队`, the counted do a verb with another object, and have none)
  // (a verb of going or staying takes a place, no object: `快递小哥穿梭街巷`, `职工齐聚广场`)
  // (after a mark of the passive, or in a verb that holds one, what follows is what they were made
  // or given, no object of theirs: `2名党员被评为“优秀共产党员”`, `5个党组织获评先进基层党组织`;
  // not after 受邀, invited to do what follows: `受邀参加座谈` is theirs)
  const intransitive =
    after.length === 0 || after.startsWith('的') || (after.length <= 2 && !nounOfItsOwn(after)) ||
    // (after going or staying a place, of any length with no verb of its own: `落户凤鸣科技园`)
    // (not where bodies or people counted after it went into them: `28幢商务楼入驻472家企业`,
    // `3个园区入驻企业120家`; the buildings and parks do nothing)
    (GOING_OR_STAYING.has(v.text) && !COUNT_OF_COMERS.test(after) && (after.length <= 2 || (after.length <= 12 && verbsIn(after).length === 0))) ||
    (v.start === from + skip && ((passive > 0 && !rest.startsWith('受邀')) || PASSIVE_VERBS.has(v.text)));
  // (a comparison before a figure of no count of ours compares what the counted have: `19个乡镇人口差超过5倍`)
  if (COMPARING.has(v.text) && /^[\d一二两三四五六七八九十]/.test(after)) return { verb: null, intransitive: false };
  // (there only a verb that ends the clause: `到企业开展服务` has its object)
  if (placed && !(after.trim() === '' || after.startsWith('的'))) return { verb: null, intransitive: false };
  // `12名党员进行宣讲`, `对20家企业进行了走访`: a light verb before the deed's own verb closing
  // the clause lends it no meaning; the deed's verb is what is said (or done to them)
  const at = v.end + (text.charCodeAt(v.end) === 0x4e86 /* 了 */ ? 1 : 0);
  if (DEED_LENDING_VERBS.has(v.text) && verbs[1]?.start === at) {
    // (deeds of two verbs are one: 优化升级, 走访慰问)
    let last = 1;
    while (last + 1 < verbs.length && verbs[last + 1].start === verbs[last].end) last += 1;
    const end = verbs[last].end;
    // (not a deed jieba reads as a noun, the light verb's object: `开展联建`, which stays as it was)
    if ((end >= text.length || isClauseEndAt(text, end)) && !nounOfItsOwn(text.slice(at, end))) {
      return { verb: { text: text.slice(at, end), start: at, end }, intransitive: true };
    }
  }
  return { verb: v, intransitive };
}

/** Light verbs that lend a deed's verb after them its place in the clause (进行走访, 开展结对). */
const DEED_LENDING_VERBS = new Set(['进行', '开展', '实施']);
const DEED_LENDING_AT = new RegExp(`(?:${[...DEED_LENDING_VERBS].join('|')})了?`, 'y');

/** Where the deed's verb starts at `at` of `text`: past a light verb lending it its place (`进行了走访`), if one stands there. */
export function pastLendingVerb(text: string, at: number): number {
  return startsAt(DEED_LENDING_AT, text, at) ? DEED_LENDING_AT.lastIndex : at;
}

/** Verbs of comparing with a figure. */
const COMPARING = new Set(['超过', '达到', '突破', '超出', '高于', '低于']);

/** Verbs that hold a mark of the passive: the counted before them are rated or approved. */
const PASSIVE_VERBS = new Set(['获评', '获批', '入选']);

/** Verbs of going somewhere or staying there: the noun after them is a place. */
export const GOING_OR_STAYING = new Set(['穿梭', '齐聚', '相聚', '奔赴', '赶赴', '来到', '走进', '深入', '进驻', '入驻', '扎根', '奋战', '坚守', '活跃', '下沉', '回到', '前往', '汇聚', '落户', '签约落户']);

/** Whether `s` is one noun as jieba reads it (群众, 岗位; not 管理, 了, 起来). */
function nounOfItsOwn(s: string): boolean {
  const words = tagWords(s);
  return words.length === 1 && /^n/.test(words[0].tag);
}

export function measureNounSubject(subject: string): string | null {
  const measure = MEASURE_NOUNS.find((m) => subject.endsWith(m));
  if (!measure) return null;
  const head = subject.slice(0, subject.length - measure.length);
  const verbs = verbsIn(head + '。');
  return verbs.length === 1 && verbs[0].start === 0 && verbs[0].text === head ? head : null;
}

/** Per head, per household, per year, on average: said of a figure, never what it counts. */
// (with the span it is over after it: `人均年增收2万元`)
const PER_UNIT = '(?:(?:人均|户均|平均|每人|每户|每家|每名|每个|[县村镇乡企]均)(?:每?[年月])?|年均|月均)';
export const PER_UNIT_ONLY = new RegExp(`^${PER_UNIT}$`);
/** A per-unit word ending a phrase (`驿站年均`): what stands before it did what follows, per unit. */
export const PER_UNIT_END = new RegExp(`${PER_UNIT}$`);

/** Adverbs that stand between a subject and its verb (`交易额也从`, `覆盖率仅为`, `均已达`, `总产值可突破`, `委员每月至少1次`, `经营性收入更是只有`, `覆盖率双100%`). */
const TRAILING_ADVERB =
  /(?:已经|已|累计|先后|[人户年月平]均|(?<![人平年户月县村镇乡企])均|(?<![成首])都|仅仅|仅|只有|只|分别|总共|一共|(?<![中公])共|全部|依次|可以|(?<![许认])可|有望|预计|力争|将|(?<![大节制契])约|每个?(?:月|年|周|天|日|季度|半年)|连续[一二两三四五六七八九十\d]+年|连续|持续|不断|稳步|(?:更|也|则|却)是|也|(?<![偿归退返奉交])还|(?:全部|总共|一共)?(?:加起来|合起来|加在一起)|(?<![成造迁])就能|能够|(?:都|也|均|还|将|可)能|(?<![成造迁])就|首次|再次|又一次|(?<![一两])双|按期|如期|按时|及时|准时|顺利)$/;

/** The last characters of those adverbs: most subjects end in none, and need no pattern test. */
// (期, 时 and 利 of 按期, 如期, 按时, 及时, 顺利: `预备党员按期转正28名`)
// (能 and 够 of the modal after an adverb, 就能, 能够: `订单量就能达到3500单`; not the nouns 功能, 技能)
// (来 and 起 of 加起来, 加在一起: `小微企业和个体工商户全部加起来将达到1.7亿户`)
// (续, 断 and 步 of 连续, 持续, 不断, 稳步 before a change: `党员数量连续增长30%`)
const TRAILING_ADVERB_ENDS = new Set('经已计后均都仅有只别共部次以可望将约争是双期时利也还就能够来起续断步');
/** And of how often or how long (每月, 每个季度, 连续两年), tested only where 每 or 连续 is there: many nouns end in 年 or 度. */
const FREQUENCY_ENDS = new Set('月年周天日度');

export function withoutTrailingAdverbs(phrase: string): string {
  const last = phrase[phrase.length - 1];
  if (!TRAILING_ADVERB_ENDS.has(last) && !(FREQUENCY_ENDS.has(last) && (phrase.includes('每') || phrase.includes('连续')))) return phrase;
  let out = phrase;
  for (let m = TRAILING_ADVERB.exec(out); m && m.index > 0; m = TRAILING_ADVERB.exec(out)) out = out.slice(0, m.index);
  return out;
}

/** Whether a phrase is adverbs alone (`力争`, `已累计`): it names nothing. */
export function onlyAdverbs(phrase: string): boolean {
  // (its last character first, and its length: most subjects end in no adverb, and none that is
  // adverbs alone is long)
  if (phrase.length > 8 || !TRAILING_ADVERB_ENDS.has(phrase[phrase.length - 1])) return false;
  const m = TRAILING_ADVERB.exec(withoutTrailingAdverbs(phrase));
  return m !== null && m.index === 0;
}

/**
 * A comparison said between a noun and its change (`营业收入比上年增长`, `数量较去年同期增加`,
 * `税收同比增长`, `与2019年相比增加`): it dates the change and is no part of the noun. After
 * 比/较 only a time counts (比亚迪 is a name, 比例 a noun).
 */
const COMPARED_WITH =
  /(?:同比|环比|(?:比|较)(?:上年|去年|前年|上一年|往年|上月|上季度|上半年|年初|同期|\d{2,4}年)[^，,。；;、]{0,8}|(?:与|和|同)[^，,。；;、]{1,12}(?:相比|相较|比较))$/;

/**
 * Bodies and people a verb right after a classifier may describe (帮扶企业, 结对村, 包联干部).
 * (领导 is a verb too, and no head of people elsewhere; after a verb it is the leader: 挂钩领导, 分管领导)
 */
export const HEADS_AFTER_VERB = new WordSet([...[...BODY_HEADS, ...PERSON_HEADS].filter((h) => h.length > 1), '领导', '村', '户']);

/** Verbs of founding bodies, never done to people (not 新增: `新增兼职党建指导员24名`). */
export const FOUNDING_BODIES = new Set(['组建', '成立', '建立', '设立', '创建', '筹建', '建成']);

/** People and bodies, who may do a verb said after them. */
export const DOER_HEADS = [...PERSON_HEADS, ...BODY_HEADS];

/** Whether a phrase ends in a head of people (党员, 骑手, 专家), not a word in 家 that names none (国家, 厂家). */
export function endsWithPersonHead(s: string): boolean {
  return PERSON_HEADS.some((h) => s.endsWith(h)) && !NOT_PEOPLE_IN_JIA.test(s);
}
/** Words in 家 that name no people (企业家, 专家 do): a country, a maker, a home. */
const NOT_PEOPLE_IN_JIA = /(?:国家|厂家|商家|农家|娘家|回家|万家|千家|东家)$/;

export const isHanAt = (text: string, i: number) => text.charCodeAt(i) >= 0x4e00 && text.charCodeAt(i) <= 0x9fff;

/**
 * Verbs of ours that name a fund by what it is for (帮扶资金, 慰问金), not what is done with it (筹集资金);
 * words that are no verbs of ours (奖补, 配套, 保障) name their funds without it.
 */
export const FUND_NAMING_VERBS = new Set(['帮扶', '慰问', '救助', '扶持', '补助', '奖励', '资助', '启动', '建设', '发展', '服务', '培训',
  // (found by running verbs of ours through `V资金560万元`: 补贴资金, 改造资金, 宣传经费…)
  '补贴', '引导', '研发', '运营', '维修', '改造', '宣传', '安置', '孵化', '整治',
  // (fees named by the service they pay for: 办理费用, 检测费用)
  '办理', '检测']);
/** A fund's word (资金, 经费, 费用, 基金, 款, 金). */
export const FUND_WORD = '(?:资金|经费|费用|基金|奖金|款项?|金)';
export const FUND_AFTER_VERB_AT = new RegExp(FUND_WORD, 'y');

/** `以快递员、外卖骑手为主的`, `以青年为主体的`: what the counted are mostly made of, said before 的. */
export const MAKEUP_BEFORE_DE = /^以[^，,。；;的\n]{1,24}?为(?:主体?|代表|骨干|重点)的/;

/** Whether `c` goes on counting what `prev` counted: the same unit, in the same sentence. */
export function countsTheSame(text: string, prev: RawCount, c: RawCount): boolean {
  return prev.unit === c.unit && inOneSentence(text, prev, c);
}

/** Whether no sentence ends between two counts. */
export function inOneSentence(text: string, prev: RawCount, c: RawCount): boolean {
  return !/[。;；!?！？]/.test(text.slice(prev.end, c.start));
}

/** `phrase` without a comparison at its end (see COMPARED_WITH); empty when it was nothing else. */
export function withoutComparison(phrase: string): string {
  const m = COMPARED_WITH.exec(phrase);
  return m ? phrase.slice(0, m.index) : phrase;
}

/** A physical size (not a count: the spec leaves areas and lengths out), as a clause before 的 may give it. */
const SIZE_IN = /\d(?:[\d.,]*)(?:多|余)?(?:平方米|平方公里|公里|米|亩|层|吨)/;

/** A relative clause longer than this is a sentence of its own, not part of the noun's name. */
const NAMING_CLAUSE_MAX = 6;

/** What the party's 的 is of in a term (党的工作, 党的组织, 党的建设, 党的领导). */
const PARTYS_AFTER_DE = /^(?:工作|组织|建设|领导)/;
/** Whether the 的 at `de` in `s` is the party's of a term (`党的工作`, `党的组织`), no clause's. */
export function partysDe(s: string, de: number): boolean {
  return s[de - 1] === '党' && PARTYS_AFTER_DE.test(s.slice(de + 1, de + 3));
}
/**
 * The noun a long relative clause describes (`在…方面存在的难点问题` → `难点问题`):
 * the words after the last 的, when those before it hold a verb (our lexicon's,
 * or one jieba tags). A short one stays, as written: it names the thing
 * (`企业反映的问题`, `群众关心的问题`); `党的建设` has no verb.
 */
export function relativeClauseHead(subject: string): string {
  // (`以党员为骨干的志愿服务队`: what it is made of, however short, describes the noun after it)
  const makeup = MAKEUP_BEFORE_DE.exec(subject);
  if (makeup && subject.length - makeup[0].length >= 2) return subject.slice(makeup[0].length);
  const de = subject.lastIndexOf('的');
  if (de <= NAMING_CLAUSE_MAX || subject.length - de - 1 < 2) return subject;
  // (nor is the 的 of a book title: `《关于加强党建工作的意见》等文件`)
  if (subject.indexOf('》', de) > 0 && subject.lastIndexOf('《', de) >= 0) return subject;
  // (the 的 of the party's work or bodies is a term's, no clause's: `…社会组织党的工作覆盖率`)
  if (partysDe(subject, de)) return subject;
  const clause = subject.slice(0, de);
  // (a size before 的 describes too: `面积1200平方米的党群服务中心`)
  const hasVerb = verbsIn(clause).length > 0 || (!/[\d]/.test(clause) && (tagWords(clause).some((w) => w.tag === 'v') || endsInAVerbalNounDone(clause))) || SIZE_IN.test(clause);
  return hasVerb ? subject.slice(de + 1) : subject;
}

/**
 * `已开业投产、并在城区经营的…`, `海淀经营的…`: a verbal noun of jieba's closing the clause right
 * after a place, or after a preposition, an adverb or a conjunction, is done there, a verb
 * (`党建工作的…`, with nouns only before it, stays a noun).
 */
function endsInAVerbalNounDone(clause: string): boolean {
  const words = tagWords(clause);
  const last = words.length - 1;
  return last >= 1 && words[last].tag === 'vn' && (words[last - 1].tag === 'ns' || words.some((w, i) => i < last && /^(?:p|d|c)$/.test(w.tag)));
}

/** 从 or 由 closing a noun before a figure, a unit it is per between (`由每度`): where a change starts from. */
const CHANGE_START_END = /[从由](?:每[\u4e00-\u9fff])?$/;
/**
 * `办理费用从93元降至75元`, `用电成本由每度0.8元降至0.6元`: 从 or 由 right before the first figure
 * of a change (and a unit it is per) is no part of the noun changed; one that ends a word
 * (理由, 服从) stays.
 */
export function withoutChangeStart(s: string): string {
  const last = s[s.length - 1];
  if (last !== '从' && last !== '由' && s[s.length - 2] !== '每') return s;
  const m = CHANGE_START_END.exec(s);
  if (!m || m.index === 0) return s;
  const word = tagWords(s).find((w) => w.start === m.index);
  return word && word.word.length === 1 ? s.slice(0, m.index) : s;
}

export function stripPreposition(s: string): string {
  const length = prepositionLength(s);
  // (nor one opening a noun of ours that holds a verb: `在岗职工`)
  if (length === 0 || s.length <= 2 || opensWithNounHoldingVerb(s)) return s;
  // `从业人数`, `以上`: the character starts a word of its own, as jieba reads it
  return tagWords(s)[0].word.length > length ? s : s.slice(length);
}
