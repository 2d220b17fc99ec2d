// Subject and action binding: what a number counts and what was done to it.
// Reads the clause around each count in both word orders:
//   numeral+classifier before the noun: 选派206名党员干部职工 → 党员干部职工, 选派
//   after the noun:                     解决问题352件 → 问题, 解决
//   carried over from the clause before: 收集问题531个,已解决439个 → 问题
import { BODY_HEADS, CHANGE_TO_VERBS, CHANGE_VERBS, LINKING_VERBS, MEASURE_NOUNS, PERSON_HEADS, SETTING_UP_MANNERS } from '../../lexicon/words.js';
import {
  ADJECTIVE_ADVERBS,
  CLAUSE_END,
  isClauseEndAt,
  endsWithPreposition,
  functionWordLength,
  helperVerbs,
  leadingFunctionWords,
  lightVerbs,
  mayStartFunctionWord,
  nounEndingLengthAt,
  nounsWithVerbsIn,
  prepositionLength,
  PUTTING_IN,
  SETTING_UP_VERBS,
  startsWithAdverb,
  startsWithPreposition,
  unquote,
  verbsIn,
  type Word,
} from './clause.js';
import type { UnitKind } from '../../lexicon/units.js';
import { OUTLINE_NUMBER, lastMatch, longestFirst, startsAt } from '../../text/patterns.js';
import { tagWords, type TaggedWord } from '../../text/segment.js';
import { longestAt } from '../places/gazetteer.js';

export interface RawCount {
  value: number;
  unit: string;
  kind: UnitKind;
  approx: 'exact' | 'over' | 'under' | 'about';
  upper?: number;
  /** Span of the numeral-and-unit itself (with its approximation words). */
  start: number;
  end: number;
}

export interface Bound {
  subject: string | null;
  action: string | null;
  /** The span the evidence should cover: the count with its subject when that is adjacent. */
  start: number;
  end: number;
  /** The subject was carried over from the count before. */
  carried: boolean;
  /** Stands in a 将/把 construction, whose verb comes after the counted things. */
  disposal?: boolean;
  /** Where the count's evidence ends once bound (past the noun after it), for the count after it. */
  evidenceEnd?: number;
}

const MAX_PHRASE = 24;
/** 与/同, a partner (no figure, no verb), then a verb of doing together. */
const DONE_WITH_PARTNER = /^[与同][^\d、,，。;；的]{1,12}?(?:结成|结对|签约|签订|签署|共建|联建|合作|对接|携手|联合|共同|开展)/;
/** 以上 or 以下 opening the rest of a phrase. */
const ABOVE_OR_BELOW = /^以[上下]/;
/** An indicator a sum of money measures, named right before it (总投资2.2亿元, 年产值5000万元; the verb 投资 is none: 投资10亿元的项目). */
const INDICATOR_BEFORE = /(?:总投资|资产投资|投资额|产值|营收|收入|税收|销售额|利润|资金|经费|金额|总额)$/;

/** `/家`, `/人`, `/月`: a rate's unit written after a sum of money. */
const RATE_UNIT = /^\/(?:人次|平方米|平米|小时|[家人个户名次月年天周亩吨件单])/;

/** What a percentage before 的 measures up to, not a share of: `达95%的目标`. */
const MEASURED_UP_TO = '(?:目标|水平|要求|标准|比例|任务|程度|增幅|增速)';
const NOT_SHARE_HEADS = new RegExp(`^${MEASURED_UP_TO}`);
/** Words of a figure's change and time only (上升到目前的): nothing named of its own. */
const CHANGE_ONLY = /^(?:[上下]升|提高|提升|增长|增加|下降|降低|减少|达到|达|到|至|为|了|从|由|目前|现在|当前|今年|去年|年底|年初|的|[\d年月底末])*$/;
/** Qualities listed with 、 up to a 的: `政治素质好、党务经验丰富、责任心强的`. */
const QUALITIES_BEFORE_DE = /^(?:[^、的,，。;；\n]{2,10}、){1,5}([^、的,，。;；\n]{2,10})的/;
/** How a list of qualities ends (政治素质好、责任心强), or a level (社区级的): adjectives, not nouns. */
const QUALITY_END = /(?:好|强|高|优|硬|实|富|佳|突出|过硬|扎实|丰富|优秀|较强|较高|级)$/;
/** A subject that names a ratio: the count is of the ratio, verbs inside it included. */
const RATIO = /(?:比例|比率|比重|占比|率)$/;
/** A 在-phrase of place or field opening a clause (在生产和工作第一线, 在企业中, 在各园区内). */
const IN_PLACE = /^在[^,，。;；]{1,12}?(?:第一线|一线|中|上|里|内|期间|方面|领域)/;
/** Verbs of existence: after them stands what exists (a bare 有 only after a place: 园区有…), or its size (拥有5000平方米以上商务楼宇). */
const EXISTENTIAL = /(?:共有|现有|拥有|已有|尚有|还有|(?<=^|[区县市镇园省村内])有)(?=[\u4e00-\u9fff\d“‘])/g;
const linking = longestFirst(LINKING_VERBS);
/** 占 of a share (占全省的80%, 占地区生产总值的55%), not of a word of its own (占地面积, 占用, 占领, 占据, 占有, 占比). */
const SHARE_OF = '占(?![用领据有比]|地(?!区))';
/** `占全国…的52.7%`: a share opening the phrase before its figure. */
const SHARE_OPENS = new RegExp(`^(?:约|近|仅|超)?${SHARE_OF}`);
/** `城市基层党组织和党员占总数的70%`: the part, then its share. */
const PART_THEN_SHARE = new RegExp(`^(.{2,24}?)${SHARE_OF}`);
const NUMERAL_AHEAD = /^(?:[\d零〇一二两三四五六七八九十百千]|若干)/;
/** A figure ahead, after words of summing up or approximation (`共约220人`, `合计300余家`). */
const FIGURE_AHEAD = /^(?:共|合计|总计|累计|共计)?(?:约|近|超过?|逾|大约)?(?:[\d零〇一二两三四五六七八九十百千]|若干)/;
/** After 、 a short item with its own figure right after it (`18个驿站、幸福驿站4个`): the next count's noun. */
const ITEM_WITH_FIGURE = /^[^、,，。;；:：\d等]{2,12}[\d零〇一二两三四五六七八九十]/;
/**
 * Whether a list item at `at` has a figure of its own (`、企业12家`, `、覆盖企业35家`): a numeral
 * after a noun or a verb opening the item, not after a verb that follows a noun
 * (`、支部委员参加了为期3天的培训` is the list's last noun, then the clause's verb).
 */
function itemWithFigureAt(text: string, at: number, right: number): boolean {
  const m = ITEM_WITH_FIGURE.exec(text.slice(at, right + 2));
  if (m === null) return false;
  const verbs = verbsIn(m[0].slice(0, -1));
  return verbs.length === 0 || verbs[0].start === 0;
}
/** One of a whole (`的一员`, `的一部分`): said of the counted, not a noun they are. */
const ONE_OF = /^一(?:员|部分|分子|份子|环)/;
/** A role people take right after their count (`141人担任党建指导员`, `30名作为联络员`): what they are counted as. */
const ROLE_AFTER = /^(?:担任|出任|兼任|作为|成为)([\u4e00-\u9fff“”()（）]{2,16}?)(?=[,，。;；、]|$)/;
/**
 * What bodies earn or make, or need, after their count (16家企业总产值, 5家链主企业共性需求):
 * not what the count is of.
 */
const AMOUNT_OF_BODIES = /(?:总产值|产值|营业收入|营收|收入|税收|销售额|利润|产量|需求|诉求|难题|问题|困难|资源|力量)$/;
/** A ranking named by its size (世界500强, 百强 has no digits): part of the noun it stands in. */
const RANKING_AT = /^\d{2,4}强/;
/** An age or a generation inside a noun after the classifier: `3名35岁以下党员`, `12名18-35周岁青年`, `5名90后党员`. */
const AGE_AT = /^(?:\d{1,3}(?:[-—~至到]\d{1,3})?周?岁(?:及?以[上下]|以内)?|[5-9]0后|00后)/;
/** The writer's own place or the one just named (我县, 本市, 该区): who did it, never what was done. */
const OWN_PLACE = /^[我本该全][省市县区镇乡]$/;
/** Verbs of settling somewhere (企业落户园区, 项目落地经开区): after them stands where, not what settled. */
const SETTLING_VERBS = new Set(['落户', '落地', '入驻', '进驻', '扎根']);
const SETTLING_VERB = new RegExp([...SETTLING_VERBS].join('|'));
/** A place on its own: this district or park (我区, 园区内), a zone's or park's name, a base, the front line (一线, 基层). */
const PLACE_WORD = /^(?:[我本全该]?(?:区|县|市|镇|乡|街道)|辖区|片区|基地|一线|基层|农村|[\u4e00-\u9fff]{0,8}(?:园区|开发区|经开区|高新区|新区|产业园|工业园|科技园|产业基地))(?:内|中|里)?$/;

/** `s` names only a place (园区, 我区, 经开区, 泰兴, 南京市): what a verb of settling is followed by. */
function namesOnlyAPlace(s: string): boolean {
  if (PLACE_WORD.test(s)) return verbsIn(s).length === 0;
  return s.length >= 2 && longestAt(s, 0)?.length === s.length;
}

/**
 * Where a verb of settling with only a place after it (or nothing) starts in `subject`,
 * after the noun it follows (`项目落地经开区`, `企业落户`): what settled is the noun; -1 if none.
 */
function settlingVerbIn(subject: string): number {
  // (most subjects hold none: one test says so before the clause's verbs are read)
  if (!SETTLING_VERB.test(subject)) return -1;
  for (const v of verbsIn(subject)) {
    if (v.start >= 2 && SETTLING_VERBS.has(v.text) && (v.end === subject.length || namesOnlyAPlace(subject.slice(v.end)))) return v.start;
  }
  return -1;
}

/** [from, to) lies inside one pair of brackets that opened before it. */
function insideBrackets(text: string, from: number, to: number): boolean {
  if (/[)）]/.test(text.slice(from, to))) return false;
  const open = Math.max(text.lastIndexOf('(', from), text.lastIndexOf('（', from));
  const close = Math.max(text.lastIndexOf(')', from), text.lastIndexOf('）', from));
  return open > close && from - open < 200;
}

/** Offset `at` of `s` lies inside a “quotation” opened before it and not yet closed (as insideBrackets). */
function insideQuotes(s: string, at: number): boolean {
  return s.lastIndexOf('“', at) > s.lastIndexOf('”', at);
}

/**
 * What a verb leaves at the start of its object: aspect particles (了, 着, 过) and
 * a result complement (评选出, 收集到) — but 出资人 and 到岗 are words of their own.
 */
function stripComplement(s: string): string {
  if (/^[了着过]/.test(s)) return s.slice(1);
  if (/^[出到]/.test(s) && tagWords(s.slice(0, 4))[0]?.word.length === 1) return s.slice(1);
  return s;
}

/** The end of the clause containing `at`, across any counts in it. */
function sentenceEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && !isClauseEndAt(text, end) && end - at < 80) end += 1;
  return end;
}

/** Where the clause around [start, end) begins and ends, not crossing other counts. */
function clauseBounds(text: string, start: number, end: number, prevEnd: number, nextStart: number) {
  let left = start;
  // (an opening bracket not closed before the count starts an aside: `244名党员(含预备党员25名)`;
  // a closed one is part of a name: `主要出资人(负责人)担任…比例达40%`)
  let closed = 0;
  while (left > 0 && left > prevEnd && !isClauseEndAt(text, left - 1) && start - left < 60) {
    const ch = text[left - 1];
    if (ch === ')' || ch === '）') closed += 1;
    else if (ch === '(' || ch === '（') {
      if (closed === 0) break;
      closed -= 1;
    }
    left -= 1;
  }
  let right = end;
  while (right < text.length && right < nextStart && !isClauseEndAt(text, right) && right - end < 60) right += 1;
  return { left, right };
}

/**
 * The noun phrase right after a classifier (pre-position), up to a verb, an
 * adverb, a preposition, the end of the clause or another count. A 、-list goes
 * on (`47项咨询、培训、业务办理等服务事项`) unless a numeral follows the 、.
 * `governed`: a verb before the figure takes the counted as its object, so a verb
 * right after the classifier with a noun after it describes that noun
 * (`开展12场帮扶活动`, `推动45个共建项目落地`) rather than saying what the counted did.
 */
function phraseAfter(text: string, from: number, right: number, governed = false): { text: string; end: number } {
  // `24名政治素质好、党务经验丰富、责任心强的党员`: a list of qualities, then 的, then what is counted
  const qualities = QUALITIES_BEFORE_DE.exec(text.slice(from, right));
  if (qualities && QUALITY_END.test(qualities[1])) {
    const head = phraseAfter(text, from + qualities[0].length, right);
    if (/[\u4e00-\u9fff]/.test(head.text)) return head;
  }
  // `近两千名像朱师傅这样的骑手`: a likeness before 的, then what is counted
  const likeness = LIKENESS_BEFORE_DE.exec(text.slice(from, right));
  if (likeness) {
    const head = phraseAfter(text, from + likeness[0].length, right);
    if (/[\u4e00-\u9fff]/.test(head.text)) return head;
  }
  // `3000余名以快递员、网约配送员为主的新就业形态劳动者`: what they are mostly made of, then what is
  // counted; so with a size: `3个面积超500平方米的活动阵地`
  // or a figure compared: `34座税收超亿元的高端楼宇`, `5家员工超100人的企业`
  const makeup = MAKEUP_BEFORE_DE.exec(text.slice(from, right)) ?? SIZE_BEFORE_DE.exec(text.slice(from, right)) ?? COMPARED_FIGURE_BEFORE_DE.exec(text.slice(from, right));
  if (makeup) {
    const head = phraseAfter(text, from + makeup[0].length, right);
    if (/[\u4e00-\u9fff]/.test(head.text)) return head;
  }
  let i = from;
  const verbs = verbsIn(text.slice(from, right), from);
  // single-character adverbs and prepositions (地, 共, 为) are often a character of a word
  // (地域, 公共, 行为): jieba's words say which, looked up only when one is met
  let words: Map<number, TaggedWord> | undefined;
  const wordAt = (at: number) => {
    words ??= new Map(tagWords(text.slice(from, right)).map((w) => [from + w.start, w]));
    return words.get(at);
  };
  const partOfNoun = (at: number) => {
    const word = wordAt(at);
    // inside a word that began before it (公共), or the first character of a noun (地域), verbal
    // ones among them (经费/vn: jieba's tag; our verbs were read before)
    return !word || (word.word.length > 1 && (word.tag.startsWith('n') || word.tag === 'vn'));
  };
  const adjectiveAt = (at: number) => {
    const word = wordAt(at);
    return word !== undefined && word.word.length > 1 && (word.tag === 'a' || word.tag === 'ad' || word.tag === 'b');
  };
  const nounWordAt = (at: number) => {
    const word = wordAt(at);
    return word !== undefined && word.word.length > 1 && (word.tag.startsWith('n') || word.tag === 'vn' || word.tag === 'v' || word.tag === 'j');
  };
  const verbWordAt = (at: number) => {
    const word = wordAt(at);
    return word !== undefined && word.word.length > 1 && /^vn?$/.test(word.tag);
  };
  let depth = 0; // brackets opened inside the phrase: `县(市、区)` is a name
  while (i < right && i - from < MAX_PHRASE) {
    // (a character at a time: tested by character first, the patterns only where one may start)
    const ch = text[i];
    // `作为10支服务分队之一`: one of them is said of the sentence's topic, the count is of the teams
    if (ch === '之' && i > from && i + 1 < right && text[i + 1] === '一') break;
    // `5个过亿元项目`: 过/超 before an amount qualifies the noun; it is no particle or adverb here
    if ((ch === '过' || ch === '超') && i + 1 < right && '亿万千百'.includes(text[i + 1])) {
      i += 1;
      continue;
    }
    // `13个“天目共富联盟”`, `…的“双强”示范村`: a quoted name right after the classifier is read
    // whole, whatever words its characters make (共, 强); a quoted list or sentence is not a name
    if (i === from && (ch === '“' || ch === '‘')) {
      const close = text.indexOf(ch === '“' ? '”' : '’', i + 1);
      if (close > i + 1 && close < right && close - i <= 16 && !/[、,，。;；:：!?！？]/.test(text.slice(i + 1, close))) {
        i = close + 1;
        // (a name that ends as bodies and places do is whole: `“天目共富联盟”定向帮扶` goes on
        // with other words; `“双强”示范村` does not end so, and its noun follows)
        if (endsWithNounEnding(text.slice(from + 1, close)) && !startsWithAWordEndingAsNouns(text.slice(i, Math.min(right, i + 6)))) break;
        continue;
      }
    }
    const verbHere = verbs.find((v) => v.start === i);
    if (verbHere) {
      if (i === from && nominalVerbAt(text, i, right)) return { text: verbHere.text, end: verbHere.end };
      // `15名扎根基层的优秀党员`, `86位换届试点乡镇的党委书记`: a clause holding a verb, then 的,
      // then people or bodies: those are counted, the clause describes them
      // (not where people or bodies stand before the verb: `153名党员干部参与的…团队` counts them)
      if (i - from <= 6 && !(i > from && endsWithCountedHead(text.slice(from, i)))) {
        const described = describedAfterDe(text, from, right);
        if (described) return described;
      }
      // `25个帮扶企业`, `3名结对干部`: right after the classifier a verb before the bodies or people
      // it names is part of the noun (nothing else would be counted)
      // (so is one before a sum's noun: `5000元的慰问金`, `100万元帮扶资金`)
      // (and a verb of what is new, before any noun: `16家新建社会组织党组织`, `5家新入驻企业`)
      // (新 itself, or the verb after it: 新入驻)
      const saysNew = text[from] === '新' && i <= from + 1;
      // (the object of a verb before the figure: a verb of ours right after the classifier with a
      // noun after it that is none of our verbs describes the noun, `12场帮扶活动`, `2条服务热线`;
      // not joining or putting into, `12家加入联盟`; jieba's one word for both, 解决问题, is no noun after it)
      if (governed && i === from && !PUTTING_IN.has(verbHere.text) && !verbs.some((v) => v.start === verbHere.end) && nounWordAt(verbHere.end)) {
        i = verbHere.end;
        continue;
      }
      // (so are verbs in a row before such a head: `12个对口帮扶村`)
      if (i === from && verbs.some((v) => v.start === verbHere.end)) {
        let j = verbHere.end;
        for (let next = verbs.find((v) => v.start === j); next; next = verbs.find((v) => v.start === j)) j = next.end;
        if (startsAt(HEAD_AFTER_VERB_AT, text, j)) {
          i = j;
          continue;
        }
      }
      if (
        (i === from && (startsAt(HEAD_AFTER_VERB_AT, text, verbHere.end) || startsAt(FUND_AFTER_VERB_AT, text, verbHere.end))) ||
        (saysNew && verbHere.end < right && isHanAt(text, verbHere.end) && !verbs.some((v) => v.start === verbHere.end))
      ) {
        i = verbHere.end;
        continue;
      }
      // `3项亲企助企工作机制`: a verb inside a name of a kind of work that ends the clause (机制,
      // 模式, 平台) describes it
      // (not after people or bodies, who do the verb: `12名党员服务企业…`, `近万家企业搭建…平台`;
      // nor a verb setting one up, whose object it is: `搭建资源共享平台`)
      if (
        startsAt(KIND_OF_WORK_AHEAD, text, verbHere.end) &&
        !SETTING_UP_VERBS.has(verbHere.text) &&
        !DOER_HEADS.some((h) => text.slice(from, i).endsWith(h))
      ) {
        i = verbHere.end;
        continue;
      }
      break;
    }
    if (mayStartFunctionWord(ch)) {
      const rest = text.slice(i, right);
      // `12家规模以上企业`, `5个市级以上示范点`: 以上/以下 after a word of size or level is part
      // of the noun (after a figure it is an approximation, read with the figure)
      if (i > from && ABOVE_OR_BELOW.test(rest) && !/[\d零〇一二两三四五六七八九十百千万亿]/.test(text[i - 1])) {
        i += 2;
        continue;
      }
      // (or the first of a noun that holds a verb: the 就 of 就业形态 in 新就业形态劳动者)
      if (functionWordLength(rest) === 1 && (partOfNoun(i) || nounsWithVerbsIn(rest.slice(0, 8)).some(([a]) => a === 0))) {
        i += 1;
        continue;
      }
      // `3名以上正式党员`: right after the classifier an adjective (正式/ad), not the adverb 正;
      // `60名从业人员`: nor a verb's first character (从业/v), not the preposition 从
      if (i === from && functionWordLength(rest) === 1 && (adjectiveAt(i) || verbWordAt(i))) {
        i += 1;
        continue;
      }
      // (an adjective's adverb describes the noun: `5家重点企业`; 统一 before a verb is the verb's, `企业支部统一配发`)
      const adjective = ADJECTIVE_ADVERBS.has(rest.slice(0, functionWordLength(rest))) && !(rest.startsWith('统一') && verbsIn(rest.slice(2, 6))[0]?.start === 0);
      if (startsWithAdverb(rest) && !adjective) {
        // `党群共享阵地。`: a few characters to the clause's end with no verb are the noun's own (共享, not the adverb 共)
        // (to the clause's end, not to the next count's figure: `3家银行共12家`)
        if (i > from && functionWordLength(rest) === 1 && rest.length <= 4 && /^[\u4e00-\u9fff]+$/.test(rest) && (right >= text.length || isClauseEndAt(text, right)) && verbsIn(rest).length === 0) i = right;
        break;
      }
      if (startsWithPreposition(rest) && (i === from || !/^(?:和|与|同|以及)(?![\d零〇一二两三四五六七八九十百千])/.test(rest))) {
        // (`2000多名在园区工作的青年`: a clause of where, then 的, then people or bodies: those are counted)
        const described = i === from ? describedAfterDe(text, from, right) : null;
        if (described) return described;
        break;
      }
      // `14个村居与企业结成共建对子`: 与/同 before a partner and a verb of doing together is the
      // preposition, not a conjunction: the partner is no part of what is counted
      if (i > from && (ch === '与' || ch === '同') && DONE_WITH_PARTNER.test(rest)) break;
    }
    // (digits end the phrase, but for a ranking's name inside it, `世界500强分支机构`, or an age, `35岁以下党员`)
    const ranking = ch >= '0' && ch <= '9' ? RANKING_AT.exec(text.slice(i, i + 6)) ?? AGE_AT.exec(text.slice(i, i + 12)) : null;
    if (ranking) {
      i += ranking[0].length;
      continue;
    }
    // `超过60%的党员是80后`: the copula, a word of its own, ends the noun (not 是 inside 但是, 就是)
    // (right after the classifier too: `其中8名是一线职工` says what they are, the noun was named before)
    if (ch === '是' && wordAt(i)?.word === '是') break;
    // `86家园区党工委书记以及…书记等共约220人`: 等 closes a list whose figure follows (共, 约 between)
    if (ch === '等' && i > from && FIGURE_AHEAD.test(text.slice(i + 1, i + 8))) {
      i += 1;
      break;
    }
    if (ch === '的' || (ch === '、' && (NUMERAL_AHEAD.test(text.slice(i + 1, right)) || itemWithFigureAt(text, i + 1, right))) || (ch >= '0' && ch <= '9')) break;
    if (ch === '、' && i === from) break;
    // `两会会员210人及部分成员家属`: a conjunction right after the classifier joins another noun to
    // the one named before the figure; nothing is named after it
    if (i === from && (ch === '及' || ch === '和' || ch === '与' || (ch === '以' && text[i + 1] === '及'))) break;
    // `90多个村中有32个`: among those, a figure of some of them follows
    if ((ch === '中' || ch === '里') && text[i + 1] === '有' && i > from) break;
    // `146个(其中…)`, `16家(净增12家)`: an aside; `县(市、区)` is a name; `)` closes the aside we are in
    const closing = ch === ')' || ch === '）' || ch === ']' || ch === '】';
    const opening = ch === '(' || ch === '（' || ch === '[' || ch === '【';
    if (closing && depth === 0) break;
    if (opening && (i === from || /^[(（\[【](?:其中|含|包括|即|分别|共|约|[\d])/.test(text.slice(i, right)))) break;
    if (opening) depth += 1;
    else if (closing) depth -= 1;
    i += 1;
  }
  let phrase = text.slice(from, i);
  // `3个联合建(覆盖13个社会组织)`: an aside the phrase opened and a verb inside it ended is no part of it
  if (depth > 0) phrase = phrase.slice(0, Math.max(phrase.lastIndexOf('('), phrase.lastIndexOf('（'), phrase.lastIndexOf('['), phrase.lastIndexOf('【')));
  // `百名干部带着任务…`: an aspect particle ended the phrase; the word before it is its verb
  if (/[了着过]/.test(text[i] ?? '') && phrase.length > 2) {
    const last = tagWords(phrase).at(-1);
    if (last && last.start > 0 && last.tag === 'v') phrase = phrase.slice(0, last.start);
  }
  phrase = withoutLocative(phrase);
  // `24名政治素质好、责任心强的党员`: qualities before 的 describe the noun after it, which is
  // counted; so does a clause led by a verb (`22名符合条件的人员`)
  // (`24家成为联盟的一员`: one of a whole, after the verb that says so, is no head noun; the
  // verb is the predicate, and nothing is named after the figure)
  if (text[i] === '的' && ONE_OF.test(text.slice(i + 1, i + 4)) && startsWithVerb(phrase)) return { text: '', end: from };
  // (`17家有少数党员的企业`: what the counted have, before 的, describes them too)
  if (text[i] === '的' && (phrase.includes('、') || QUALITY_END.test(phrase) || startsWithVerb(phrase) || /^有(?!限)/.test(phrase))) {
    const head = phraseAfter(text, i + 1, right);
    if (/[\u4e00-\u9fff]/.test(head.text)) return head;
  }
  // (`40名生活困难的老党员`, `32家新入驻园区的企业`: so does a phrase that describes, by a
  // verb or an adjective or as new, before people or bodies after 的; `3家企业的党员` counts the
  // firms, `12个小区的居民` the estates)
  if (text[i] === '的' && phrase.length >= 2 && describes(phrase)) {
    const head = phraseAfter(text, i + 1, right);
    if (head.text.length >= 2 && namesCountedThings(head.text)) return head;
  }
  // `4个部门负责人和金鹰、远航等8家…`: a list closed by 等 before a numeral belongs to the next count
  if (/等$/.test(phrase) && FIGURE_AHEAD.test(text.slice(i))) {
    // (以及 whole: its 及 alone would leave 以 behind)
    const both = phrase.lastIndexOf('以及');
    const joint = Math.max(phrase.lastIndexOf('和'), phrase.lastIndexOf('与'), phrase.lastIndexOf('及') - (both >= 0 && both === phrase.lastIndexOf('及') - 1 ? 1 : 0));
    if (joint > 0) phrase = phrase.slice(0, joint);
  }
  // `200名党员“一人一岗、一岗一责”`: a quotation the phrase opens and does not close
  // (the list inside it ended the phrase) names something else
  const quote = phrase.search(/[“‘「『]/);
  if (quote > 0 && !/[”’」』]/.test(phrase.slice(quote))) phrase = phrase.slice(0, quote);
  // `18个社区党群服务阵地“亲民化”改造`: a quotation closing the phrase right before a verb says
  // how that is done (亲民化改造), and is no part of what is counted
  if (/[”’」』]$/.test(phrase) && verbsIn(text.slice(i, Math.min(right, i + 4)))[0]?.start === 0) {
    const open = lastQuoteOpening(phrase);
    if (open >= 2) phrase = phrase.slice(0, open);
  }
  // `168项高频事项“自助办”`: a quotation after a whole noun, closing the clause, says what was made
  // of it (the clause's predicate), and is no part of it
  if (/[”’」』]$/.test(phrase) && CLAUSE_END.test(text[i] ?? '。')) {
    const open = lastQuoteOpening(phrase);
    if (open >= 2 && tagWords(phrase.slice(0, open)).at(-1)?.tag.startsWith('n')) phrase = phrase.slice(0, open);
  }
  // (a locative again once the head noun is cut from what followed it: `6条优势产业链上成立联盟党委`)
  // (and per head, which says how a figure after it is shared: `15户群众人均增收2万元`)
  const head = withoutLocative(headNounPhrase(phrase.replace(/[、和与]$/, '').replace(PER_HEAD_END, '')));
  return { text: head, end: from + head.length };
}

/** Whether `s` ends in a head of people or bodies (党员, 书记, 企业, 村), which a count counts. */
function endsWithCountedHead(s: string): boolean {
  return PERSON_HEADS.some((h) => s.endsWith(h)) || BODY_HEADS.some((h) => s.endsWith(h));
}

/** Whether a phrase before 的 describes (a verb, an adjective, 新) rather than names what has the noun after it. */
function describes(phrase: string): boolean {
  // (one that ends in people or bodies names them: `3名以上正式党员的企业`)
  if (phrase.startsWith('新')) return true;
  if (endsWithCountedHead(phrase)) return false;
  // (a size or level and 以上: `30家规模以上的企业`; an idiom or fixed phrase, jieba's i and l: `德才兼备`, `勤劳致富`)
  return /以[上下]$/.test(phrase) || verbsIn(phrase).length > 0 || tagWords(phrase).some((w) => /^(?:a|ad|an|v|vn|i|l|z)$/.test(w.tag));
}

/**
 * The people or bodies after a clause holding a verb from `from` to 的, within the clause
 * (`扎根基层的优秀党员` → 优秀党员), or null.
 */
function describedAfterDe(text: string, from: number, right: number): { text: string; end: number } | null {
  // (read within the clause, a dozen characters at most, not on through the article)
  let de = -1;
  for (let k = from; k < right && k <= from + 12; k++) {
    if (text.charCodeAt(k) === 0x7684 /* 的 */) {
      de = k;
      break;
    }
  }
  if (de < 0 || /[,，。;；、“”]/.test(text.slice(from, de))) return null;
  // (not one of a whole: `24家成为联盟的一员`)
  if (ONE_OF.test(text.slice(de + 1, de + 4))) return null;
  const head = phraseAfter(text, de + 1, right);
  return head.text.length >= 2 && namesCountedThings(head.text) ? head : null;
}

/** Whether a noun phrase names people, bodies or things set up, by its head (党员, 企业, 服务中心, 驿站). */
function namesCountedThings(s: string): boolean {
  return endsWithCountedHead(s) || endsWithNounEnding(s);
}

/** Whether `s` ends in a noun ending (联盟, 中心, 站) of up to four characters. */
function endsWithNounEnding(s: string): boolean {
  for (let k = 1; k <= 4 && k <= s.length; k++) if (nounEndingLengthAt(s, s.length - k) === k) return true;
  return false;
}

/** Whether the first word of `s`, as jieba reads it, ends in a noun ending (服务点, 站; not 定向). */
function startsWithAWordEndingAsNouns(s: string): boolean {
  if (!s || nounEndingLengthAt(s, 0) > 0) return s.length > 0;
  const first = tagWords(s)[0];
  return first !== undefined && endsWithNounEnding(first.word);
}

/** Where the last quotation in `phrase` opens (“, ‘, 「 or 『), -1 if none. */
function lastQuoteOpening(phrase: string): number {
  return Math.max(phrase.lastIndexOf('“'), phrase.lastIndexOf('‘'), phrase.lastIndexOf('「'), phrase.lastIndexOf('『'));
}

/**
 * `3260户个体工商户中已组建…`: a locative after the noun says where, it is not the noun
 * (jieba reads a district's or park's locative as one word with it, 区内, 园中: those are
 * known by their characters, and need no tagging).
 */
function withoutLocative(phrase: string): string {
  // (`38家规上企业中有35家…`: among them some are counted next; 有 is no part of the noun)
  if (/[中里内](?:已经|已|共|还)?有$/.test(phrase) && phrase.length > 3) return withoutLocative(phrase.replace(/(?:已经|已|共|还)?有$/, ''));
  // (`6条优势产业链上成立…`: on them; not the 上 of a word: 线上, 以上, 马上)
  if (!/(?:[中里内]|(?<![线以之马早晚路身手北向])上)$/.test(phrase) || phrase.length <= 2) return phrase;
  if (/[区园][中里内]$/.test(phrase)) return phrase.slice(0, -1);
  const last = tagWords(phrase).at(-1);
  return last && last.word.length === 1 && last.tag === 'f' ? phrase.slice(0, -1) : phrase;
}

/** `符合条件`, `参与活动`: a phrase led by a verb (our lexicon's, or jieba's) is a clause, not a noun. */
function startsWithVerb(phrase: string): boolean {
  if (phrase.length < 2) return false;
  if (verbsIn(phrase).some((v) => v.start === 0)) return true;
  const first = tagWords(phrase)[0];
  return first.tag === 'v' && first.word.length >= 2;
}

/** Per head, at a noun phrase's end (`群众人均`, `农户户均`): said of a figure after it. */
const PER_HEAD_END = /(?<=[\u4e00-\u9fff]{2})(?:[人户年月]均|平均)$/;

/** Whether a preposition of whom or what (对, 向, 给, 为), as jieba reads it, stands between a verb's object and a figure. */
function prepositionBetween(between: string): boolean {
  // (tested for the characters first: most phrases between a verb and its figure hold none)
  return between.length > 1 && /[对向给为]/.test(between) && tagWords(between).some((w, k) => k > 0 && w.tag === 'p' && /^(?:对|向|给|为|对于|针对)$/.test(w.word));
}

/** When, right after a verb: `推广后`, `成立以来`, `签约之前`. */
const AFTER_THE_DEED = /^了?(?:之?后|以后|以来|之?前|以前|时)\s*$/;

/** A preposition of place (在, 于, 到), not the 在 of 现在, 存在, 所在, 正在…, nor the 于 of a comparison (高于). */
const PLACE_PREPOSITION = /(?<![现存所正实自内好])在|(?<![对关属等由位高低大小多少])于|(?<![达受得])到/;

/** Kinds of count that are things made or set up, which one verb may govern a list of. */
const THINGS = new Set(['organizations', 'items']);

/** Having, right before a figure: `有着`, `拥有`, `有` (not 所有, 没有). */
const POSSESSION_BEFORE = /(?:有着|拥有|具有|(?<![所没共现已尚还])有)$/;

/** An article's 一 and a classifier right before a figure: `一支`, `一个`. */
const ARTICLE_BEFORE = /一[个支只批]\s*$/;

/** How those counted are spread or move, said after them: `分布零散`, `流动性强`, `分布较广`. */
const SAID_OF_SPREAD = /(?:分布|流动性?)(?:[较很更相对]{1,2}|不)?(?:零散|分散|集中|广泛|[广散强大])$/;

/** A phrase this long with no verb of our lexicon in it may still hold one we do not list. */
const LONG_PHRASE = 6;

/**
 * Where our lexicons found no verb to end a long phrase (`3名党员干部挂职企业党建指导员`),
 * jieba's tags find it: the phrase ends before the first verb after its first
 * word. A verb with only a short noun after it at the end is attributive and
 * stays (`党群共享阵地`). 、-lists are left to the lexicon rules.
 */
function headNounPhrase(phrase: string): string {
  // `600余名快递员、外卖骑手等新就业群体分布零散`: how the counted are spread or how they move,
  // said after them, is the clause's predicate
  const state = SAID_OF_SPREAD.exec(phrase);
  if (state && state.index >= 2) phrase = phrase.slice(0, state.index);
  // `指导37家企业党建工作`: the bodies are counted, not their party work
  if (phrase.endsWith('党建工作') && BODY_HEADS.some((h) => phrase.endsWith(h + '党建工作'))) return phrase.slice(0, -4);
  // `“快递小哥”穿梭…`: a verb right after a quoted noun ends the phrase there
  // (not one a noun ending makes a noun of: `“双强”示范村`)
  const close = phrase.lastIndexOf('”');
  if (close > 0 && close < phrase.length - 1 && !phrase.includes('、')) {
    const first = tagWords(phrase.slice(close + 1))[0];
    const after = close + 1 + first.word.length;
    // (nor one of a noun our lexicon knows: `“两新”组织党建工作指导员`)
    if (
      /^vn?$/.test(first.tag) && nounEndingLengthAt(phrase, after) === 0 && !startsAt(HEAD_AFTER_VERB_AT, phrase, after) &&
      !nounsWithVerbsIn(phrase).some(([a, b]) => a <= close + 1 && b > close + 1)
    ) {
      return phrase.slice(0, close + 1);
    }
  }
  if (phrase.length < LONG_PHRASE || phrase.includes('、') || /[\d“”"]/.test(phrase)) return phrase;
  const words = tagWords(phrase);
  // `1600余户大小商家星罗棋布`: an idiom after the noun says what they are like, and is no part of it
  const lastWord = words[words.length - 1];
  if (lastWord.tag === 'i' && lastWord.start >= 2) return phrase.slice(0, lastWord.start);
  // (a kind of work is named by its verbs: `亲企助企工作机制`, read to its end by phraseAfter)
  if (KIND_OF_WORK_END.test(phrase)) return phrase;
  // (jieba's verbs inside nouns our lexicon knows are none: 非公经济组织)
  let inNoun: Array<[number, number]> | undefined;
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    if (w.tag !== 'v' || w.start < 2) continue;
    inNoun ??= nounsWithVerbsIn(phrase);
    if (inNoun.some(([a, b]) => w.start < b && w.start + w.word.length > a)) continue;
    // (nor one a one-character noun ending follows as a word of its own: 聚集 区, 集合 点; not
    // 建立 台账, where the ending is a noun the verb acts on)
    const next = words[k + 1];
    if (next && next.word.length === 1 && nounEndingLengthAt(phrase, next.start) === 1) continue;
    // (nor one our lexicon does not know between two nouns, jieba's half of an industry's name:
    // 智能 制造 产业园, 装备 制造 企业)
    if (next && words[k - 1].word.length >= 2 && /^n/.test(words[k - 1].tag) && /^n/.test(next.tag) && !verbsIn(w.word).length) continue;
    // a verb acting on something (挂职 企业…) ends the phrase; one that only joins a last
    // word into a compound is jieba misreading a noun (预算 收入) or describing one (共享 阵地)
    const after = words.slice(k + 1);
    if (after.length === 1 && /^[vnj]/.test(after[0].tag) && after[0].word.length <= 3) continue;
    // a verb that ends the phrase is jieba misreading a noun (预算 收入) unless adjectives
    // or adverbs lead it: then it is the predicate (`党建指导员新老结合`), cut with them
    if (after.length === 0) {
      let cut = k;
      while (cut > 1 && /^(?:a|ad|d)$/.test(words[cut - 1].tag)) cut -= 1;
      if (cut === k || w.word.length < 2) continue;
      return phrase.slice(0, words[cut].start);
    }
    return phrase.slice(0, w.start);
  }
  return phrase;
}

const MANNERS = new Set(SETTING_UP_MANNERS);

/** `举办7期培训,`: a verb standing alone between a classifier and the end of the clause names the event. */
function nominalVerbAt(text: string, i: number, right: number): boolean {
  const v = verbsIn(text.slice(i, right)).find((w) => w.start === 0);
  if (!v || MANNERS.has(v.text)) return false;
  const after = text[i + v.end] ?? '';
  return after === '' || CLAUSE_END.test(after) || /[、和及]/.test(after);
}

/**
 * `91家非公企业党建指导员`: a body classifier before a person: the count is of the bodies;
 * so it is before what the bodies earn or make (`16家企业总产值超过2000亿元`).
 */
function cutToBody(phrase: string, kind: UnitKind): { phrase: string; cut: boolean } {
  if (kind === 'people' || kind === 'person-times' || kind === 'percent' || kind === 'money') return { phrase, cut: false };
  if (!PERSON_HEADS.some((h) => phrase.endsWith(h)) && !(kind === 'organizations' && AMOUNT_OF_BODIES.test(phrase))) return { phrase, cut: false };
  let best = -1;
  for (const h of BODY_HEADS) {
    const at = phrase.lastIndexOf(h);
    if (at >= 0 && at + h.length < phrase.length) best = Math.max(best, at + h.length);
  }
  return best > 0 ? { phrase: phrase.slice(0, best), cut: true } : { phrase, cut: false };
}

/** The verb right after the counted phrase, when it is said of the counted thing (`持证上岗`, `参与的`). */
function verbSaidOf(text: string, from: number, right: number): { verb: Word | null; intransitive: boolean } {
  const rest = text.slice(from, right);
  // (an adverb's characters may open the verb itself: 单独建, 联合组建)
  const skip = verbsIn(rest)[0]?.start === 0 ? 0 : leadingFunctionWords(rest);
  const verbs = verbsIn(rest.slice(skip), from + skip);
  const v = verbs[0];
  if (!v || v.start !== from + skip) return { verb: null, intransitive: false };
  let clauseEnd = v.end;
  while (clauseEnd < text.length && !isClauseEndAt(text, clauseEnd) && clauseEnd - v.end < 40) clauseEnd += 1;
  const after = text.slice(v.end, clauseEnd);
  // Said of it: the clause ends (or nearly: 纳入管理), or a relative clause (参与的…).
  const intransitive = after.length <= 2 || after.startsWith('的');
  return { verb: v, intransitive };
}

function measureNounSubject(subject: string): string | null {
  const measure = MEASURE_NOUNS.find((m) => subject.endsWith(m));
  if (!measure) return null;
  const head = subject.slice(0, subject.length - measure.length);
  const verbs = verbsIn(head + '。');
  return verbs.length === 1 && verbs[0].start === 0 && verbs[0].text === head ? head : null;
}

/**
 * Subject and action of one count. A percentage followed by the verb that ends
 * its clause measures that verb (`实现党的工作100%覆盖`: 党的工作覆盖, 覆盖).
 */
export function bind(text: string, c: RawCount, prev: (RawCount & Bound) | null, nextStart: number): Bound {
  let bound = withoutTimeInSubject(text, bindPhrase(text, c, prev, nextStart));
  // `人均增收800元`: a per-head word alone names nothing counted; the change does, as `630人次参与` does
  // (with no verb it stays what the figure is of: `人均达3万元`)
  if (bound.subject && bound.action && PER_UNIT_ONLY.test(bound.subject)) bound = { ...bound, subject: bound.action };
  // `部分成员家属等合计近400人`: the 等 closing a list before its figure is no part of the noun
  if (bound.subject && bound.subject.length > 3 && bound.subject.endsWith('等')) bound = { ...bound, subject: bound.subject.slice(0, -1) };
  if (c.kind === 'people' || c.kind === 'person-times') return peopleOnly(text, bound);
  if (c.kind !== 'percent') return bound;
  const verb = verbsIn(text.slice(c.end, sentenceEnd(text, c.end)), c.end)[0];
  const gap = verb ? text.slice(c.end, verb.start) : '';
  if (!verb || !/^全?$/.test(gap) || verb.end !== sentenceEnd(text, c.end)) return bound; // (全覆盖)
  return Object.assign({}, bound, { subject: (bound.carried ? '' : bound.subject ?? '') + verb.text, action: verb.text, end: verb.end, carried: false });
}

/** Per head, per household, per year, on average: said of a figure, never what it counts. */
const PER_UNIT_ONLY = /^(?:人均|户均|年均|月均|平均|每人|每户)$/;

/** What is done for people, named before their figure (`解决就业25人`, `带动群众就业410人`): no one counted. */
const DONE_FOR_PEOPLE = /(?:再?就业|创业|就业问题|就业难题|务工)$/;

/**
 * What is said of people counted that is no part of them. Where they come from (`来自…`).
 * What was done for them (`解决就业25人`): what is counted is the people before it
 * (`解决群众就业410人` → 群众) or no one (RECORD.md: `为39人解决就业问题`). A verb setting
 * up bodies (`新组建非公企业党支部书记80多人`) says what the bodies are, and is not done to
 * the people.
 */
function peopleOnly(text: string, bound: Bound): Bound {
  let { subject, action } = bound;
  let start = bound.start;
  // `来自…部门、…企业负责人等280多人`: where they come from is said of them, and no part of them
  // (before 的 it is a relative clause, whose head is already what is counted)
  if (subject?.startsWith('来自') && subject.length > 4) {
    subject = subject.slice(2);
    if (text.startsWith('来自', start)) start += 2;
  }
  const doneFor = subject ? DONE_FOR_PEOPLE.exec(subject) : null;
  if (subject && doneFor) {
    const rest = subject.slice(0, doneFor.index);
    subject = rest.length >= 2 && PERSON_HEADS.some((h) => rest.endsWith(h)) ? rest : null;
  }
  if (action && FOUNDING_BODIES.has(action) && subject && PERSON_HEADS.some((h) => subject!.endsWith(h))) {
    action = null;
    // (the evidence then starts at what is counted)
    const at = text.indexOf(subject, start);
    if (at >= 0 && at < bound.end) start = at;
  }
  return subject === bound.subject && action === bound.action ? bound : { ...bound, subject, action, start };
}
/** Verbs that name the money they raise, lend or give (集资1200元 is money raised: 集资). */
const MONEY_VERBS = new Set(['融资', '集资', '筹资', '募资', '捐款', '捐资', '出资', '贷款', '放贷']);
/** Verbs of building and rebuilding places, said side by side of one object (新建改建, 新建扩建). */
const BUILDING_VERBS = new Set(['新建', '改建', '扩建', '改造', '提升', '建成', '建设', '修缮', '维修', '改扩建']);
/** Verbs of founding bodies, never done to people (not 新增: `新增兼职党建指导员24名`). */
const FOUNDING_BODIES = new Set(['组建', '成立', '建立', '设立', '创建', '筹建', '建成']);

/**
 * A time said inside the noun phrase before a figure (`安康高新区2019年生产总值`, `该区今年上半年
 * 税收收入`, `全区1-6月规上工业产值`) dates the figure: what is counted is named after it, and
 * whatever stands before it (the place, the body) is the sentence's topic. Only times with a
 * figure or a named year: 年度党建考核, 年产值 are nouns.
 */
const TIME_IN_SUBJECT = new RegExp(
  String.raw`(?:(?:\d{2,4}|[〇零一二三四五六七八九]{2,4}|[今去前明本当])年(?:度|底|末|初)?|[上下]半年)` +
    String.raw`(?:(?:[上下]半年|前?[一二三四\d]季度)|\d{1,2}(?:[-—~至到]\d{1,2})?月(?:份|底|末|初|[上中下]旬)?)?` +
    String.raw`|前?[一二三四\d]季度|\d{1,2}(?:[-—~至到]\d{1,2})?月(?:份|底|末|初|[上中下]旬)?`,
  'g',
);

function withoutTimeInSubject(text: string, bound: Bound): Bound {
  const subject = bound.subject;
  if (!subject || bound.carried || !/[\d年季月]/.test(subject)) return bound;
  const time = lastMatch(TIME_IN_SUBJECT, subject);
  if (!time) return bound;
  const cut = time.index + time[0].length;
  const rest = subject.slice(cut);
  if (rest.length < 2 || !/^[\u4e00-\u9fff“"]/.test(rest)) return bound;
  // (the evidence starts at the rest when it started at the subject)
  const start = text.startsWith(subject, bound.start) ? bound.start + cut : bound.start;
  return { ...bound, subject: rest, start };
}

function bindPhrase(text: string, c: RawCount, prev: (RawCount & Bound) | null, nextStart: number): Bound {
  const { left, right } = clauseBounds(text, c.start, c.end, prev?.end ?? 0, nextStart);
  const before = text.slice(left, c.start);
  const none: Bound = { subject: null, action: null, start: c.start, end: c.end, carried: false };

  // --- pre-position: a noun phrase follows the classifier --------------------
  // `八成以上的会员企业`, `70%的企业`: a share of the noun after 的 (not of `…95%的目标`)
  const shareOf = c.kind === 'percent' && text[c.end] === '的' && !NOT_SHARE_HEADS.test(text.slice(c.end + 1, c.end + 3));
  // `推进20个左右的现代服务聚集区`: an approximate figure before 的, right after a verb or at the
  // clause's start, counts the noun after it; after a noun it measures that noun, and what follows
  // 的 is what it describes (`员工100人以上的企业`, `得分在85分以上的党组织`)
  const approxOf =
    !shareOf && text[c.end] === '的' && /(?:左右|以上|以下|上下)$/.test(text.slice(c.start, c.end)) && !NOT_SHARE_HEADS.test(text.slice(c.end + 1, c.end + 3)) &&
    (/^[\s、,，和及]*$/.test(text.slice(Math.max(left, prev?.evidenceEnd ?? 0), c.start)) || verbsIn(before).at(-1)?.end === before.length);
  // `给予2000元的奖励`, `筹集100万元的帮扶资金`: money before 的 is the sum of the noun after it
  // (a noun, not a verb's clause: `投入50万元的用于…`; not what it measures up to: `…万元的目标`)
  // (not where an indicator names the sum right before it: `前往总投资2.2亿元的项目现场` measures 总投资)
  const sumOf = c.kind === 'money' && text[c.end] === '的' && !NOT_SHARE_HEADS.test(text.slice(c.end + 1, c.end + 3)) && !INDICATOR_BEFORE.test(before);
  // `组建一支50人的志愿服务队`, `有一个近200人的微信群`: people after an article's 一 and a
  // classifier, before 的, are the size of the group named after 的, which is what is counted
  const sizeOf = c.kind === 'people' && text[c.end] === '的' && ARTICLE_BEFORE.test(before);
  // `下拨2000元/家党建经费`: a rate's unit after the figure is no part of the noun
  const rate = RATE_UNIT.exec(text.slice(c.end, right));
  // (a verb before the figure, or 将/把 putting it before one, takes the counted as an object)
  // (things and events only: after people or bodies a verb with its object is what they did, `选派干部141人担任…`,
  // after money what it paid for, `投资5000万元建设厂房`)
  // (whether a verb stands before the figure in its clause: read once, and only when asked)
  let verbBeforeRead: boolean | undefined;
  const verbBefore = () => (verbBeforeRead ??= verbsIn(before).length > 0);
  const governed = (c.kind === 'items' || c.kind === 'events') && (verbBefore() || /[将把]\s*$/.test(before));
  const following = phraseAfter(text, shareOf || approxOf || sumOf || sizeOf ? c.end + 1 : rate ? c.end + rate[0].length : c.end, right, governed);
  let after = following.text;
  // `签约项目10个,其中5个开工`: a verb alone after the classifier, with no verb before the figure
  // to take it as an object, is said of the things counted just before (events are named by
  // their verb: `其中3场培训`; with a verb before, it is its object: `举办7期培训`)
  // (so is a verb and its object after some of them said to exist: `118家规上企业中,已有96家建立党组织`)
  if (
    after && c.kind !== 'events' && prev?.subject && prev.unit === c.unit && !/[。!?！？;；]/.test(text.slice(prev.end, c.start)) &&
    !verbBefore() && (verbsIn(after).some((v) => v.text === after) || (/有\s*$/.test(before) && verbsIn(after)[0]?.start === 0))
  ) {
    after = '';
  }
  // `捐资70万元修建的公益图书馆`: money spent on what a relative clause names is not that thing
  if (c.kind === 'money' && !sumOf && text.slice(c.end, following.end).includes('的')) after = '';
  // `出资15万元提升阵地建设`: money before a verb and its object paid for that, which is no thing
  // counted (but a verb before a fund's noun names it: `100万元帮扶资金`)
  // (a verb as jieba reads it: ours make a noun before 阵地, 基地…)
  if (c.kind === 'money' && !sumOf && after) {
    const first = tagWords(after)[0];
    if (first.tag === 'v' && first.word.length > 1 && !startsAt(FUND_AFTER_VERB_AT, after, first.word.length)) after = '';
  }
  // `近400人欢聚一堂`: an idiom after the figure says what they did, and names nothing counted
  if (after.length === 4 && isHanAt(text, following.end - 1)) {
    const words = tagWords(after);
    if (words.length === 1 && words[0].tag === 'i') after = '';
  }
  // `年产值突破10亿元大关`: a milestone (大关) names no thing; what reached it stands before the figure
  if (after === '大关' || after === '关口') after = '';
  // a percentage counts the noun after it (`70%以上非公企业`), never a verb (`30.7%上升到…`);
  // after 的 the head noun may open with a verb's character (`85%以上的就业岗位`): only a verb alone is none
  if (c.kind === 'percent' && after && (after.length < 2 || (shareOf ? verbsIn(after).some((v) => v.text === after) : tagWords(after)[0]?.tag === 'v' || verbsIn(after).some((v) => v.start === 0)))) after = '';
  // `上榜数增加至23家作出积极贡献`: a verb jieba knows (our lexicon does not), acting on an object
  // after it, starts the next predicate; it names nothing counted
  // (a word is at most four characters: jieba is asked only about phrases that short)
  if (after.length >= 2 && after.length <= 4 && c.kind !== 'percent' && !shareOf && isHanAt(text, following.end)) {
    const words = tagWords(after);
    if (words.length === 1 && words[0].tag === 'v' && verbsIn(after).length === 0) after = '';
  }
  // `指导员共3000多人参加`: a verb alone after the figure says what the counted did, and a noun
  // before the figure is what is counted (with nothing before it, `630人次参与` is the verb's)
  let verbAfter: string | null = null;
  const afterWords = unquote(after);
  // (people and bodies only: after a count of events the word is their name, `参加了2次培训`)
  if ((c.kind === 'people' || c.kind === 'person-times' || c.kind === 'organizations') && afterWords && verbsIn(afterWords).some((v) => v.text === afterWords) && namesSomething(phraseBefore(text, c, prev, left).seg)) {
    verbAfter = afterWords;
    after = '';
  }
  // (a share's head may be an abbreviation: `60%以上的GDP`)
  if (/[\u4e00-\u9fff]/.test(unquote(after)) || (shareOf && /^[A-Z]{2,}/.test(after))) {
    const { phrase, cut } = cutToBody(after, c.kind);
    // where the noun phrase ends in the text (past a relative clause: `24名…的党员`)
    const phraseEnd = cut ? c.end + phrase.length : following.end;
    const subject = unquote(phrase);
    let action: string | null = null;
    const beforeTrim = before.replace(/\s+$/, '');
    // (not a verb inside a quoted name: `发布了“经融助企”“浦法惠企”三个品牌` is 发布)
    const quoted = beforeTrim.includes('“');
    const verbs = verbsIn(beforeTrim, left).filter((v) => !quoted || !insideQuotes(beforeTrim, v.start - left));
    // (a verb between a 、 and the figure is this figure's, not a listed noun: `选派12名干部、组建3支队伍`)
    const listMark = beforeTrim.lastIndexOf('、');
    if (listMark >= 0 && (verbs.at(-1)?.end ?? 0) <= left + listMark) {
      const joined = verbsIn(beforeTrim.slice(listMark + 1), left + listMark + 1);
      if (joined.length === 1 && joined[0].start === left + listMark + 1 && joined[0].end === left + beforeTrim.length) verbs.push(joined[0]);
    }
    const lastVerb = verbs[verbs.length - 1];
    const follow = verbSaidOf(text, following.end, right);
    // `将160名党组织书记和70名指导员纳入备案管理`: 将/把 puts the counted things before their verb
    // (把 may stand further back, before a list: `把宁波建工、宁波建设等10家企业列为试点`)
    // (将 may too, before a list closed by 等: `将美团、饿了么等6家平台…纳入`; elsewhere a 将 back
    // in the phrase says what will be: `将建成…`, where a verb follows it)
    // (the count after one so placed goes with it, joined or not: `6家平台1848名骑手、35名党员`)
    const disposal =
      /(?:将|把)$/.test(beforeTrim) ||
      beforeTrim.lastIndexOf('把') > (lastVerb ? lastVerb.end - left : -1) ||
      (beforeTrim.lastIndexOf('将') > (lastVerb ? lastVerb.end - left : -1) && DISPOSED_LIST.test(beforeTrim)) ||
      Boolean(prev?.disposal && /^[、和及与\s]*$/.test(text.slice(prev.evidenceEnd ?? prev.end, c.start)));
    const disposalVerb = disposal ? verbsIn(text.slice(following.end, sentenceEnd(text, c.end)), following.end)[0] : undefined;
    // `覆盖260余家企业、2300余名党员`: after 、/和 one verb governs both, whatever they count
    // (from where the count before ends with its noun: after it, `…18个“歇歇角”驿站、`, or before it,
    // `司机驿站1个。`, where its figure ends it)
    const between = prev ? text.slice(Math.min(c.start, prev.evidenceEnd ?? prev.end + (prev.subject?.length ?? 0)), c.start) : '';
    // (after a comma too, between kinds of things, where nothing is said of the second:
    // `打造5处党建示范点,7个党建品牌`)
    const coordinated =
      prev && prev.action && !prev.carried &&
      (prev.kind === c.kind || (THINGS.has(prev.kind) && THINGS.has(c.kind) && !follow.verb)
        ? /^[,，、和与及以\s]*$/.test(between)
        : /^\s*(?:、|和|及|以及)\s*$/.test(between));
    if (follow.verb && follow.intransitive && text[follow.verb.end] === '的') action = follow.verb.text;
    else if (disposalVerb) action = disposalVerb.text;
    // `推动发改、人社等30个部门组建“服务团”`: a helper verb's listed object does the next verb
    else if (lastVerb && helperVerbs.has(lastVerb.text) && /等$/.test(beforeTrim) && follow.verb) action = follow.verb.text;
    else if (cut) action = null;
    // `建成2个服务中心,28个活动中心`, `成立9个…和27个…`: the second phrase shares the first one's verb
    else if (coordinated) action = prev!.action;
    // `105家企业和105个村结对签约`: after a conjunction joining it to the count before, what
    // the pair then does, said of it, is its action
    else if (follow.verb && follow.intransitive && prev && JOINED_TO_COUNT.test(text.slice(prev.evidenceEnd ?? prev.end, c.start))) action = follow.verb.text;
    // (a list closed by 等 stays with the verb before it: `组建A、B和C等4支骨干队伍` → 组建)
    // (`走访有着300名员工的企业`: what has the counted is what the verb before acts on)
    else if (/的$/.test(beforeTrim) || endsWithPreposition(beforeTrim) || (lastVerb && POSSESSION_BEFORE.test(beforeTrim))) action = null;
    // (`推广后120家企业参与`: a verb and 后 before the figure say when, in a clause of their own;
    // `组织党员干部对40个项目…`: a preposition after the verb's object puts the figure in a phrase of its own)
    else if (
      lastVerb && !endsWithPreposition(text.slice(lastVerb.end, c.start)) && !(prev && prev.end > lastVerb.start) &&
      !AFTER_THE_DEED.test(text.slice(lastVerb.end, c.start)) && !prepositionBetween(text.slice(lastVerb.end, c.start))
    ) {
      action = lastVerb.text;
      // the evidence reads from the verb: 选派206名党员干部职工
      return { subject, action, start: lastVerb.start, end: phraseEnd, carried: false, disposal };
    // (not where a preposition of place puts the counted before it: `在全市25个乡镇推广` says
    // where something else is spread)
    } else if (follow.verb && follow.intransitive && !PLACE_PREPOSITION.test(beforeTrim.slice(lastVerb ? lastVerb.end - left : 0))) action = follow.verb.text;
    else if (verbsIn(subject).some((v) => v.text === subject)) action = subject; // `630人次参与`
    return { subject, action, start: c.start, end: phraseEnd, carried: false, disposal };
  }

  // --- post-position: the noun phrase stands before the numeral ----------------
  const { segStart, seg } = phraseBefore(text, c, prev, left);
  // `为群众办好事、解难题300余件`: one-character verbs with their objects listed before the figure
  // count the objects (listed as written), done by the first verb
  const deeds = VERB_AND_OBJECT_LIST.exec(seg);
  if (deeds) {
    const listed = deeds[0].split('、');
    const first = listed[0];
    const subject = listed.map((deed) => VERB_AND_OBJECT.get(deed)!).join('、');
    return { subject, action: first.slice(0, first.length - VERB_AND_OBJECT.get(first)!.length), start: segStart + deeds.index, end: c.end, carried: false };
  }
  // `每月至少1次到挂钩企业走访调研`: times counted before where they go and what is done there,
  // which closes the clause: the verb names them
  const goingTo = c.kind === 'events' ? GOING_TO.exec(text.slice(c.end, c.end + 2)) : null;
  if (goingTo) {
    const there = c.end + goingTo[0].length;
    const done = verbsIn(text.slice(there, right), there);
    const first = done[0];
    let last = first;
    for (const v of done.slice(1)) if (v.start === last.end) last = v;
    if (first && first.start - there >= 2 && isClauseEndAt(text, last.end)) {
      const named = text.slice(first.start, last.end);
      return { subject: named, action: first.text, start: c.start, end: last.end, carried: false };
    }
  }
  // `38家规上企业中有35家`: some among those counted just before
  if (prev?.subject && prev.unit === c.unit && AMONG_THOSE.test(seg)) return { subject: prev.subject, action: null, start: segStart, end: c.end, carried: true };
  // `比例达40%`, `总额共计572亿元`: the phrase before the linking word is the subject
  // (`人数达到了12.6万人`: with an aspect particle after it; `覆盖率仅为41.5%`: adverbs before it).
  const linked = seg.replace(/了$/, '');
  const link = linking.find((w) => linked.endsWith(w) && linked.length > w.length);
  if (link) {
    // (`生产总值预计实现增长17.5%`: 实现 before a change is light, the change the figure's)
    const compared = withoutTrailingAdverbs(withoutTrailingAdverbs(linked.slice(0, linked.length - link.length)).replace(LIGHT_VERB_BEFORE_CHANGE, ''));
    const phrase = withoutTrailingAdverbs(withoutComparison(compared));
    // `…33.81万名,比2019年底增加1.2万名`: compared with a time and nothing else, the change
    // is one of what was counted just before
    if (!phrase && compared && prev?.subject && countsTheSame(text, prev, c)) {
      return { subject: prev.subject, action: null, start: segStart, end: c.end, carried: true };
    }
    const lead = leadingFunctionWords(phrase);
    // `其中已建立党支部的有21家`: a headless relative clause; the bodies are those counted before
    // (one with no verb describes the part itself: `…,大专学历的占76%` is of 大专学历)
    if (phrase.endsWith('的') && prev?.subject && prev.unit === c.unit) {
      const verb = verbsIn(phrase.slice(lead))[0];
      if (verb) return { subject: prev.subject, action: verb.text, start: segStart + lead, end: c.end, carried: true };
    }
    const stripped = stripPreposition(phrase.slice(lead));
    // `为企业减免租金达560余万元`: a verb after a noun acts on what follows it — not
    // one that leads the phrase (`签约项目投资总额`: signed projects), nor inside a
    // ratio (`…担任党组织书记比例达40%` counts the ratio itself)
    // `参与志愿服务的党员在300人以上`: a relative clause before 的; the head noun after it is counted
    const de = stripped.lastIndexOf('的');
    if (de > 0 && de < stripped.length - 1 && verbsIn(stripped.slice(0, de)).length > 0) {
      const subject = unquote(stripped.slice(de + 1));
      const start = segStart + lead + (phrase.length - lead - stripped.length);
      return { subject, action: verbsIn(stripped.slice(0, de))[0].text, start, end: c.end, carried: false };
    }
    const inner = verbsIn(stripped);
    // `实现党组织覆盖率达95%`: a verb leading a ratio is the sentence's, not the ratio's
    if (RATIO.test(stripped) && inner[0]?.start === 0 && stripped.length - inner[0].end >= 3) {
      const start = segStart + lead + (phrase.length - lead - stripped.length) + inner[0].end;
      return { subject: unquote(stripped.slice(inner[0].end)), action: null, start, end: c.end, carried: false };
    }
    const innerVerb = inner[inner.length - 1];
    if (innerVerb && innerVerb.start > 0 && stripped.length - innerVerb.end >= 2 && !RATIO.test(stripped)) {
      const subject = unquote(stripped.slice(innerVerb.end));
      const start = segStart + lead + (phrase.length - lead - stripped.length) + innerVerb.start;
      return { subject, action: innerVerb.text, start, end: c.end, carried: false };
    }
    // (`…产业园涉及的科创孵化、…的生产性服务业项目或总部经济高达600多个`: a long relative clause names the noun after it)
    // (`大专及以上学历的占48.2%`: a headless 的 closes what the figure is of)
    const subject = relativeClauseHead(unquote(stripped.replace(/的$/, '')));
    if (subject) {
      const measured = measureNounSubject(subject);
      // (the evidence starts at the head noun when the clause before it was cut off)
      const headAt = subject.length < stripped.length && stripped.endsWith(subject) ? stripped.length - subject.length : 0;
      const start = segStart + lead + (phrase.length - lead - stripped.length) + headAt;
      return { subject, action: measured, start, end: c.end, carried: false };
    }
  }

  if (c.kind === 'percent') {
    // `覆盖率从2014年底的30.7%上升到目前的87.3%`: the ratio named first is what both figures measure
    const skip = leadingFunctionWords(seg);
    const ratio = /^(.{2,24}?(?:率|比例|比重|占比))(?:从|由|自|在|已|将)/.exec(seg.slice(skip));
    if (ratio) return { subject: unquote(ratio[1]), action: null, start: segStart + skip, end: c.end, carried: false };
    // (only when nothing else is named before it: `上升到目前的87.3%`, not `实现了…覆盖100%`)
    // (the change is its action, as for other figures: `由12%提高到18%` → 提高到)
    if (prev?.kind === 'percent' && prev.subject && RATIO.test(prev.subject) && CHANGE_ONLY.test(seg) && inOneSentence(text, prev, c)) {
      const changedTo = CHANGE_TO_VERBS.find((v) => seg.includes(v));
      const start = changedTo ? segStart + seg.indexOf(changedTo) : c.start;
      return { subject: prev.subject, action: changedTo ?? null, start, end: c.end, carried: true };
    }
  }
  // `占全国非公企业职工的52.7%`, `党员3150名,占47.18%`: a share of a whole; what it is a share
  // of was counted just before (not 占地, 占用…: words of their own)
  // (`约占…的97%`: about a share is still a share)
  if (SHARE_OPENS.test(seg) && prev?.subject && inOneSentence(text, prev, c)) {
    return { subject: prev.subject, action: null, start: segStart, end: c.end, carried: true };
  }
  // `城市基层党组织和党员占总数的70%左右`: the part named before 占 is the share
  const share = PART_THEN_SHARE.exec(seg);
  if (share && c.kind === 'percent') {
    const skip = leadingFunctionWords(share[1]);
    // (an adverb before 占 is no part of it: `企业共占股七成`)
    return { subject: unquote(withoutTrailingAdverbs(share[1].slice(skip))), action: null, start: segStart + skip, end: c.end, carried: false };
  }
  // `园区共有党组织61个`, `全国各类园区有非公企业约100万户`: what exists is what is counted
  const existential = lastMatch(EXISTENTIAL, seg);
  if (existential) {
    const after = seg.slice(existential.index + existential[0].length);
    if (after.length >= 2 && verbsIn(after).length === 0) {
      return { subject: unquote(after), action: null, start: segStart + existential.index + existential[0].length, end: c.end, carried: false };
    }
  }

  // `每人费用从93元降至75元`: what changes is named before 从/由, and the second figure goes on with it
  // (`由2019年的120个`, `从原来的1200名`: the time it started from may stand between)
  // (a verb may stand in a 的-phrase before what changes, or name what a measure is of:
  // `走访企业的频次从`, `联系频次由`)
  const changeFrom = CHANGE_FROM.exec(seg);
  if (changeFrom && (MEASURE_NOUNS.some((m) => changeFrom[1].endsWith(m)) || verbsIn(changeFrom[1].slice(changeFrom[1].lastIndexOf('的') + 1)).length === 0)) {
    const skip = leadingFunctionWords(changeFrom[1]);
    const subject = unquote(withoutTrailingAdverbs(changeFrom[1].slice(skip)));
    if (subject.length >= 2) return { subject, action: null, start: segStart + skip, end: c.end, carried: false };
  }
  // (`增加到目前的286个`: with the time it reached, before 的)
  const changedTo = seg.replace(CHANGE_TIME, '');
  if (prev?.subject && CHANGED_TO.has(changedTo) && countsTheSame(text, prev, c) && text.slice(prev.end, segStart).trim() === '') {
    return { subject: prev.subject, action: changedTo, start: segStart, end: c.end, carried: true };
  }
  // (a helper verb right before a verb naming money is the doing, the money verb its object: `协调贷款1850万元`)
  let verbs = verbsIn(seg, segStart).filter((v, i, all) => !(helperVerbs.has(v.text) && i < all.length - 1 && !(MONEY_VERBS.has(all[i + 1].text) && all[i + 1].start === v.end)));
  // `在生产和工作第一线发展党员5.20万名`: a verb inside a 在-phrase of place says where, not what
  // was done (the action is the verb after it)
  const where = IN_PLACE.exec(seg);
  if (where && verbs.some((v) => v.start >= segStart + where[0].length)) verbs = verbs.filter((v) => v.start >= segStart + where[0].length);
  let action: Word | null = null;
  let subjectFrom = segStart + leadingFunctionWords(seg);
  if (verbs.length) {
    if (c.kind === 'events') {
      const light = verbs.find((v) => lightVerbs.has(v.text));
      action = light ?? verbs[0];
      // `走访企业50次`: the visits are counted, the verb names them; `推出义诊活动70场`: the
      // object names the events itself, as after a light verb
      subjectFrom = light || EVENT_NOUN_END.test(unquote(text.slice(action.end, c.start))) ? action.end : action.start;
    } else {
      action = verbs[0];
      // `对18个规范化建设支部分别下拨党费1000元`: a verb after an adverb of distribution or
      // time, with its own object before the figure, is the figure's; what stands before the
      // adverb is whom it was done to (the topic)
      const later = verbs.findLast((v, i) => i > 0 && ADVERB_BEFORE_OWN_VERB.test(text.slice(segStart, v.start)) && verbsIn(text.slice(v.end, c.start)).length === 0);
      if (later) action = later;
      // `新建改建党群服务阵地12处`: two verbs of building side by side both act on the noun after them
      const second = verbs.find((v) => v.start === action!.end);
      if (second && BUILDING_VERBS.has(action.text) && BUILDING_VERBS.has(second.text)) action = { text: action.text + second.text, start: action.start, end: second.end };
      subjectFrom = action.end;
    }
    // `党员创业就业技能培训1426.7万人次`, `企业走访50次`: a verb naming the events right before
    // their figure, with what they are of in front of it, names them with it (the verb is the action)
    if (verbs.length === 1 && action.end === c.start && (c.kind === 'person-times' || c.kind === 'events')) {
      const from = segStart + leadingFunctionWords(seg);
      const topic = withoutTrailingAdverbs(text.slice(from, action.start));
      // (not where the verb goes: `至少到联系企业走访1次` counts visits; nor who or where did it:
      // `我县先后组织3批次`)
      if (topic.length >= 2 && /^[\u4e00-\u9fff]+$/.test(topic) && !/[到在向对为给从于至往赴的]/.test(topic) && !namesOnlyAPlace(topic) && !OWN_PLACE.test(topic)) {
        subjectFrom = from;
      }
    }
    // `推动企业营收突破1亿元`: a helper verb before a noun and its figure compared (超, 突破)
    // acts on that clause, not on the figure: the noun is counted, no action
    if (verbs.length === 1 && helperVerbs.has(action.text) && COMPARED_AT.test(text.slice(c.start, c.start + 2))) action = null;
  }
  // `企业落户园区32家`: a verb of settling with only a place after it says where the counted
  // went; what settled is named before the verb (not `入驻园区企业15家`: those are the park's firms)
  if (action && verbs.length === 1 && SETTLING_VERBS.has(action.text) && namesOnlyAPlace(text.slice(action.end, c.start))) {
    let from = segStart + leadingFunctionWords(seg);
    // (after a helper verb before it: `引导党员扎根一线`)
    const helper = verbsIn(seg, segStart).filter((v) => v.end <= action!.start).at(-1);
    if (helper) from = Math.max(from, helper.end);
    const exists = lastMatch(EXISTENTIAL, text.slice(from, action.start));
    if (exists) from += exists.index + exists[0].length;
    const settled = unquote(withoutTrailingAdverbs(text.slice(from, action.start)));
    if (settled.length >= 2 && verbsIn(settled).length === 0) return { subject: settled, action: action.text, start: from, end: c.end, carried: false };
  }
  // `运输成本减少10万余元`, `入驻后仓储成本降低3万元`: a change said right before the figure
  // measures the noun in front of it
  const change = verbs[verbs.length - 1];
  // (its aspect particle may stand between: `覆盖率提升了3.5个百分点`)
  if (change && CHANGES.has(change.text) && (change.end === c.start || (text[change.end] === '了' && change.end + 1 === c.start))) {
    let from = verbs.length > 1 ? verbs[verbs.length - 2].end : segStart + leadingFunctionWords(seg);
    from += /^(?:之后|以后|以来|后|时)?/.exec(text.slice(from, change.start))![0].length;
    const said = withoutTrailingAdverbs(text.slice(from, change.start));
    // (`为我市…上榜数增加至23家`: a preposition opening it is no part of what changed)
    const bare = stripPreposition(said);
    from += said.length - bare.length;
    const topic = unquote(withoutTrailingAdverbs(withoutComparison(bare)));
    // `推动12个…薄弱村均增收11.2万元`, `15户群众人均增收2万元`: a change said right after the noun
    // of the count before, an adverb of each or per head between at most, is of what that count
    // counted (whatever its unit)
    if (
      (!topic || PER_UNIT_ONLY.test(topic)) && prev?.subject && prev.evidenceEnd === segStart &&
      /^(?:[人户]?均|各|都|平均|共)?$/.test(text.slice(segStart, change.start)) && inOneSentence(text, prev, c)
    ) {
      return { subject: prev.subject, action: change.text, start: change.start, end: c.end, carried: true };
    }
    // (a place or a whole area before the change is where, not what: `全县新增12家` names nothing)
    if (topic.length >= 2 && verbsIn(topic).length === 0 && !namesOnlyAPlace(topic)) return { subject: topic, action: change.text, start: from, end: c.end, carried: false };
    // `全市党员33.81万名,比2019年底净增1.2万名`: compared with a time and nothing else, the
    // change is one of what was counted just before
    // (a share's change goes with any figure before it: `完成总产值122.63亿元,同比增长1.83%`)
    if (!topic && said && prev?.subject && (countsTheSame(text, prev, c) || (c.kind === 'percent' && inOneSentence(text, prev, c)))) {
      return { subject: prev.subject, action: change.text, start: change.start, end: c.end, carried: true };
    }
  }
  // (`2.年营业收入…`, `(一)…`: an outline number opening the clause is not part of the noun)
  subjectFrom += OUTLINE_NUMBER.exec(text.slice(subjectFrom, c.start))?.[0].length ?? 0;
  // `“两新”组织中已建立党组织的35家`: a headless relative clause right before the figure
  // counts among what is named before 中, not the object of its verb
  if (action && seg.endsWith('的')) {
    const skip = leadingFunctionWords(seg);
    const among = /^([^，,。；;]{2,12}?)中/.exec(seg.slice(skip));
    // (中 right before the verb, adverbs aside: 党群服务中心已建立的 is no “among”)
    const between = among ? text.slice(segStart + skip + among[0].length, action.start) : '';
    if (among && /^(?:已经|已|均|都|共)?$/.test(between)) {
      return { subject: unquote(among[1]), action: action.text, start: segStart + skip, end: c.end, carried: false };
    }
  }
  // (a 的 left at the start by the count before, `…79人的企业都100%`, is no part of the noun)
  if (text[subjectFrom] === '的' && subjectFrom + 1 < c.start) subjectFrom += 1;
  let subject = unquote(stripComplement(text.slice(subjectFrom, c.start)).replace(/的$/, '')).trim();
  // `…非公有制企业中6家`: among them, not in them
  subject = withoutLocative(subject);
  // `引进项目落地经开区20个`, `新增企业落户32家`: a verb of settling after the counted noun,
  // with where it settled or nothing after it, is no part of the noun
  if (action && !SETTLING_VERBS.has(action.text)) {
    const settling = settlingVerbIn(subject);
    if (settling > 0) subject = subject.slice(0, settling);
  }
  // `上报并跟踪整改问题`: verbs joined to the action by 并 act on the same noun, which is the subject
  // (`新建和换届党支部24个`: a verb the lexicon lacks, as jieba reads it, after 和)
  if (action && /^[并且及和与]/.test(subject)) {
    const joined = verbsIn(subject);
    // (和/与 join a verb only right after them: in `走访和企业对接` they say with whom)
    if (joined.length && (!/^[和与]/.test(subject) || joined[0].start === 1)) subject = subject.slice(joined[joined.length - 1].end);
    else if (!joined.length) {
      const words = tagWords(subject);
      const verb = words[1];
      if (words[0].word.length === 1 && verb?.tag === 'v' && verb.word.length >= 2 && subject.length - (verb.start + verb.word.length) >= 2) subject = subject.slice(verb.start + verb.word.length);
    }
  }
  if (!action && subject) subject = unquote(stripPreposition(subject));
  // `党委和联合党委各1个`, `专家学者等260多人`: each / and others, not part of the noun;
  // `总产值可突破2000亿元`: nor an adverb before the figure
  // (an adverb may follow them: `…书记等共约300人`)
  subject = withoutTrailingAdverbs(withoutTrailingAdverbs(subject).replace(/(?:各|等)$/, ''));
  // `符合组建条件的非公企业99.6%`, `新加入党组织的党员120名`: the verb found first and its
  // object before 的 describe the noun after it, a body or a person, which is what is counted
  if (action && subject.indexOf('的') > 0 && subject.indexOf('的') === subject.lastIndexOf('的')) {
    const tail = subject.slice(subject.indexOf('的') + 1);
    if (tail.length >= 2 && (PERSON_HEADS.some((h) => tail.endsWith(h)) || BODY_HEADS.some((h) => tail.endsWith(h)))) {
      subject = tail;
      // (a share's verb is then none: `…的非公企业99.6%建立了党组织` says what the share did, to
      // another object, as `规模以上非公企业95%建立了党组织` does; the evidence still reads from the clause's verb)
      if (c.kind === 'percent') {
        subjectFrom = Math.min(subjectFrom, action.start);
        action = null;
      }
    }
  }
  // `解决…方面存在的难点问题86个`, `来自各部门的代表150人`: what a relative clause
  // before 的 describes is what is counted
  const head = relativeClauseHead(subject);
  if (head !== subject) {
    // (the evidence then starts at that noun, unless a verb leads it)
    if (!action) subjectFrom = text.lastIndexOf('的', c.start - 1) + 1;
    subject = head;
  }
  if (startsWithPreposition(subject) && endsWithPreposition(subject) && subject.length <= 2) subject = '';
  // (a linking word is no noun: `…,达16.93万名`)
  if (linking.includes(subject)) subject = '';
  if (subject) {
    const measured = measureNounSubject(subject);
    // `新增团组织19个、妇联组织76个`: after 、 the verb of the item before goes on
    // (from where the count before ends with its noun: `18个“歇歇角”驿站、幸福驿站4个`)
    const between = text.slice(Math.max(prev?.end ?? 0, prev?.evidenceEnd ?? 0), segStart).trim();
    const listed = !action && prev?.action && !prev.carried && /^[、和及]$/.test(between);
    // `新增市场主体2356户,其中企业812家`: a part named after 其中 was counted by the same verb
    // (and so are the parts after it, one to a clause: `其中党委34家,党总支36家,党支部2390家`)
    const part =
      !action && prev?.action && !prev.carried && prev.kind === c.kind && /^[,，]$/.test(between) &&
      (seg.startsWith('其中') || AMONG_THEM_BEFORE.test(text.slice(Math.max(0, segStart - 60), segStart)));
    const verb = action?.text ?? (listed || part ? prev!.action : null) ?? measured ?? verbAfter;
    return { subject, action: verb, start: Math.min(subjectFrom, action?.start ?? subjectFrom), end: c.end, carried: false };
  }
  // `网约配送员累计注册超1.3万人`, `外卖骑手报名300人`: people counted right after what they did
  // are named before the verb, when people are named there (before any carried over)
  // (what stands before the verb, function words and adverbs aside, and where it starts: read
  // only for the two cases below)
  const namedFrom = () => segStart + leadingFunctionWords(seg);
  const nameBeforeAction = (verb: Word, from = namedFrom()) => unquote(withoutTrailingAdverbs(text.slice(from, verb.start)));
  if (action && (c.kind === 'people' || c.kind === 'person-times')) {
    const namedBefore = nameBeforeAction(action);
    if (namedBefore.length >= 2 && verbsIn(namedBefore).length === 0 && PERSON_HEADS.some((h) => namedBefore.endsWith(h))) {
      return { subject: namedBefore, action: action.text, start: namedFrom(), end: c.end, carried: false };
    }
  }
  // `问题解决352件`, `设备更新12台`: a verb right before the figure with a noun before it, the
  // topic it was done to (no doers, no place): the noun is counted
  // (not people or bodies, who do it: `企业投资5000万元`; not a place or a manner: `全县新增`, `联合组建`)
  // (a noun as jieba tags it: n…, or a verbal noun, vn)
  // (after a helper verb, from its end: `推动亿元以上项目签约3个`)
  if (action && action.end === c.start && (c.kind === 'items' || c.kind === 'organizations')) {
    const helper = verbsIn(seg, segStart).findLast((v) => v.end <= action!.start && helperVerbs.has(v.text));
    const from = helper ? Math.max(helper.end, namedFrom()) : namedFrom();
    const topic = nameBeforeAction(action, from);
    if (
      topic.length >= 2 && verbsIn(topic).length === 0 && !/[的在对为向从到于把将被由]/.test(topic) &&
      !DOER_HEADS.some((h) => topic.endsWith(h)) && !namesOnlyAPlace(topic) && /^(?:n|vn$)/.test(tagWords(topic).at(-1)!.tag)
    ) {
      return { subject: topic, action: action.text, start: from, end: c.end, carried: false };
    }
  }
  // Nothing named before the number: the clause before named it (same unit), or a verb is all there is.
  // (a carried subject carries on along a 、-list: `其中单独组建92个、联合组建54个`)
  // and inside the brackets of an aside: `(其中单独组建92个、联合组建54个,2025年新建6个)`
  // never across a sentence: `…投入60万元,…。据统计,全市共投入5000余万元` names nothing carried
  const sameSentence = !/[。!?！？;；]/.test(text.slice(prev?.end ?? 0, c.start));
  // (so along parts after 其中, one to a clause: `其中37个单独建,3个联合建`)
  // (not money a verb names, raised or lent: `…扶持资金,每户群众集资1200元`)
  if (
    prev && prev.subject && prev.unit === c.unit && sameSentence && !(c.kind === 'money' && action && MONEY_VERBS.has(action.text)) &&
    (!prev.carried || BARE_LIST_MARK.test(text.slice(prev.end, c.start)) || text[prev.end] === '、' || insideBrackets(text, prev.end, c.start) || AMONG_THEM_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start)))
  ) {
    // (a bare figure listed right after the one before shares its verb too: `分别增收60万元、150万元`)
    const listedRightAfter = !action && BARE_LIST_MARK.test(text.slice(prev.end, c.start));
    // (with no verb before it, one said of it after it, closing the clause, is its action: `其中5个已开工`)
    const said = action || listedRightAfter ? null : verbSaidOf(text, c.end, right);
    const saidOf = said?.verb && said.intransitive ? said.verb : null;
    return {
      subject: prev.subject,
      action: action?.text ?? (listedRightAfter ? prev.action : saidOf?.text ?? null),
      start: action?.start ?? c.start,
      end: saidOf?.end ?? c.end,
      carried: true,
    };
  }
  // `…超过一半,达16.93万名`: a linking word alone says what the figure is of nowhere
  if (action && linking.includes(action.text) && seg === action.text) return none;
  if (action) {
    // `选派141人担任党建指导员`: people put in a role are counted as what they became
    const role = c.kind === 'people' ? ROLE_AFTER.exec(text.slice(c.end, right)) : null;
    if (role) {
      // (up to the verb of what they then do: `担任指导员开展工作`)
      const then = verbsIn(role[1]).find((v) => v.start >= 2);
      const named = then ? role[1].slice(0, then.start) : role[1];
      const end = c.end + role[0].length - role[1].length + named.length;
      return { subject: unquote(named), action: action.text, start: action.start, end, carried: false };
    }
    // `为企业办实事45件`: a verb of one character and its object, read as one word, count the object
    const object = VERB_AND_OBJECT.get(action.text);
    if (object) return { subject: object, action: action.text.slice(0, action.text.length - object.length), start: action.start, end: c.end, carried: false };
    return { subject: action.text, action: action.text, start: action.start, end: c.end, carried: false };
  }
  const follow = verbSaidOf(text, c.end, right);
  if (follow.verb) {
    // `630人次参与`; `为39人解决就业问题` counts people and names nothing else.
    const subject = c.kind === 'people' ? null : follow.verb.text;
    return { subject, action: follow.verb.text, start: c.start, end: c.kind === 'people' ? c.end : follow.verb.end, carried: false };
  }
  return none;
}

/** Nouns that name events (an object ending in one is what `场`, `次` count). */
const EVENT_NOUN_END = /(?:活动|服务|培训|讲座|会议|党课|宣讲|比赛|大赛|竞赛|义诊|演出|展览|沙龙|论坛|课程|课堂|讲堂|夜校|[会赛班])(?:[等共累计约近超达]{0,3})$/;


/** Verbs of change: said right before a figure, they measure the noun in front of them (成本降低4万元). */
const CHANGES = new Set([...CHANGE_VERBS, ...CHANGE_TO_VERBS]);

/** Adverbs that stand between a subject and its verb (`覆盖率仅为`, `均已达`, `总产值可突破`, `委员每月至少1次`). */
const TRAILING_ADVERB =
  /(?:已经|已|累计|先后|[人户年月平]均|(?<![人平年户月])均|(?<![成首])都|仅仅|仅|只有|只|分别|总共|一共|(?<![中公])共|全部|可以|(?<![许认])可|有望|预计|力争|将|(?<![大节制契])约|每个?(?:月|年|周|天|日|季度|半年)|连续[一二两三四五六七八九十\d]+年)$/;

/** A verb that only carries the change after it: `实现增长`, `保持增长`. */
const LIGHT_VERB_BEFORE_CHANGE = /(?<=[\u4e00-\u9fff]{2})(?:实现|保持)$/;

/** The last characters of those adverbs: most subjects end in none, and need no pattern test. */
const TRAILING_ADVERB_ENDS = new Set('经已计后均都仅有只别共部以可望将约争');
/** And of how often or how long (每月, 每个季度, 连续两年), tested only where 每 or 连续 is there: many nouns end in 年 or 度. */
const FREQUENCY_ENDS = new Set('月年周天日度');

/** What stands before the figure in its clause: the post-position reading's phrase, and where it starts. */
function phraseBefore(text: string, c: RawCount, prev: (RawCount & Bound) | null, left: number): { segStart: number; seg: string } {
  // (not the noun the count before counts: `19个机关事业所、24家` names nothing before 24家)
  const from = prev?.evidenceEnd !== undefined && prev.evidenceEnd > left && prev.evidenceEnd <= c.start ? prev.evidenceEnd : left;
  const rest = text.slice(from, c.start);
  // (and the bracket of an aside it opens: `党委12个【社区党委8个…】`)
  // (and a 的 the count before left: `三个园区的党员人数`)
  let lead = rest.length - rest.replace(/^(?:[\s、和及与的(（【\[［]|以及)+/, '').length;
  // (and a clause of when, a verb and 以来 or 后 before the doing: `联盟成立以来吸纳成员单位36家`)
  // (tested for the characters first: most phrases hold neither)
  if (rest.includes('以来') || rest.includes('后')) {
    const when = lastMatch(WHEN_CLAUSE, rest);
    if (when && when.index + when[0].length > lead && verbsIn(rest.slice(when.index + when[0].length)).length > 0) {
      const before = rest.slice(0, when.index);
      if (verbsIn(before).at(-1)?.end === before.length) lead = when.index + when[0].length;
    }
  }
  return { segStart: from + lead, seg: rest.slice(lead).replace(/\s+$/, '') };
}
/** What ends a clause of when after its verb: `以来`, `后`, `之后`, `以后` (the verb is checked apart). */
const WHEN_CLAUSE = /(?:以来|之后|以后|后)/g;

/** Whether `phrase` names something: two Han characters in a row once its verbs, adverbs and function words are taken out (`组织党员`, not `单独成立、`). */
function namesSomething(phrase: string): boolean {
  // (a list mark left at its end would hide the verb before it: verbsIn takes a verb before 、 for a listed noun)
  // (nor does a word of existence: `另有630人次参与`)
  const trimmed = withoutTrailingAdverbs(phrase.replace(/[、,，\s]+$/, '').replace(/[另共现拥已尚还]?有$/, ''));
  let core = trimmed.slice(leadingFunctionWords(trimmed));
  for (const v of verbsIn(core).reverse()) core = core.slice(0, v.start) + ' ' + core.slice(v.end);
  return /[\u4e00-\u9fff]{2}/.test(core);
}

function withoutTrailingAdverbs(phrase: string): string {
  const last = phrase[phrase.length - 1];
  if (!TRAILING_ADVERB_ENDS.has(last) && !(FREQUENCY_ENDS.has(last) && (phrase.includes('每') || phrase.includes('连续')))) return phrase;
  let out = phrase;
  for (let m = TRAILING_ADVERB.exec(out); m && m.index > 0; m = TRAILING_ADVERB.exec(out)) out = out.slice(0, m.index);
  return out;
}

/**
 * A comparison said between a noun and its change (`营业收入比上年增长`, `数量较去年同期增加`,
 * `税收同比增长`, `与2019年相比增加`): it dates the change and is no part of the noun. After
 * 比/较 only a time counts (比亚迪 is a name, 比例 a noun).
 */
const COMPARED_WITH =
  /(?:同比|环比|(?:比|较)(?:上年|去年|前年|上一年|往年|上月|上季度|上半年|年初|同期|\d{2,4}年)[^，,。；;、]{0,8}|(?:与|和|同)[^，,。；;、]{1,12}(?:相比|相较|比较))$/;

/**
 * `将美团、饿了么等`, `将链上`: 将 before a list closed by 等, or a few words of where or which
 * (链上, 全县), with no verb after it, puts what is counted before its verb.
 */
const DISPOSED_LIST = /将(?:[^，,。；;：:将]{2,30}等|[^，,。；;：:将等\d]{1,4})$/;

/** Verbs of one character with their object, listed as verbs (办实事): the object is what a figure after them counts. */
const VERB_AND_OBJECT = new Map([['办实事', '实事'], ['办好事', '好事'], ['解难题', '难题'], ['解难事', '难事']]);
/** Two or more of them listed with 、 right before a figure (`办好事、解难题`). */
const DEEDS = [...VERB_AND_OBJECT.keys()].join('|');
const VERB_AND_OBJECT_LIST = new RegExp(`(?:${DEEDS})(?:、(?:${DEEDS}))+$`);

/** What stands between two bare figures of one list: `120名、98名和76名`, `200万元和150万元`. */
const BARE_LIST_MARK = /^(?:、|和|及|以及)$/;

/** What joins a count to the one before it: a conjunction alone. */
const JOINED_TO_COUNT = /^\s*(?:和|与|及|以及)\s*$/;

/** Bodies and people a verb right after a classifier may describe (帮扶企业, 结对村, 包联干部). */
const HEAD_AFTER_VERB_AT = new RegExp(`(?:${[...BODY_HEADS, ...PERSON_HEADS].filter((h) => h.length > 1).join('|')}|[村户])`, 'y');

/** People and bodies, who may do a verb said after them. */
const DOER_HEADS = [...PERSON_HEADS, ...BODY_HEADS];

/** A few characters and a kind of work closing the clause: `工作机制。`, `服务模式,`. */
const KIND_OF_WORK = '(?:机制|模式|体系|制度|平台|工作法|举措)';
const KIND_OF_WORK_AHEAD = new RegExp(`[\\u4e00-\\u9fff]{0,4}?${KIND_OF_WORK}(?=[,，。;；、:：\\n]|$)`, 'y');
const KIND_OF_WORK_END = new RegExp(`${KIND_OF_WORK}$`);

const isHanAt = (text: string, i: number) => text.charCodeAt(i) >= 0x4e00 && text.charCodeAt(i) <= 0x9fff;

/** An adverb right before a verb that makes what stands before it the topic (分别下拨, 均已建立). */
const ADVERB_BEFORE_OWN_VERB = /(?:分别|均已?|都已?|统一|先后|累计|共同|主动|积极|及时)$/;

/** A comparison opening a figure's span (超, 突破, 逾, 达): the figure is the predicate of what stands before it. */
const COMPARED_AT = /^(?:超|突破|逾|达)/;

/** Going somewhere, said right after a count of times (`1次到挂钩企业…`). */
const GOING_TO = /^(?:到|去|赴|进)/;

/** A locative and 有 alone between two counts: the second is of some among the first (`…中有35家`). */
const AMONG_THOSE = /^[中里内](?:已经|已|共|还)?有$/;

/** 其中 earlier in the sentence, its parts listed since clause by clause. */
const AMONG_THEM_BEFORE = /其中[^。;；!?！？]*$/;

/** A fund a verb before it names (慰问金, 帮扶资金, 奖励经费, 扶持基金). */
const FUND_AFTER_VERB_AT = /(?:资金|经费|基金|奖金|款项?|金)/y;

/** `以快递员、外卖骑手为主的`, `以青年为主体的`: what the counted are mostly made of, said before 的. */
const MAKEUP_BEFORE_DE = /^以[^，,。；;的\n]{1,24}?为(?:主体?|代表|骨干|重点)的/;

/** `像朱师傅这样的`, `如他一样的`: what the counted are like, said before 的. */
const LIKENESS_BEFORE_DE = /^(?:像|如|和)[^，,。；;的\n]{1,12}?(?:这样|那样|一样|一般)的/;

/** A change to a figure, said between the figure it started from and the one it reached (`从93元降至75元`). */
const CHANGED_TO = new Set(CHANGE_TO_VERBS);
/** When a figure stood or stands, said before 的 between the change and the figure (`由2019年的`, `增加到目前的`). */
const CHANGE_TIME_SOURCE = String.raw`(?:原来|过去|以前|此前|目前|现在|当前|如今|去年底?|上年底?|年初|今年|\d{4}年(?:底|末|初)?)的`;
/** How often, when what changes is a frequency: `从每月1次提高到每季度3次`. */
const CHANGE_FREQUENCY_SOURCE = String.raw`每个?(?:月|年|周|天|日|季度|半年)`;
const CHANGE_TIME = new RegExp(`(?:${CHANGE_TIME_SOURCE}|${CHANGE_FREQUENCY_SOURCE})$`);
/** What changes, named before 从/由 and the time it started from: `每人费用从`, `党组织由2019年的`. */
const CHANGE_FROM = new RegExp(`^(.{2,16}?)(?:从|由)(?:${CHANGE_TIME_SOURCE}|${CHANGE_FREQUENCY_SOURCE})?$`);

/** Whether `c` goes on counting what `prev` counted: the same unit, in the same sentence. */
function countsTheSame(text: string, prev: RawCount, c: RawCount): boolean {
  return prev.unit === c.unit && inOneSentence(text, prev, c);
}

/** Whether no sentence ends between two counts. */
function inOneSentence(text: string, prev: RawCount, c: RawCount): boolean {
  return !/[。;；!?！？]/.test(text.slice(prev.end, c.start));
}

/** `phrase` without a comparison at its end (see COMPARED_WITH); empty when it was nothing else. */
function withoutComparison(phrase: string): string {
  const m = COMPARED_WITH.exec(phrase);
  return m ? phrase.slice(0, m.index) : phrase;
}

/** `面积超500平方米的`, `建筑面积2000余平方米的`: a size said before 的. */
const SIZE_BEFORE_DE = /^(?:(?:建筑|使用|占地|服务)?面积)?(?:超过?|达到?|约|近|在)?\d[\d.,]*(?:多|余)?(?:万)?(?:平方米|平方公里|公里|米|亩|层)(?:以上|左右)?的/;

/**
 * `税收超亿元的`, `年营收2000万元以上的`, `员工超100人的`: what a thing earns, is worth or employs,
 * compared with a figure (超/达/以上) before 的: it says which things are counted (not before
 * what a figure is measured up to: `营收超1000万元的目标`).
 */
const COMPARED_FIGURE = String.raw`(?:\d[\d.,]*(?:多|余)?[万亿]?|[一两二三四五六七八九十百千]*[万亿]|[一两二三四五六七八九十百千]+)(?:元|人|名)`;
export const COMPARED_FIGURE_BEFORE_DE = new RegExp(String.raw`^[\u4e00-\u9fff]{1,6}?(?:(?:超过?|达到?|逾|过|突破|在|不足|不到|低于|少于|高于|不超过)${COMPARED_FIGURE}(?:以上)?|${COMPARED_FIGURE}(?:以上|以下))的(?!${MEASURED_UP_TO})`);

/** A physical size (not a count: the spec leaves areas and lengths out), as a clause before 的 may give it. */
const SIZE_IN = /\d(?:[\d.,]*)(?:多|余)?(?:平方米|平方公里|公里|米|亩|层|吨)/;

/** A relative clause longer than this is a sentence of its own, not part of the noun's name. */
const NAMING_CLAUSE_MAX = 6;

/**
 * The noun a long relative clause describes (`在…方面存在的难点问题` → `难点问题`):
 * the words after the last 的, when those before it hold a verb (our lexicon's,
 * or one jieba tags). A short one stays, as written: it names the thing
 * (`企业反映的问题`, `群众关心的问题`); `党的建设` has no verb.
 */
function relativeClauseHead(subject: string): string {
  // (`以党员为骨干的志愿服务队`: what it is made of, however short, describes the noun after it)
  const makeup = MAKEUP_BEFORE_DE.exec(subject);
  if (makeup && subject.length - makeup[0].length >= 2) return subject.slice(makeup[0].length);
  const de = subject.lastIndexOf('的');
  if (de <= NAMING_CLAUSE_MAX || subject.length - de - 1 < 2) return subject;
  const clause = subject.slice(0, de);
  // (a size before 的 describes too: `面积1200平方米的党群服务中心`)
  const hasVerb = verbsIn(clause).length > 0 || (!/[\d]/.test(clause) && tagWords(clause).some((w) => w.tag === 'v')) || SIZE_IN.test(clause);
  return hasVerb ? subject.slice(de + 1) : subject;
}

function stripPreposition(s: string): string {
  const length = prepositionLength(s);
  if (length === 0 || s.length <= 2) return s;
  // `从业人数`, `以上`: the character starts a word of its own, as jieba reads it
  return tagWords(s)[0].word.length > length ? s : s.slice(length);
}
