// The noun phrase right after a classifier (`206名党员干部职工`): where it ends — at a verb,
// an adverb, a preposition, the clause's end or another count — and which part of it is the
// head, past qualities, relative clauses and sizes before 的 (`15名扎根基层的优秀党员`).
import { BODY_HEADS, MANNER_BEFORE_VERBS, NEGATION_ADVERBS, PERSON_HEADS, SETTING_UP_MANNERS } from '../../lexicon/words.js';
import {
  ADJECTIVE_ADVERBS,
  AFTER_HOU,
  CLAUSE_END,
  isClauseEndAt,
  functionWordLength,
  mayStartFunctionWord,
  nounEndingLengthAt,
  nounsWithVerbsIn,
  PUTTING_IN,
  SETTING_UP_VERBS,
  startsWithAdverb,
  startsWithPreposition,
  unquote,
  verbsIn,
} from './clause.js';
import { alternation, startsAt } from '../../text/patterns.js';
import { tagWords, wordTag, type TaggedWord } from '../../text/segment.js';
import { withoutLocative, SETTLING_VERBS, MAKEUP_BEFORE_DE, isHanAt, DOER_HEADS, HEADS_AFTER_VERB, FUND_AFTER_VERB_AT, passiveBeforeVerb, isSpaceAt, SPACE_BEFORE_NOUN_AT, endsWithPersonHead } from './phrase.js';

const MAX_PHRASE = 24;
/** Under someone's lead or with their help, said after them (`在22名党员带领下`). */
const UNDER_LEAD_AT = /(?:带领|领导|指导|帮助|支持|引领|推动|带动|关心|协调)下/y;
const UNDER_LEAD_STARTS = new Set('带领指帮支引推关协');
/** Where the word of jieba's that holds the characters before and at `at` ends (at most four on), or `at` where none does. */
function endOfWordAcross(text: string, at: number, right: number): number {
  const from = Math.max(0, at - 4);
  for (const w of tagWords(text.slice(from, Math.min(right, at + 4)))) {
    const start = from + w.start;
    const end = start + w.word.length;
    if (start < at && end > at) return end;
  }
  return at;
}
/** Words of what is planned or intended, before the verb of it (计划开工, 拟投资). */
const PLANNED_AT = /^(?:计划|拟|准备|打算)/;
const PLAN_STARTS = new Set('计拟准打');
/** A level of government standing before a noun: `市级`, `区镇`, `县乡`. */
const LEVEL_AT = /(?:[省市县区镇乡村]级|区镇|县乡|镇村|县区|市县|乡镇)/y;
/** The characters a level opens with: the pattern is tried only there. */
const LEVEL_STARTS = new Set('省市县区镇乡村');
/** `…两新党组织逐个`: the phrase without an adverb closing it. */
function withoutTrailingAdverb(phrase: string): string {
  for (let k = Math.max(1, phrase.length - 4); k < phrase.length; k++) {
    if (functionWordLength(phrase.slice(k)) === phrase.length - k && startsWithAdverb(phrase.slice(k))) return phrase.slice(0, k);
  }
  return phrase;
}

/** Adverbs of not doing (未, 尚未…). */
const NEGATIONS = new Set(NEGATION_ADVERBS);

/** Of ADJECTIVE_ADVERBS, those that are the adverb right before a verb, wherever they stand. */
const ADVERBS_BEFORE_VERBS = new Set(['统一', '基本', '协同', '现场', '书面', '初步', '有效', '高效', '年均']);
/** Forces or means of several sides or kinds (`多方力量`, `各方资源`, `志愿力量`), summed up after 等. */
const FORCES_AFTER_DENG = /^(?:多方|各方|各类|多种|社会|志愿|有生)?(?:力量|资源)/;
/** 后 (以后, 之后) after a deed, saying when (not 后续, 后勤, 后备: words of their own). */
const AFTER_DEED_AT = new RegExp(`^[以之]?${AFTER_HOU}`);
/** 以 X 为 Y: taking X as Y (`以德百物流批发城为驻地`, `以党建为引领`). */
const TAKING_AS_AT = /^以[\u4e00-\u9fff“”]{2,14}?为(?:主|核心|龙头|载体|抓手|纽带|依托|平台|驻地|阵地|引领|重点|基础|中心|单位|主体|支撑|目标|主线|牵引|导向)/;
/** First characters of words of having in 有 (拥有, 现有, 具有, 已有, 共有, 还有, 尚有, 仍有, 均有, 都有, 另有). */
const HAVING_OPENERS = new Set('拥现具已共还尚仍均都另');
/** Means or ways after 等 (`等举措`, `等方式`): what a list of deeds was. */
const MEANS_AFTER_DENG = /^(?:举措|措施|方式|办法|做法|形式|途径|手段)/;
/** Partners named by 与 and their figure, right before the noun (`与13所`, `与清华大学等13所`). */
const PARTNERS_COUNTED_BEFORE = /[与同跟](?:[^与同跟,，。;；:：\n]{2,24}等)?[\d一二两三四五六七八九十百千]+(?:余|多)?[家所个名位]$/;
/** Words of manner before a preposition of whom or what for, after the counted (`企业家现场为…`, `党员主动向…`). */
const MANNER_BEFORE_PREPOSITION = [...MANNER_BEFORE_VERBS, '现场', '集中', '亲自', '自发'];
const FOR_WHOM_AFTER_MANNER = new Set([...'为向给对与']);
/** Of ADJECTIVE_ADVERBS, those that describe the noun only right after the classifier (3份有效问卷, 3项免费服务; 生产线高效运转, 20名骑手免费体检). */
const ADJECTIVES_ONLY_FIRST = new Set(['有效', '高效', '免费', '无偿', '成功', '上门']);
/** A fund's noun closing the clause (资金, 基金): a verb right before one names the fund (帮扶资金, 发展基金). */
const FUND_NOUN_AT = /(?:资金|经费|基金|奖金|专款)(?=[,，。;；、:：\n]|$)/y;
/** … with up to four characters of its kind before it (专项资金, 引导资金, 发展引导资金). */
const FUND_NOUN_NEAR_AT = /[\u4e00-\u9fff]{0,4}?(?:资金|经费|基金|奖金|专款)(?=[,，。;；、:：\n]|$)/y;
/** 在, a place of one to five characters, then a head of bodies or people, closing the phrase (`在园企业`, `在京凤城籍商会`). */
const WHERE_THEY_ARE_AT = new RegExp(`在([\u4e00-\u9fff]{1,5}?)(?:${alternation(['企业', '商会', '单位', '机构', '党员', '人员', '职工', '员工', '群众'])})(?![\u4e00-\u9fff])`, 'y');
function whereTheyAreAt(text: string, at: number, right: number): boolean {
  WHERE_THEY_ARE_AT.lastIndex = at;
  const m = WHERE_THEY_ARE_AT.exec(text);
  return m !== null && at + m[0].length <= right && verbsIn(m[1]).length === 0;
}
/** Verbs of getting or handing money over: before a fund's noun they are done with it, and name no fund. */
const MOVING_MONEY = new Set(['获得', '取得', '争取', '申请', '申报', '筹集', '募集', '筹措', '收到', '发放', '拨付', '下拨', '划拨', '投入', '落实', '整合', '兑现', '缴纳', '捐赠', '提供']);
/** 与/同, a partner (no figure, no verb), then a verb of doing together. */
const DONE_WITH_PARTNER = /^[与同][^\d、,，。;；的]{1,12}?(?:结成|结对|签约|签订|签署|共建|联建|合作|对接|携手|联合|共同|开展|达成|洽谈|交流|分享|座谈|沟通|对话|探讨|研讨)/;
/**
 * A conjunction, then a word of how many of what it joins: `以及部分`, `和各`, `与相关`; or of how
 * many, vaguely or a day, a noun of its own has: `和日均上万的流动人口`, `和大量…`.
 */
export const QUANTIFIED_JOIN = /^(?:以及|和|与|及)(?:部分|其他|其余|各|全体|广大|有关|相关|若干|日均|月均|年均|每日|每天|每年|上万|上千|上百|数万|数千|数百|成千上万|大量|众多|大批)/;
/** 以上 or 以下 opening the rest of a phrase. */
const ABOVE_OR_BELOW = /^以[上下]/;
/** Vehicles, counted as people are: a bound after them bounds how many (`50辆车以上`). */
const VEHICLES_END = /(?:车|车辆|货车|卡车)$/;
/** What a percentage before 的 measures up to, not a share of: `达95%的目标`. */
export const MEASURED_UP_TO = '(?:目标|水平|要求|标准|比例|任务|程度|增幅|增速)';
/** Qualities listed with 、 up to a 的: `政治素质好、党务经验丰富、责任心强的`. */
const QUALITIES_BEFORE_DE = /^(?:[^、的,，。;；\n]{2,10}、){1,5}([^、的,，。;；\n]{2,10})的/;
/** How a list of qualities ends (政治素质好、责任心强), or a level (社区级的): adjectives, not nouns. */
const QUALITY = '(?:好|强|高|优|硬|实|富|佳|大|困难|突出|过硬|扎实|丰富|优秀|较强|较高|级)';
const QUALITY_END = new RegExp(`${QUALITY}$`);
/** Only qualities, listed, before 的 at the end: `政治素质好、业务能力强的`. */
export const ONLY_QUALITIES_BEFORE_DE = new RegExp(`^(?:[^、的,，。;；\\n]{1,10}?${QUALITY}、){0,5}[^、的,，。;；\\n]{1,10}?${QUALITY}的$`);
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
  const item = m[0].slice(0, -1);
  const verbs = verbsIn(item);
  // (or a clause of its own, a noun doing a verb right before its figure: `…、区领导联系13个重大企业`)
  return verbs.length === 0 || verbs[0].start === 0 || (verbs.length === 1 && verbs[0].end === item.length && (tagWords(item.slice(0, verbs[0].start)).at(-1)?.tag.startsWith('n') ?? false));
}
/** A list item at `at` that is a verb of ours and its object (`组建联络服务群`), not people (`入党积极分子`). */
function opensADeed(text: string, at: number, right: number): boolean {
  const item = /^[^、,，。;；:：等\n]{3,16}/.exec(text.slice(at, Math.max(at, right)));
  if (item === null) return false;
  const verb = verbsIn(item[0])[0];
  return verb !== undefined && verb.start === 0 && item[0].length - verb.end >= 2 && !endsWithPersonHead(item[0]);
}
/** What closes a frame of 从 (from those, set about it): 入手, 着手, 出发 (not 出发点). */
const FRAME_CLOSING_AT = /^(?:入手|着手|出发(?!点))/;
/** Payments named by a verb (补贴, 补助): after money, closing its noun, they are that noun. */
const PAYMENTS = new Set(['补贴', '补助', '奖励', '资助', '救助']);
/** What a township's or county's office called X所 is of (工商所, 司法所, 财政所): its 所 closes a noun. */
const OFFICE_BEFORE_SUO = new Set(['工商', '税务', '司法', '财政', '国土', '规划', '供电', '卫生', '林业', '水利', '水管', '农经', '农技', '畜牧', '兽医', '农机', '城管', '房管', '土管', '交管', '市监', '财税', '劳保', '文化', '广电', '环保', '计生', '设计', '研究', '事务', '律师', '会计']);
/** One of a whole (`的一员`, `的一部分`): said of the counted, not a noun they are. */
const ONE_OF = /^一(?:员|部分|分子|份子|环)/;
/** A year, or a year's span, right after a classifier (`2023年度`, `2021年`, `2022-2023年度`). */
const YEAR_AFTER_CLASSIFIER_AT = /(?:19|20)\d{2}(?:[-—~至到](?:19|20)?\d{2})?年度?(?![\d底末初])/y;
/** Whether an ASCII digit stands at `at`. */
const isDigitAt = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 0x30 && code <= 0x39;
};
/** A ranking named by its size (世界500强, 百强 has no digits): part of the noun it stands in. */
const RANKING_AT = /^\d{2,4}强/;
/** An age or a generation inside a noun after the classifier: `3名35岁以下党员`, `12名18-35周岁青年`, `5名90后党员`. */
const AGE_AT = /^(?:\d{1,3}(?:[-—~至到]\d{1,3})?周?岁(?:及?以[上下]|以内)?|[5-9]0后|00后)/;
/**
 * The noun phrase right after a classifier (pre-position), up to a verb, an
 * adverb, a preposition, the end of the clause or another count. A 、-list goes
 * on (`47项咨询、培训、业务办理等服务事项`) unless a numeral follows the 、.
 * `governed`: a verb before the figure takes the counted as its object, so a verb
 * right after the classifier with a noun after it describes that noun
 * (`开展12场帮扶活动`, `推动45个共建项目落地`) rather than saying what the counted did.
 */
export function phraseAfter(text: string, from: number, right: number, governed = false): { text: string; end: number } {
  // `建成12个 “红色驿站”`: a space a page left between the classifier and its noun parts nothing
  // (a character looked at first: this runs for every count)
  if (isSpaceAt(text, from) && SPACE_BEFORE_NOUN_AT.test(text.slice(from, from + 2))) return phraseAfter(text, from + 1, right, governed);
  // `600亿元人民币意向性授信`: the currency named after the yuan is no part of what they are
  if (text.charCodeAt(from) === 0x4eba /* 人 */ && text[from - 1] === '元' && text.startsWith('人民币', from)) return phraseAfter(text, from + 3, right, governed);
  // `表彰12名2023年度优秀党员`, `3家2021年新申报的服务站`: a year right after the classifier dates
  // what is counted; the noun follows it (a digit looked at first: most nouns open otherwise)
  if (isDigitAt(text, from)) {
    YEAR_AFTER_CLASSIFIER_AT.lastIndex = from;
    if (YEAR_AFTER_CLASSIFIER_AT.test(text)) {
      const head = phraseAfter(text, YEAR_AFTER_CLASSIFIER_AT.lastIndex, right, governed);
      if (/[\u4e00-\u9fff]/.test(head.text)) return head;
    }
  }
  // `24名政治素质好、党务经验丰富、责任心强的党员`: a list of qualities, then 的, then what is counted
  const qualities = QUALITIES_BEFORE_DE.exec(text.slice(from, right));
  // (the last may be something they have: `…理论水平较强、有奉献精神的党建指导员`)
  // (not where bodies counted by 家 open them: `16家企业党支部上下垂直、运行良好的工作架构`, read on below)
  if (qualities && (QUALITY_END.test(qualities[1]) || (qualities[1].startsWith('有') && QUALITY_END.test(qualities[0].slice(0, qualities[0].lastIndexOf('、'))))) && !(text[from - 1] === '家' && bodiesOpeningAClause(qualities[0]) > 0)) {
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
  // `开展1次党内走访慰问`, `举办2场企业家座谈交流`: an event a verb before the figure holds, named
  // by verbs running to the clause's end, is all of it (the noun stopped at the first verb)
  if (governed && EVENT_CLASSIFIERS.has(text[from - 1])) {
    const event = eventNamedByVerbs(text, from, right);
    if (event) return event;
  }
  let i = from;
  const verbs = verbsIn(text.slice(from, right), from);
  // (a classifier that counts people only, 名 or 位: bodies named in the phrase are then where
  // they work, not what is counted)
  const countsPeople = text[from - 1] === '名' || text[from - 1] === '位';
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
    // ones among them (经费/vn: jieba's tag; our verbs were read before), or of a time (过年)
    // (or a fixed phrase naming people or things, 未成年人/l)
    return !word || (word.word.length > 1 && (word.tag.startsWith('n') || word.tag === 'vn' || word.tag === 't' || (word.tag === 'l' && word.word.length >= 3)));
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
  // where the phrase's head may start: right after the classifier, or past an adjective's adverb
  // there (`12个重点帮扶村`, `3个协同创新中心`: a verb after it still describes the noun)
  // or past a level (`1位市级挂钩领导`, `1名区镇包联干部`: no level does the verb after it), and an
  // adjective's adverb after the level (`10家市级重点帮扶企业`)
  const levelEnd = LEVEL_STARTS.has(text[from]) && startsAt(LEVEL_AT, text, from) ? LEVEL_AT.lastIndex : from;
  const leadingAdjective = functionWordLength(text.slice(levelEnd, levelEnd + 4));
  const headStart = ADJECTIVE_ADVERBS.has(text.slice(levelEnd, levelEnd + leadingAdjective)) ? levelEnd + leadingAdjective : levelEnd;
  let depth = 0; // brackets opened inside the phrase: `县(市、区)` is a name
  let kindOfWorkAt: number | undefined;
  // where the last verb read as describing the noun ends (`县级包联干部`): jieba's verbs before
  // it are no predicate
  let verbsInNounUpTo = from;
  while (i < right && i - from < MAX_PHRASE) {
    // (a character at a time: tested by character first, the patterns only where one may start)
    const ch = text[i];
    // `作为10支服务分队之一`: one of them is said of the sentence's topic, the count is of the teams
    if (ch === '之' && i > from && i + 1 < right && text[i + 1] === '一') break;
    // `120余家企业“升规”`, `12名党员“亮身份”`: a short quoted word right after bodies or people, closing
    // the clause, is what they did or became, no part of them (where a verb before the figure builds
    // what is counted, it names it: `打造5个社区“微网格”`)
    if (ch === '“' && i > from && text[i - 1] !== '”') {
      const close = text.indexOf('”', i + 1);
      if (!governed && close > i + 2 && close - i <= 5 && isClauseEndAt(text, close + 1) && DOER_HEADS.some((h) => text.endsWith(h, i))) break;
    }
    // `近千名“创业标兵”“管理标兵”“服务标兵”`: a quoted name right after a quoted name of the phrase is
    // read whole, as the first was (服务 in it is no verb ending the phrase)
    if (ch === '“' && i > from && text[i - 1] === '”') {
      const close = text.indexOf('”', i + 1);
      if (close > i + 1 && close < right && close - i <= 12 && !/[、,，。;；:：!?！？]/.test(text.slice(i + 1, close))) {
        i = close + 1;
        continue;
      }
    }
    // `120座5000平方米以上楼座`: a size right after the classifier says which things are counted,
    // part of their noun (its digits would end the phrase)
    if (i === from && ch >= '0' && ch <= '9' && startsAt(SIZE_AT, text, i) && SIZE_AT.lastIndex < right && isHanAt(text, SIZE_AT.lastIndex)) {
      i = SIZE_AT.lastIndex;
      continue;
    }
    // `5个过亿元项目`: 过/超/达/逾 before an amount qualifies the noun; it is no particle or adverb here
    if (AMOUNT_COMPARED.has(ch) && i + 1 < right && '亿万千百'.includes(text[i + 1]) && AMOUNT_THEN_NOUN.test(text.slice(i + 1, right))) {
      i += 1;
      continue;
    }
    // `19个乡镇人口差超5倍`: a comparison before a figure of no count of ours (倍) closes the noun
    // as the next count's figure would
    if (i > from && (ch === '超' || ch === '达' || ch === '逾') && FIGURE_COMPARED_AT.test(text.slice(i + 1, i + 4))) break;
    // `13个“天目共富联盟”`, `…的“双强”示范村`: a quoted name right after the classifier is read
    // whole, whatever words its characters make (共, 强); a quoted list or sentence is not a name
    // (a slogan of clauses, `“学党史,办实事”`, is a title when a noun follows it: `…”主题活动`)
    if (i === from && (ch === '“' || ch === '‘')) {
      const close = text.indexOf(ch === '“' ? '”' : '’', i + 1);
      const inside = close > i + 1 ? text.slice(i + 1, close) : '';
      const titled = close + 1 < right && isHanAt(text, close + 1) && close - i <= 30 && !/[、。;；:：!?！？]/.test(inside);
      if (close > i + 1 && close < right && ((close - i <= 16 && !/[、,，。;；:：!?！？]/.test(inside)) || titled)) {
        i = close + 1;
        // (a name that ends as bodies and places do is whole: `“天目共富联盟”定向帮扶` goes on
        // with other words; `“双强”示范村` does not end so, and its noun follows)
        if (endsWithNounEnding(text.slice(from + 1, close)) && !startsWithAWordEndingAsNouns(text.slice(i, Math.min(right, i + 6)))) break;
        continue;
      }
    }
    // `90%以上的企业有党员`: 有 standing as a word of its own is what the counted have (not the
    // 有 of 有限公司, 国有, 所有)
    // (nor is the light verb 作/做 before what the counted gave: `8家单位作交流发言`; not 工作, 作风)
    // (jieba is asked only past the commonest words these open or close: 有限, 工作)
    // (nor 做到, what the counted achieve: `30个村做到对接全覆盖`; a linking word, no verb of ours)
    // (nor 全 alone before a verb, all of them doing it: `对28家企业全实行包保`; not 全县, 全面, 全部)
    if (ch === '全' && i > from && wordAt(i)?.word === '全' && verbs.some((v) => v.start === i + 1)) break;
    // (nor 学 alone, what the counted learn: `百家园区学“双凤”经验`, `30名党员学党史`; not 学校, 学习)
    if ((ch === '有' || ch === '作' || ch === '做' || ch === '学') && i > from && text[i + 1] !== '限' && text[i - 1] !== '工' && (wordAt(i)?.word === ch || (ch === '做' && text[i + 1] === '到' && wordAt(i)?.word === '做到'))) break;
    // (nor a verb of ours and 后 saying when, a clause of its own: `30名党员报到后开展服务`; the verb
    // is no verb of the clause, so verbsIn leaves it, 后 being read a noun's end)
    if (i > from && (text.charCodeAt(i + 2) === 0x540e /* 后 */ || text.charCodeAt(i + 3) === 0x540e) && AFTER_DEED_AT.test(text.slice(i + 2, i + 5)) && verbsIn(text.slice(i, i + 2)).length === 1) break;
    // (nor 以 opening 以…为, what the counted take as what, whatever word jieba reads across it:
    // `3个商圈以德百物流批发城为驻地`, 以德/t)
    if (ch === '以' && i > from && TAKING_AS_AT.test(text.slice(i, i + 18))) break;
    // (nor a word of having closing in 有, as jieba reads it: `3个商圈拥有2200余家商户`, 现有, 具有)
    if (text.charCodeAt(i + 1) === 0x6709 /* 有 */ && i > from && HAVING_OPENERS.has(ch) && wordAt(i)?.word === ch + '有') break;
    // (nor 所 opening a clause of what is done to or by them, a word of its own before a verb:
    // `8个联合党支部所对应的14家企业`; not the 所 of 派出所, 研究所)
    // (or opening a word of where or whose they are: `3所学校所在的社区`, `企业所属的行业`)
    // (nor the 所 of a township's office jieba leaves apart: `68个基层工商所建起…`, 司法所, 财政所)
    if (ch === '所' && i > from && !OFFICE_BEFORE_SUO.has(text.slice(i - 2, i)) && ((wordAt(i)?.word === '所' && (verbs.some((v) => v.start === i + 1) || /^v/.test(wordAt(i + 1)?.tag ?? ''))) || wordAt(i)?.word === '所在' || wordAt(i)?.word === '所属')) break;
    // (nor where they come from: `810名党员来自个体工商户`)
    if (ch === '来' && i > from && text[i + 1] === '自') break;
    // (nor the verb closing a frame of 从, what is set about from them: `从…等5个方面入手`, `…着手`, `…出发`)
    if (i > from && (ch === '入' || ch === '着' || ch === '出') && FRAME_CLOSING_AT.test(text.slice(i, i + 3))) break;
    // (nor whose lead they were under: `在22名党员带领下`)
    if (i > from && UNDER_LEAD_STARTS.has(ch) && startsAt(UNDER_LEAD_AT, text, i)) break;
    // (nor a word of what is planned right before a verb: `38个项目计划开工建设`, `12个项目拟开工`;
    // before a noun 计划 is one, `5个计划项目`)
    if (i > from && PLAN_STARTS.has(ch)) {
      const plan = PLANNED_AT.exec(text.slice(i, i + 3));
      if (plan && verbs.some((v) => v.start === i + plan[0].length)) break;
    }
    const verbHere = verbs.find((v) => v.start === i);
    // `3名网格员受表彰`, `12家企业受到表彰`, `5名党员受邀参加`: a mark of the passive right before a
    // verb is no part of the noun (网格员受 was read); the verb after it is said of the counted
    if (!verbHere && i > from && passiveBeforeVerb(text, i, verbs) > 0) break;
    // (受到 before a noun too: what they received, `30名党员受到广泛好评`, is none of them)
    if (ch === '受' && i > from && text[i + 1] === '到') break;
    if (verbHere) {
      if (i === from && nominalVerbAt(text, i, right)) return { text: verbHere.text, end: verbHere.end };
      // `1.2万元的老年人生活补贴`, `5000元创业补助`: after money, a word of a payment closing the phrase
      // after a noun is the noun's head, no verb
      if (i > from && PAYMENTS.has(verbHere.text) && afterYuan(text, from) && !isHanAt(text, verbHere.end)) {
        i = verbHere.end;
        break;
      }
      // `15名扎根基层的优秀党员`, `86位换届试点乡镇的党委书记`: a clause holding a verb, then 的,
      // then people or bodies: those are counted, the clause describes them
      // (not where people or bodies stand before the verb: `153名党员干部参与的…团队` counts them)
      // (people counted are people: `8人获得县委颁发的荣誉证书` counts no certificates)
      if (i - from <= 6 && !(i > from && endsWithCountedHead(text.slice(from, i)))) {
        const described = describedAfterDe(text, from, right);
        // (and bodies are bodies: `70家入驻企业都能感受到党组织的关心` counts no care)
        const countsBodies = text[from - 1] === '家' || text[from - 1] === '户';
        if (described && (!(countsPeople || text[from - 1] === '人') || endsWithPersonHead(unquote(described.text))) && (!countsBodies || namesCountedThings(unquote(described.text)))) return described;
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
      // (and after one noun opening the phrase: `推出80项安全培训课程`, `10项党员服务群众措施`)
      const afterOneNoun = i > from && i - from <= 3 && wordAt(from)?.word.length === i - from && /^(?:n|an$)/.test(wordAt(from)!.tag);
      // (not a verb of settling after the noun, what the things did: `推动23个项目落户家乡`)
      if (governed && (i === from || (afterOneNoun && !SETTLING_VERBS.has(verbHere.text))) && !PUTTING_IN.has(verbHere.text) && !verbs.some((v) => v.start === verbHere.end) && nounWordAt(verbHere.end)) {
        i = verbsInNounUpTo = verbHere.end;
        continue;
      }
      // (in what a verb before the figure governs, or after money, one right after a quality in 性
      // is a noun with it: `提供600亿元意向性授信`, `发放3000万元政策性贷款`; not the predicate of
      // people's quality, `200名党员主动性增强`, which no verb governs)
      if (i - from >= 2 && text[i - 1] === '性') {
        if (governed || afterYuan(text, from)) {
          i = verbsInNounUpTo = verbHere.end;
          continue;
        }
        // (elsewhere the quality is what the verb says of the things counted, and no part of
        // them: `5个项目可行性提高` counts 项目)
        const quality = tagWords(text.slice(from, i)).at(-1);
        if (quality && quality.start > 0 && quality.word.length >= 2) i = from + quality.start;
        break;
      }
      // (so are verbs in a row before such a head: `12个对口帮扶村`)
      if ((i === from || i === headStart) && verbs.some((v) => v.start === verbHere.end)) {
        let j = verbHere.end;
        for (let next = verbs.find((v) => v.start === j); next; next = verbs.find((v) => v.start === j)) j = next.end;
        if (HEADS_AFTER_VERB.startsAt(text, j) || personNounAfterVerb(text, j, right)) {
          i = verbsInNounUpTo = j;
          continue;
        }
      }
      if (
        ((i === from || i === headStart) &&
          // (not one of bringing a state about or joining, never the first half of a noun, after a
          // level too: `23个乡镇实现党组织全覆盖`)
          !PUTTING_IN.has(verbHere.text) &&
          (HEADS_AFTER_VERB.startsAt(text, verbHere.end) ||
            startsAt(FUND_AFTER_VERB_AT, text, verbHere.end) ||
            personNounAfterVerb(text, verbHere.end, right) ||
            // (a level between them: `1家结对市级机关`)
            (startsAt(LEVEL_AT, text, verbHere.end) && HEADS_AFTER_VERB.startsAt(text, LEVEL_AT.lastIndex)))) ||
        // (people counted, bodies where they work, then a verb and a noun of people: `30名企业服务专员`;
        // not people doing it, `12名党员服务企业`)
        (countsPeople && i > from && bodyNotPeopleAtEnd(text.slice(from, i)) && personNounAfterVerb(text, verbHere.end, right)) ||
        // (and anywhere in the phrase a verb before a fund's noun that closes the clause names the
        // fund: `1000万元人才发展基金`; not `20名党员参与资金监管`; not one of getting or handing
        // money over, which is done with it: `5家企业获得资金`)
        // (after money, with a few words of its kind between: `3000万元产业投资发展引导资金`, `200万元人才发展专项资金`)
        ((startsAt(FUND_NOUN_AT, text, verbHere.end) || (afterYuan(text, from) && startsAt(FUND_NOUN_NEAR_AT, text, verbHere.end))) && !MOVING_MONEY.has(verbHere.text)) ||
        (saysNew && verbHere.end < right && isHanAt(text, verbHere.end) && !verbs.some((v) => v.start === verbHere.end))
      ) {
        i = verbsInNounUpTo = verbHere.end;
        continue;
      }
      // `3项亲企助企工作机制`: a verb inside a name of a kind of work that ends the clause (机制,
      // 模式, 平台) describes it
      // (not after people or bodies, who do the verb: `12名党员服务企业…`, `近万家企业搭建…平台`;
      // nor a verb setting one up, whose object it is: `搭建资源共享平台`)
      // (after a noun of doers too where the classifier counts no doers: `12条企业帮扶措施`, `33条合作社扶持政策`;
      // or where the verbs are works done to a place, a project's name: `5个老旧小区改造提升工程`)
      // (so does one between a noun and a kind of firm or body closing the clause: `3家物业服务公司`,
      // `2个人民调解委员会`; not `3个村建立合作社`, nor after doers, `12名党员服务企业`)
      // (and one before a kind of event, in what a verb before the figure governs: `参加9场次校园招聘活动`,
      // bodies before it too, which name the event's field, not who does the verb: `举办8期社会组织治理能力研修班`;
      // so before a kind of body set up: `成立843家党支部领办专业合作社`; not where doers counted by a
      // classifier of things do the verb: `组织8个党支部开展主题党日活动`)
      if (
        !SETTING_UP_VERBS.has(verbHere.text) &&
        (((startsAt(KIND_OF_WORK_AHEAD, text, verbHere.end) || (i > from && startsAt(KIND_OF_BODY_AHEAD, text, verbHere.end))) &&
          (!DOER_HEADS.some((h) => text.slice(from, i).endsWith(h)) || (DOCUMENT_CLASSIFIERS.has(text[from - 1]) && startsAt(KIND_OF_WORK_AHEAD, text, verbHere.end)) || startsAt(WORK_ON_A_PLACE_AT, text, i))) ||
          (governed && i > from && (EVENT_CLASSIFIERS.has(text[from - 1]) || !DOER_HEADS.some((h) => text.slice(from, i).endsWith(h))) &&
            (startsAt(KIND_OF_EVENT_AHEAD, text, verbHere.end) || startsAt(KIND_OF_BODY_AHEAD, text, verbHere.end))) ||
          // (right after a classifier of events, governed or not: `形成…500场服务活动`)
          (i === from && EVENT_CLASSIFIERS.has(text[from - 1]) && startsAt(KIND_OF_EVENT_AHEAD, text, verbHere.end)))
      ) {
        i = verbsInNounUpTo = verbHere.end;
        continue;
      }
      // `提供12项便民服务。`, `推出10项特色服务`: a verb of a service closing the clause after a noun
      // of its kind, in what a verb before the figure governs, is the noun's head (便民 was read);
      // people counted do it, `12名党员上门服务`, and bodies may: `组织12家企业培训`
      if (governed && !countsPeople && i - from >= 2 && SERVICE_VERBS.has(verbHere.text) && (verbHere.end >= right || isClauseEndAt(text, verbHere.end)) && verbsIn(text.slice(from, i)).length === 0 && !DOER_HEADS.some((h) => text.endsWith(h, i))) {
        i = verbHere.end;
        break;
      }
      break;
    }
    if (mayStartFunctionWord(ch)) {
      const rest = text.slice(i, right);
      // `12家企业党组织书记以及部分社区书记`: a conjunction before a word of how many (部分, 各, 相关)
      // joins a noun of its own, which the figure does not count
      if (i > from && QUANTIFIED_JOIN.test(rest)) break;
      // `12家规模以上企业`, `5个市级以上示范点`: 以上/以下 after a word of size or level is part
      // of the noun (after a figure it is an approximation, read with the figure; after people it
      // bounds how many of them, the noun ending there: `80名职工以上的企业` counts 职工)
      // (so after vehicles: `50辆车以上企业` counts 车)
      if (i > from && ABOVE_OR_BELOW.test(rest) && !/[\d零〇一二两三四五六七八九十百千万亿]/.test(text[i - 1]) && !endsWithPersonHead(text.slice(from, i)) && !VEHICLES_END.test(text.slice(from, i))) {
        i += 2;
        continue;
      }
      // (or the first of a noun that holds a verb: the 就 of 就业形态 in 新就业形态劳动者; or the last
      // character of such a verb: the 到 of 报到单位 in 双报到单位)
      if (functionWordLength(rest) === 1 && (partOfNoun(i) || nounsWithVerbsIn(rest.slice(0, 8)).some(([a]) => a === 0) || (i > from && verbsIn(text.slice(i - 1, i + 1)).length === 1 && nounEndingLengthAt(text, i + 1) > 0))) {
        i += 1;
        continue;
      }
      // `3名以上正式党员`: right after the classifier an adjective (正式/ad), not the adverb 正;
      // `60名从业人员`: nor a verb's first character (从业/v), not the preposition 从; so past a
      // level (`6个县级帮扶单位`: not the preposition 帮)
      if ((i === from || i === headStart) && functionWordLength(rest) === 1 && (adjectiveAt(i) || verbWordAt(i))) {
        i += 1;
        continue;
      }
      // (an adjective's adverb describes the noun: `5家重点企业`; 统一 and 基本 before a verb are the
      // verb's, `企业支部统一配发`, `党组织基本达到`, as 重点 is not: `12个重点帮扶村`)
      const adverbWord = rest.slice(0, functionWordLength(rest));
      const adjective = ADJECTIVE_ADVERBS.has(adverbWord) && !(ADVERBS_BEFORE_VERBS.has(adverbWord) && verbsIn(rest.slice(2, 6))[0]?.start === 0) &&
        // (有效, 高效 only right after the classifier: after the head they say how it works, `生产线高效运转`)
        !(i > headStart && ADJECTIVES_ONLY_FIRST.has(adverbWord));
      // (nor one inside a noun our lexicon knows: the 积极 of 入党积极分子)
      if (!adjective && startsWithAdverb(rest)) {
        const back = Math.max(from, i - 4);
        if (nounsWithVerbsIn(text.slice(back, right)).some(([a, b]) => a <= i - back && b > i - back)) {
          i += functionWordLength(rest);
          continue;
        }
      }
      // (nor is the first of a verb jieba reads whole in the name of a kind of work closing the
      // clause: the 就 of 就业 in `5项高校毕业生就业创业扶持政策`)
      // (where a kind of work closes the clause, looked for once a phrase; jieba's words are
      // read only there)
      kindOfWorkAt ??= kindOfWorkClosing(text, from, right);
      if (!adjective && i > from && kindOfWorkAt > i && kindOfWorkAt - i <= 12 && (wordAt(i)?.word.length ?? 0) > 1 && /^vn?$/.test(wordAt(i)!.tag)) {
        i += wordAt(i)!.word.length;
        continue;
      }
      // (not doing, joined to what they lack by a conjunction, is more of the clause: `没有党员或未建立党组织的社会组织`)
      if (!adjective && i > from && /[或和且、]/.test(text[i - 1]) && NEGATIONS.has(rest.slice(0, functionWordLength(rest)))) {
        i += functionWordLength(rest);
        continue;
      }
      if (startsWithAdverb(rest) && !adjective) {
        // `3家已建立党组织的企业`, `65%以上单独组建党支部的企业`: right after the classifier an adverb
        // before a verb opens a clause describing the bodies or people after 的, which are counted
        // (without 的 the verb is said of the counted: `30家已建立党组织`)
        // (adverbs may stand in a row: `38个未按期换届的党支部`)
        let verbStart = i + functionWordLength(rest);
        while (verbStart < right && startsWithAdverb(text.slice(verbStart, right))) verbStart += functionWordLength(text.slice(verbStart, right));
        // (a verb our lexicon lacks, of two characters in jieba's dictionary: 换届; looked up, not cut)
        if (i === from && (verbs.some((v) => v.start === verbStart && v.text !== '是') || /^vn?$/.test(wordTag(text.slice(verbStart, verbStart + 2)) ?? ''))) {
          const described = describedAfterDe(text, from, right);
          if (described) return described;
          // (a negated deed with no 的, then bodies or people before the clause's verb, is all one
          // noun: `274个未按期换届两新党组织完成换届`)
          if (NEGATIONS.has(rest.slice(0, functionWordLength(rest)))) {
            // (the clause's verb after them: `12家未建立党组织。` says what they lack, its object no head)
            // (adverbs of theirs before that verb are no part of them: `…两新党组织逐个分析研判`)
            // (the next verb, ours or jieba's: 完成, 分析)
            let next = verbStart + 2;
            while (next < right && !verbs.some((v) => v.start === next) && !verbWordAt(next)) next++;
            const whole = next < right ? withoutTrailingAdverb(text.slice(from, next)) : '';
            if (whole.length <= 16 && endsWithCountedHead(whole)) return { text: whole, end: from + whole.length };
          }
        }
        // `党群共享阵地。`: a few characters to the clause's end with no verb are the noun's own (共享, not the adverb 共)
        // (to the clause's end, not to the next count's figure: `3家银行共12家`)
        // (not an adverb that is a word of its own there: `党员已到岗`)
        if (i > from && functionWordLength(rest) === 1 && rest.length <= 4 && /^[\u4e00-\u9fff]+$/.test(rest) && (right >= text.length || isClauseEndAt(text, right)) && verbsIn(rest).length === 0 && (wordAt(i)?.word.length ?? 2) > 1) i = right;
        break;
      }
      // `2个功能型党支部和凤鸣公司党支部、恒达公司党支部4个实体党支部`: a conjunction after a whole
      // body or person, before names listed up to the next figure, joins that figure's list
      if (i > from && (ch === '和' || ch === '及') && right < text.length && NUMERAL_AHEAD.test(text.slice(right, right + 2)) && text.slice(i + 1, right).includes('、') && endsWithCountedHead(text.slice(from, i))) break;
      // (a conjunction inside the phrase joins more of it: `没有党员或未建立党组织的社会组织`)
      // (`120家在园企业`, `15家在京凤城籍商会`: 在 and where they are, right after the classifier and
      // before bodies or people with no verb between, describes them)
      if (i === from && ch === '在' && whereTheyAreAt(text, i, right)) {
        i += 1;
        continue;
      }
      if (startsWithPreposition(rest) && (i === from || !/^(?:和|与|同|以及|或者?)(?![\d零〇一二两三四五六七八九十百千])/.test(rest))) {
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
    // `整合12个行业党委等多方力量`: 等 before forces or means of several sides sums up the counted among
    // others; the noun ends before it
    if (ch === '等' && i > from && FORCES_AFTER_DENG.test(text.slice(i + 1, i + 7))) break;
    // `通过…选派5名党建指导员等举措`: people, then 等 and the means they were one of; the people are counted
    if (ch === '等' && countsPeople && i > from && MEANS_AFTER_DENG.test(text.slice(i + 1, i + 3)) && endsWithPersonHead(text.slice(from, i))) break;
    if (ch === '的' || (ch === '、' && (NUMERAL_AHEAD.test(text.slice(i + 1, right)) || itemWithFigureAt(text, i + 1, right))) || (ch >= '0' && ch <= '9')) break;
    if (ch === '、' && i === from) break;
    // `新增了两个全新身份——党支部书记和…`: a dash opens what they are, spelled out; the noun ends before it
    if ((ch === '—' || ch === '─') && i > from) break;
    // `4家骨干企业+1个行业商会+若干协作单位`: a plus before another figure adds the next part of a formula
    // (read past the clause's bound, which the next count's figure may set right after the plus)
    if (ch === '+' && NUMERAL_AHEAD.test(text.slice(i + 1, i + 3))) break;
    // `6个项目总投资达45亿元`: 达 right before the next figure says what that figure reaches
    if (ch === '达' && i > from && NUMERAL_AHEAD.test(text.slice(i + 1, i + 2))) break;
    // `有10名以上员工、有生产经营活动`: 有 after 、 opens the next of a list of predicates
    if (ch === '、' && text[i + 1] === '有' && text[i + 2] !== '限') break;
    // `选派5名党建指导员、组建联络服务群`: after people, a verb and its object opening the next item is
    // the next deed of a list, no more people (`20名党员、入党积极分子` lists people)
    if (ch === '、' && countsPeople && i > from && endsWithPersonHead(text.slice(from, i)) && opensADeed(text, i + 1, right)) break;
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
  // (cut by the longest phrase in the middle of a word: read on to the word's end, `…高校等成员单位`)
  if (i - from >= MAX_PHRASE && i < right && isHanAt(text, i) && isHanAt(text, i - 1)) i = endOfWordAcross(text, i, right);
  let phrase = text.slice(from, i);
  // `12个部门联合开展活动`, `8个部门创新推出`, `20名党员带头签订`: a word of manner right before the
  // verb that ended the phrase says how it was done (read only where a phrase ends so, not wherever
  // the word stands: 联合党委, 科技创新平台, 带头人)
  if (phrase.length > 2 && verbs.some((v) => v.start === i)) {
    const manner = MANNER_BEFORE_VERBS.find((w) => phrase.length > w.length && phrase.endsWith(w));
    if (manner) phrase = phrase.slice(0, -manner.length);
  }
  // (so is one after people or bodies, right before a preposition of whom or what for:
  // `66位企业家现场为困难对象捐款`; not `3个活动现场为…`, the events' sites)
  else if (phrase.length > 2 && FOR_WHOM_AFTER_MANNER.has(text[i])) {
    const manner = MANNER_BEFORE_PREPOSITION.find((w) => phrase.length > w.length && phrase.endsWith(w));
    if (manner && endsWithCountedHead(phrase.slice(0, -manner.length))) phrase = phrase.slice(0, -manner.length);
  }
  // `3个联合建(覆盖13个社会组织)`: an aside the phrase opened and a verb inside it ended is no part of it
  if (depth > 0) phrase = phrase.slice(0, Math.max(phrase.lastIndexOf('('), phrase.lastIndexOf('（'), phrase.lastIndexOf('['), phrase.lastIndexOf('【')));
  // `百名干部带着任务…`: an aspect particle ended the phrase; the word before it is its verb
  if (/[了着过]/.test(text[i] ?? '') && phrase.length > 2) {
    const last = tagWords(phrase).at(-1);
    if (last && last.start > 0 && last.tag === 'v') phrase = phrase.slice(0, last.start);
  }
  // `8家企业停产。`, `12名党员请战`: a verb our lexicon lacks closing the clause right after people
  // or bodies is said of them (jieba's verb), no part of the noun (企业停产 was read); after other
  // words jieba's verbs are too often nouns (共性需求, 社会组织)
  if (phrase.length > 2 && (i >= text.length || isClauseEndAt(text, i))) {
    const words = tagWords(phrase);
    const last = words.at(-1)!;
    // (a word of manner may stand between: `76名高技能人才整体搬迁`)
    const manner = words.length > 2 && MANNER_BEFORE_VERBS.includes(words.at(-2)!.word) ? words.at(-2)! : undefined;
    const head = words.at(manner ? -3 : -2);
    // (a verbal noun too, after partners named by 与: `与13所高校合作`)
    const verbal = last.tag === 'v' || (last.tag === 'vn' && PARTNERS_COUNTED_BEFORE.test(text.slice(Math.max(0, from - 36), from)));
    if (head && verbal && last.word.length >= 2 && DOER_HEADS.some((h) => head.word.endsWith(h)) && verbsIn(last.word).length === 0) phrase = phrase.slice(0, (manner ?? last).start);
  }
  phrase = withoutLocative(phrase);
  // `19个乡镇人口差超5倍`: before a comparison with a figure, the bodies or places first named are
  // what is counted, and what follows them is what is compared of them (人口差)
  if (!countsPeople && phrase.length >= 4 && (text[i] === '超' || text[i] === '达' || text[i] === '逾') && FIGURE_COMPARED_AT.test(text.slice(i + 1, i + 4))) {
    const first = tagWords(phrase).find((w) => HOLDERS.some((h) => w.word.endsWith(h)));
    const end = first ? first.start + first.word.length : 0;
    if (end >= 2 && phrase.length - end >= 2) phrase = phrase.slice(0, end);
  }
  // `从调查的60余家企业情况看`: what one sees from them closes the frame, and is no part of the noun
  if (phrase.endsWith('看')) phrase = phrase.replace(FROM_THEM_SEEN, '');
  // `24名政治素质好、责任心强的党员`: qualities before 的 describe the noun after it, which is
  // counted; so does a clause led by a verb (`22名符合条件的人员`)
  // (`24家成为联盟的一员`: one of a whole, after the verb that says so, is no head noun; the
  // verb is the predicate, and nothing is named after the figure)
  const oneOf = text[i] === '的' && ONE_OF.test(text.slice(i + 1, i + 4));
  if (oneOf && startsWithVerb(phrase)) return { text: '', end: from };
  // (`7个村支部成为联盟的一员`: those named before the verb are counted)
  if (oneOf) {
    const verb = tagWords(phrase).find((w) => w.start > 0 && w.tag === 'v' && w.word.length >= 2);
    if (verb) phrase = phrase.slice(0, verb.start);
  }
  // (`17家有少数党员的企业`: what the counted have, before 的, describes them too; or lack, `13家无党员的
  // 非公企业`, `5家没有党员的企业`; not 无人机, 无线)
  if (text[i] === '的' && (phrase.includes('、') || QUALITY_END.test(phrase) || startsWithVerb(phrase) || HAVING_OR_LACKING.test(phrase))) {
    // (not where bodies counted by 家 open the clause and what follows says how they stand:
    // `16家企业党支部上下垂直、运行良好的工作架构` counts the branches, not the framework)
    const bodies = text[from - 1] === '家' ? bodiesOpeningAClause(phrase) : 0;
    if (bodies > 0) return { text: phrase.slice(0, bodies), end: from + bodies };
    const head = phraseAfter(text, i + 1, right);
    if (/[\u4e00-\u9fff]/.test(head.text)) return head;
    // (with no head after 的, what they have or lack names no thing: `其余39户没有党员的选派…`
    // counts some of those counted before, named there)
    if (HAVING_OR_LACKING.test(phrase) && !phrase.includes('、')) return { text: '', end: from };
  }
  // (`40名生活困难的老党员`, `32家新入驻园区的企业`: so does a phrase that describes, by a
  // verb or an adjective or as new, before people or bodies after 的; `3家企业的党员` counts the
  // firms, `12个小区的居民` the estates)
  // (not one of a whole, which those named before the verb became: `7个村支部成为联盟的一员`)
  if (text[i] === '的' && !oneOf && phrase.length >= 2 && describes(phrase)) {
    let head = phraseAfter(text, i + 1, right);
    // (a head opening with a verb that names its kind, `30个各具特色的共建理事会`, is read as
    // after a verb of the sentence, which made the verb part of the noun)
    if (head.text === '') head = phraseAfter(text, i + 1, right, true);
    // (or any thing, after a clause with a verb of ours: `23个涵盖多种类型的村企共建案例`, or after a
    // quality in an idiom or an adjective: `12个独具特色的党建品牌`)
    if (head.text.length >= 2 && (namesCountedThings(head.text) || ((verbsIn(phrase).length > 0 || QUALITY_TAG.test(tagWords(phrase).at(-1)!.tag)) && endsWithNoun(head.text)))) return head;
  }
  // `30名机关单位的党员干部`, `12余名个体工商户的党员代表`: people counted (名, 位) of a body or a
  // kind of firm named before 的 are the people after it, not the bodies (`3家企业的党员` counts firms)
  if (text[i] === '的' && !oneOf && countsPeople && !endsWithPersonHead(phrase) && verbsIn(phrase).length === 0) {
    const head = phraseAfter(text, i + 1, right);
    if (endsWithPersonHead(head.text)) return head;
  }
  // `4个部门负责人和金鹰、远航等8家…`: a list closed by 等 before a numeral belongs to the next count
  // (so does a noun joined by a conjunction right before another figure: `12名企业负责人以及部分党员
  // 代表共80余人`, where the second figure counts them together or the second noun alone)
  // (or one the phrase's length cut off before its 等: `131家…书记以及部分…书记等共约260人`)
  if (FIGURE_AHEAD.test(text.slice(text[i] === '等' ? i + 1 : i)) && (/等$/.test(phrase) || /以及|[和与及]/.test(phrase))) {
    // (以及 whole: its 及 alone would leave 以 behind)
    const both = phrase.lastIndexOf('以及');
    const joint = Math.max(phrase.lastIndexOf('和'), phrase.lastIndexOf('与'), phrase.lastIndexOf('及') - (both >= 0 && both === phrase.lastIndexOf('及') - 1 ? 1 : 0));
    if (joint > 0) phrase = phrase.slice(0, joint);
  }
  // `两个支部各发展党员3名`, `5个支部各1名`, `3个村各自成立`: 各 or 各自 (each) closing the phrase
  // before a verb or a figure shares out what follows, and is no part of the noun
  const each = phrase.endsWith('各自') ? 2 : phrase.endsWith('各') ? 1 : 0;
  if (each > 0 && phrase.length > each && (verbs.some((v) => v.start === i) || NUMERAL_AHEAD.test(text.slice(i, i + 1)))) phrase = phrase.slice(0, -each);
  // `“…建立了26个党支部”。`: a quotation the figure stands in closes after the noun; the mark
  // is no part of it
  const unopened = phrase.search(/[”’」』]/);
  if (unopened > 0 && !/[“‘「『]/.test(phrase.slice(0, unopened))) phrase = phrase.slice(0, unopened);
  // `200名党员“一人一岗、一岗一责”`: a quotation the phrase opens and does not close
  // (the list inside it ended the phrase) names something else
  const quote = phrase.search(/[“‘「『]/);
  if (quote > 0 && !/[”’」』]/.test(phrase.slice(quote))) phrase = phrase.slice(0, quote);
  // `18个社区党群服务阵地“亲民化”改造`: a quotation closing the phrase right before a verb says
  // how that is done (亲民化改造), and is no part of what is counted
  // (a verb of jieba's there too: `选派1名指导员“一对一”跟踪联系`)
  if (/[”’」』]$/.test(phrase) && (verbsIn(text.slice(i, Math.min(right, i + 4)))[0]?.start === 0 || jiebaVerbAt(text, i, right))) {
    const open = lastQuoteOpening(phrase);
    if (open >= 2) phrase = phrase.slice(0, open);
  }
  // `168项高频事项“自助办”`: a quotation after a whole noun, closing the clause, says what was made
  // of it (the clause's predicate), and is no part of it
  // (not a quoted noun naming what the thing before it has or is: `95条群众“微心愿”`, `12个党员“先锋岗”`)
  if (/[”’」』]$/.test(phrase) && CLAUSE_END.test(text[i] ?? '。')) {
    const open = lastQuoteOpening(phrase);
    if (open >= 2 && tagWords(phrase.slice(0, open)).at(-1)?.tag.startsWith('n') && !namesAThing(phrase.slice(open + 1, -1))) phrase = phrase.slice(0, open);
  }
  // `授予20名党员“优秀党员”称号`: a quoted title and a word of honour after the noun are what those
  // counted were given, no part of them
  if (phrase.length > 4 && HONOUR_AFTER_QUOTE.test(phrase)) {
    const open = lastQuoteOpening(phrase);
    if (open >= 2) phrase = phrase.slice(0, open);
  }
  // (a locative again once the head noun is cut from what followed it: `6条优势产业链上成立联盟党委`)
  // (and per head, which says how a figure after it is shared: `15户群众人均增收2万元`)
  // (a conjunction the next count's figure cut off is no part of it: `8家职能部门以及4个街道`)
  let head = withoutLocative(headNounPhrase(phrase.replace(/(?:以及|[、和与及])$/, '').replace(PER_HEAD_END, ''), governed, verbsInNounUpTo - from, countsPeople));
  // `77名流动党员管理台账`: people counted (名, 位) are the people named, not the records kept of
  // them after them
  if (countsPeople && head.length >= 4 && !endsWithPersonHead(head) && !/[、“”]/.test(head)) head = peopleBeforeWhereTheyGo(peopleBeforeTheirRecords(head));
  return { text: head, end: from + head.length };
}

/** Whether `from` follows a sum in yuan (`…万元`, `…亿人民币`, `…万元的`): what follows is what the sum is. */
function afterYuan(text: string, from: number): boolean {
  const at = text[from - 1] === '的' ? from - 1 : from;
  return text[at - 1] === '元' || text.startsWith('人民币', at - 3);
}

/** `(从…)情况看`, `来看`: a frame of what is seen from the counted, closing the phrase. */
const FROM_THEM_SEEN = /(?:的?(?:情况|数据|结果|统计))?来?看$/;

/** A size: `5000平方米以上`, `200亩`, `3公里以内` (a measurement, no count of its own). */
const SIZE_AT = /\d+(?:\.\d+)?(?:万?平方米|平米|亩|公顷|公里|千米|米)(?:以上|以下|以内|左右)?/y;

/** Records kept of people, closing a phrase after them (`流动党员管理台账`, `党员信息库`). */
const RECORDS_OF_PEOPLE_END = /(?:台账|档案|名册|名单|信息库|数据库|信息)$/;
/** The people a phrase opens with, where a record of them follows (`流动党员管理台账` → 流动党员); else the phrase. */
function peopleBeforeTheirRecords(phrase: string): string {
  if (!RECORDS_OF_PEOPLE_END.test(phrase)) return phrase;
  const words = tagWords(phrase);
  for (let k = words.length - 2; k >= 0; k--) {
    const cut = words[k].start + words[k].word.length;
    if (cut >= 2 && endsWithPersonHead(words[k].word)) return phrase.slice(0, cut);
  }
  return phrase;
}

/** A verb of going one character long (进, 入, 下, 到, 赴), as people go where they serve (`党员干部进企业`, `党员进村入户`). */
const GOING_ONE_CHARACTER = new Set('进入下到赴');
/** The people a phrase opens with, where a verb of going one character long follows them; else the phrase. */
function peopleBeforeWhereTheyGo(phrase: string): string {
  for (let k = 2; k < phrase.length - 1; k++) {
    if (GOING_ONE_CHARACTER.has(phrase[k]) && endsWithPersonHead(phrase.slice(0, k))) return phrase.slice(0, k);
  }
  return phrase;
}

/** Whether `s` ends in a head of people (党员, 干部, 代表). */


/** A head of people within a few characters, no clause mark or figure before it. */
const PERSON_HEAD_WITHIN = new RegExp(`^[^,，。;；、\\d]{0,6}?(?:${PERSON_HEADS.join('|')})`);

/**
 * Whether, at `at` right after a verb, a noun of people (as jieba reads it) ends the phrase within
 * two more words: `驻企联络员`, `驻企服务专员`, `驻点网格员` are people stationed somewhere, not
 * people doing a verb to `企`. (A verb of ours or a word of another kind on the way: none.)
 */
function personNounAfterVerb(text: string, at: number, right: number): boolean {
  // (jieba is asked only where a head of people stands within reach: most verbs have none after them)
  if (!isHanAt(text, at) || !PERSON_HEAD_WITHIN.test(text.slice(at, Math.min(right, at + 8)))) return false;
  const words = tagWords(text.slice(at, Math.min(right, at + 8)));
  for (let k = 0; k < Math.min(words.length, 3); k++) {
    const { word, tag } = words[k];
    if ((tag.startsWith('n') || tag === 'zg') && (word === '员' || (word.length > 1 && endsWithPersonHead(word)))) return true;
    if (!(tag.startsWith('n') || tag === 'vn' || tag === 'zg' || word === '第一') || verbsIn(word).length > 0) return false;
  }
  return false;
}

/** Whether `s` ends in a head of bodies (企业, 社会组织) and not of people (企业家 is one). */
function bodyNotPeopleAtEnd(s: string): boolean {
  return BODY_HEADS.some((h) => s.endsWith(h)) && !endsWithPersonHead(s);
}

/** Whether `s` ends in a head of people or bodies (党员, 书记, 企业, 村), which a count counts. */
function endsWithCountedHead(s: string): boolean {
  return endsWithPersonHead(s) || BODY_HEADS.some((h) => s.endsWith(h));
}

/**
 * The length of bodies of ours opening a clause's first item, two characters or more before its
 * end (`企业党支部上下垂直`: 5), else 0. Read only in the item before the first 、, and only where
 * jieba ends a word with the body and no noun follows it (`企业党支部书记` names people).
 */
function bodiesOpeningAClause(phrase: string): number {
  const mark = phrase.indexOf('、');
  const first = mark < 0 ? phrase : phrase.slice(0, mark);
  if (first.length < 4 || !BODY_HEADS.some((h) => first.includes(h))) return 0;
  const words = tagWords(first);
  for (let w = words.length - 1; w > 0; w--) {
    const k = words[w].start;
    if (k >= 2 && first.length - k >= 2 && BODY_HEADS.some((h) => first.endsWith(h, k))) return words[w].tag.startsWith('n') ? 0 : k;
  }
  return 0;
}

/** Whether a phrase before 的 describes (a verb, an adjective, 新) rather than names what has the noun after it. */
function describes(phrase: string): boolean {
  // (one that ends in people or bodies names them: `3名以上正式党员的企业`)
  if (phrase.startsWith('新')) return true;
  if (endsWithCountedHead(phrase)) return false;
  // (a size or level and 以上: `30家规模以上的企业`; an idiom or fixed phrase, jieba's i and l: `德才兼备`, `勤劳致富`;
  // a quality named with 性: `2个标志性的党群服务中心`)
  return /(?:以[上下]|性)$/.test(phrase) || verbsIn(phrase).length > 0 || tagWords(phrase).some((w) => /^(?:a|ad|an|v|vn|i|l|z)$/.test(w.tag));
}

/**
 * The people or bodies after a clause holding a verb from `from` to 的, within the clause
 * (`扎根基层的优秀党员` → 优秀党员), or null.
 */
function describedAfterDe(text: string, from: number, right: number): { text: string; end: number } | null {
  // (read within the clause, a dozen characters at most outside quotes, not on through the
  // article; a quotation is read whole, its list marks too: `涵盖“园区共建型、村企互助型”等多种类型的`)
  let de = -1;
  let outside = 0;
  for (let k = from; k < right && outside <= 12; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x201c /* “ */) {
      const close = text.indexOf('”', k + 1);
      if (close < 0 || close >= right || close - k > 30) return null;
      k = close;
      continue;
    }
    if (c === 0x7684 /* 的 */) {
      de = k;
      break;
    }
    // (a list inside the clause goes on, `获得省、市表彰的`; one of figures is a list of counts, `12家、8个`)
    if (c === 0x3001 /* 、 */ && !NUMERAL_AHEAD.test(text.slice(k + 1, k + 2))) {
      outside += 1;
      continue;
    }
    if (CLAUSE_OR_LIST_MARK.test(text[k])) return null;
    outside += 1;
  }
  if (de < 0) return null;
  // (not one of a whole: `24家成为联盟的一员`)
  if (ONE_OF.test(text.slice(de + 1, de + 4))) return null;
  const head = phraseAfter(text, de + 1, right);
  // (people, bodies, or any thing a noun names: `23个涵盖多种类型的村企共建案例`, `12个可复制推广的典型经验`;
  // a quoted name by its words: `42名作用发挥好的“微家长”`)
  const named = unquote(head.text);
  return named.length >= 2 && (namesCountedThings(named) || endsWithNoun(named)) ? head : null;
}

/** jieba's tags of a quality: an adjective, an idiom or a fixed phrase, a state (独具特色/l, 鲜明/a). */
const QUALITY_TAG = /^(?:a|l|i|z)$/;

/** Marks that end a clause or list a relative clause cannot run past. */
const CLAUSE_OR_LIST_MARK = /[,，。;；、”]/;

/** Whether jieba reads the last word of `s` as a noun (案例, 成果). */
function endsWithNoun(s: string): boolean {
  return tagWords(s).at(-1)!.tag.startsWith('n');
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

/**
 * Whether a quoted name names a thing (微心愿, 先锋岗: its last word a noun), not a state or a way
 * something is done (自助办, 全覆盖, 零距离, 不见面, 网格化, 一站式).
 */
function namesAThing(quoted: string): boolean {
  return quoted.length >= 2 && !WAY_OR_STATE.test(quoted) && (tagWords(quoted).at(-1)?.tag.startsWith('n') ?? false);
}
/** How a quoted state or way reads: opening with none, no or all, or closing with -化 or -式. */
const WAY_OR_STATE = /^[零不全无]|[化式]$/;

/** A quoted title, then a word of the honour it is (称号, 荣誉称号, 奖章, 证书), closing a phrase. */
const HONOUR_AFTER_QUOTE = /[”’」』](?:荣誉称号|称号|荣誉证书|荣誉|奖章|奖牌|证书|牌匾)$/;

/** Whether jieba reads a verb of two characters or more right at `at` (`跟踪联系`: 跟踪). */
function jiebaVerbAt(text: string, at: number, right: number): boolean {
  const first = tagWords(text.slice(at, Math.min(right, at + 4)))[0];
  return first !== undefined && first.tag === 'v' && first.word.length >= 2;
}

/** Whether `rest`, two characters or more and no verb in it, ends in a head of bodies (成员单位, 联盟企业). */
function bodyHeadClosing(rest: string): boolean {
  return rest.length >= 2 && BODY_HEADS.some((h) => rest.endsWith(h)) && verbsIn(rest).length === 0;
}

/** Where the last quotation in `phrase` opens (“, ‘, 「 or 『), -1 if none. */
function lastQuoteOpening(phrase: string): number {
  return Math.max(phrase.lastIndexOf('“'), phrase.lastIndexOf('‘'), phrase.lastIndexOf('「'), phrase.lastIndexOf('『'));
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

/** How those counted are spread or move, said after them: `分布零散`, `流动性强`, `分布较广`. */
const SAID_OF_SPREAD = /(?:分布|流动性?)(?:[较很更相对]{1,2}|不)?(?:零散|分散|集中|广泛|[广散强大])$/;

/** Verbs of becoming or serving as: they say what the counted became, never make a compound noun. */
export const BECOMING_VERBS = new Set(['成为', '担任', '担当', '兼任', '出任', '当选', '转为', '转化为']);

/** A phrase this long with no verb of our lexicon in it may still hold one we do not list. */
const LONG_PHRASE = 6;

/**
 * Where our lexicons found no verb to end a long phrase (`3名党员干部挂职企业党建指导员`),
 * jieba's tags find it: the phrase ends before the first verb after its first
 * word. A verb with only a short noun after it at the end is attributive and
 * stays (`党群共享阵地`). 、-lists are left to the lexicon rules.
 */
function headNounPhrase(phrase: string, governed = false, verbsInNounUpTo = 0, people = false): string {
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
    // (nor a verb whose words after it end as bodies do: `“益企”治理成员单位`)
    if (
      /^vn?$/.test(first.tag) && nounEndingLengthAt(phrase, after) === 0 && !HEADS_AFTER_VERB.startsAt(phrase, after) &&
      !nounsWithVerbsIn(phrase).some(([a, b]) => a <= close + 1 && b > close + 1) && !bodyHeadClosing(phrase.slice(after))
    ) {
      return phrase.slice(0, close + 1);
    }
  }
  if (phrase.length < LONG_PHRASE || phrase.includes('、') || /[\d“”"]/.test(phrase)) return phrase;
  const words = tagWords(phrase);
  // `1600余户大小商家星罗棋布`: an idiom after the noun says what they are like, and is no part of it
  const lastWord = words[words.length - 1];
  if (lastWord.tag === 'i' && lastWord.start >= 2) return phrase.slice(0, lastWord.start);
  // (a kind of work is named by its verbs: `亲企助企工作机制`, read to its end by phraseAfter;
  // so is an event a verb before the figure holds, bodies in its name too: `举办8期社会组织治理能力研修班`)
  if (KIND_OF_WORK_END.test(phrase) || (governed && KIND_OF_EVENT_END.test(phrase))) return phrase;
  // (jieba's verbs inside nouns our lexicon knows are none: 非公经济组织)
  let inNoun: Array<[number, number]> | undefined;
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    if (w.tag !== 'v' || w.start < 2 || w.start < verbsInNounUpTo) continue;
    // `12名会长成为党员`: a verb of becoming or serving as is the predicate, whatever follows it
    if (BECOMING_VERBS.has(w.word)) return phrase.slice(0, w.start);
    inNoun ??= nounsWithVerbsIn(phrase);
    if (inNoun.some(([a, b]) => w.start < b && w.start + w.word.length > a)) continue;
    // `2个产值超亿元企业`: a comparison before an amount says which things are counted (as 过亿元 does in phraseAfter)
    if (AMOUNT_COMPARED.has(w.word) && AMOUNT_THEN_NOUN.test(phrase.slice(w.start + w.word.length))) continue;
    // `26名社会组织兼职党建指导员`: people counted, bodies before the verb and people closing the
    // phrase: the bodies are where the people work, the verb says what kind they are
    if (people && bodyNotPeopleAtEnd(phrase.slice(0, w.start)) && endsWithPersonHead(phrase)) continue;
    const after = words.slice(k + 1);
    // `15家企业渡过难关`: after people or bodies, a verb with an object that names neither them
    // nor a thing set up (难关, 困境; not 人员, 基地) is what they do: the predicate, cut
    const rest = phrase.slice(w.start + w.word.length);
    // (a word of manner between is theirs no more than the verb: `76名高技能人才整体迁移至…`)
    const manner = MANNER_BEFORE_VERBS.find((m) => phrase.startsWith(m, w.start - m.length) && w.start - m.length >= 2);
    const before = manner ? w.start - manner.length : w.start;
    if (after.length > 0 && endsWithCountedHead(phrase.slice(0, before)) && !namesCountedThings(rest) && nounEndingLengthAt(phrase, after[0].start) === 0) {
      return phrase.slice(0, before);
    }
    const next = words[k + 1];
    // (nor a character of a firm's name jieba does not know, cut as a surname and a verb before the
    // firm's word: 恒/nr 达/v 公司, 凤/nr 鸣/v 公司)
    if (w.word.length === 1 && words[k - 1].tag === 'nr' && words[k - 1].word.length === 1 && next && FIRM_WORD_AT.test(next.word)) continue;
    // (nor one a one-character noun ending follows as a word of its own: 聚集 区, 集合 点; not
    // 建立 台账, where the ending is a noun the verb acts on)
    if (next && next.word.length === 1 && nounEndingLengthAt(phrase, next.start) === 1) continue;
    // (nor one our lexicon does not know between two nouns, jieba's half of an industry's name:
    // 智能 制造 产业园, 装备 制造 企业)
    if (next && words[k - 1].word.length >= 2 && /^n/.test(words[k - 1].tag) && /^n/.test(next.tag) && !verbsIn(w.word).length) continue;
    // a verb acting on something (挂职 企业…) ends the phrase; one that only joins a last
    // word into a compound is jieba misreading a noun (预算 收入) or describing one (共享 阵地)
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

/** Words that close a firm's name: what follows a name jieba cut apart (恒/nr 达/v 公司). */
const FIRM_WORD_AT = /^(?:公司|集团|企业|有限公司|股份|商会|协会|工厂|厂)/;

const MANNERS = new Set(SETTING_UP_MANNERS);
/** Verbs of ours that name a service done, a noun after a word of its kind (便民服务, 专项培训). */
export const SERVICE_VERBS = new Set(['服务', '培训', '宣讲', '帮扶']);
/** Bodies and places that have what a comparison measures (`乡镇人口差`, `村集体收入`). */
const HOLDERS = [...BODY_HEADS, '乡镇', '街道', '县', '镇', '乡', '项目'];
/** After 超, 达 or 逾 (过 and 到 of 超过, 达到 aside): a figure. */
const FIGURE_COMPARED_AT = /^[过到]?[\d一二两三四五六七八九十]/;
/** Verbs comparing a measure with an amount (超亿元, 达千万元): inside a noun they qualify it. */
const AMOUNT_COMPARED = new Set(['超', '超过', '过', '达', '达到', '逾', '突破']);
/** A round amount and the noun it qualifies (`亿元项目`; not `亿元` closing the clause: `12家企业营收超亿元`). */
const AMOUNT_THEN_NOUN = /^[亿万千百]+元?(?!元)[\u4e00-\u9fff]/;

/** `举办7期培训,`: a verb standing alone between a classifier and the end of the clause names the event. */
function nominalVerbAt(text: string, i: number, right: number): boolean {
  const v = verbsIn(text.slice(i, right)).find((w) => w.start === 0);
  if (!v || MANNERS.has(v.text)) return false;
  const after = text[i + v.end] ?? '';
  return after === '' || CLAUSE_END.test(after) || /[、和及]/.test(after);
}

/** Classifiers of single events (not 批, a batch of people or things). */
const EVENT_CLASSIFIERS = new Set(['次', '场', '期', '轮']);
/** The most characters a name of an event in verbs holds before them (党内, 企业家, 专题). */
const MAX_BEFORE_EVENT_VERBS = 4;

/**
 * From `from` to the clause's end, a few characters with no verb in them, then verbs one after
 * another up to the clause's end (`党内走访慰问`, `集中走访调研`, `对企业走访`): the name of an
 * event, or null. Not verbs with an object after them (`走访慰问困难党员`), nor a figure's clause.
 */
function eventNamedByVerbs(text: string, from: number, right: number): { text: string; end: number } | null {
  let end = from;
  // (a conjunction before another count ends it too: `组织16期专题培训及100余名企业家…`)
  const countJoinedAt = (at: number) => (text[at] === '及' || text[at] === '和') && NUMERAL_AHEAD.test(text.slice(at + 1, at + 3));
  while (end < right && end - from <= MAX_BEFORE_EVENT_VERBS + 8 && !isClauseEndAt(text, end) && !countJoinedAt(end)) end += 1;
  if (end === from || !(end === text.length || isClauseEndAt(text, end) || countJoinedAt(end))) return null;
  const rest = text.slice(from, end);
  if (/[\d零〇一二两三四五六七八九十百千]/.test(rest)) return null;
  // verbs of ours and jieba's (研讨/vn), walked back from the clause's end
  const verbs: Array<{ start: number; end: number }> = [...verbsIn(rest), ...tagWords(rest).filter((w) => w.tag === 'v' || w.tag === 'vn').map((w) => ({ start: w.start, end: w.start + w.word.length }))];
  let chainStart = rest.length;
  for (let step = verbs.find((v) => v.end === chainStart); step; step = verbs.find((v) => v.end === chainStart)) chainStart = step.start;
  const before = rest.slice(0, chainStart);
  if (chainStart === rest.length || verbs.some((v) => v.start < chainStart) || before.length > MAX_BEFORE_EVENT_VERBS || !/^[\u4e00-\u9fff]*$/.test(before)) return null;
  return { text: rest, end };
}

/** What closes a clause, looked for right after a word (a look-ahead). */
// (or 并 before the next predicate: `…改造项目并投入使用`)
const CLAUSE_CLOSES = '(?=[,，。;；、:：\\n]|$|并(?!购|入|列))';
/** Up to `most` characters (four) and one of `kinds` closing the clause, read where a verb ends (sticky). */
const closingKindAhead = (kinds: string, most = 4) => new RegExp(`[\\u4e00-\\u9fff]{0,${most}}?${kinds}${CLAUSE_CLOSES}`, 'y');

/** Kinds of work, named by their verbs: `工作机制。`, `服务模式,`, `改造提升工程`. */
const KIND_OF_WORK = '(?:机制|模式|体系|制度|平台|工作法|举措|政策|措施|办法|项目|工程|行动|案例|经验)';
// (six characters before one: `隔离操作安全改造项目`; and facilities, built or rebuilt as a project:
// `170个规模养殖场粪污处理设施建设`)
const KIND_OF_WORK_AHEAD = closingKindAhead(`(?:${KIND_OF_WORK}|设施(?:建设|改造|提升)?)`, 6);
const KIND_OF_WORK_END = new RegExp(`${KIND_OF_WORK}$`);
/** A kind of work closing the clause: `…扶持政策。`. */
const KIND_OF_WORK_CLOSING = new RegExp(`${KIND_OF_WORK}${CLAUSE_CLOSES}`);

/** Works done to a place, then a project closing the clause (`改造提升工程。`, `整治项目,`): the project's name, not what a place did. */
const WORK_ON_A_PLACE_AT = /(?:改造|提升|整治|修缮|改建|扩建|升级|美化|亮化|绿化|硬化|更新){1,2}(?:工程|项目)(?=[,，。;；、\n]|$)/y;

/** What bodies have or lack, opening a phrase before 的 (`有少数党员`, `无党员`, `没有党员`; not 有限, 无人机, 无线, 无偿). */
const HAVING_OR_LACKING = /^(?:有(?!限)|没有|无(?![人线偿]))/;

/** Classifiers of rules and documents (条, 项, 份, 套, 部), which count no doers: `12条企业帮扶措施` counts measures. */
const DOCUMENT_CLASSIFIERS = new Set(['条', '项', '份', '套', '部']);

/** Where the first kind of work that closes its clause starts in `text` between `from` and `right`, or -1. */
function kindOfWorkClosing(text: string, from: number, right: number): number {
  const m = KIND_OF_WORK_CLOSING.exec(text.slice(from, Math.min(right + 1, text.length)));
  return m ? from + m.index : -1;
}

/** Kinds of event: `活动。`, `宣讲会,`, `研修班。`. */
const KIND_OF_EVENT = '(?:活动|会|讲座|培训班|研修班|学习班|读书班|训练营|沙龙|比赛|竞赛)';
const KIND_OF_EVENT_AHEAD = closingKindAhead(KIND_OF_EVENT);
const KIND_OF_EVENT_END = new RegExp(`${KIND_OF_EVENT}$`);
/** Kinds of firm or body: `公司。`, `咨询机构,`, `调解委员会` (not 企业, which doers name too). */
const KIND_OF_BODY_AHEAD = closingKindAhead('(?:公司|机构|协会|商会|合作社|集团|委员会)');

/** `像朱师傅这样的`, `如他一样的`, `这样的`: what the counted are like, said before 的. */
const LIKENESS_BEFORE_DE = /^(?:(?:像|如|和)[^，,。；;的\n]{1,12}?(?:这样|那样|一样|一般)|这样|那样|类似|同样|同类)的/;

/** `面积超500平方米的`, `建筑面积2000余平方米的`: a size said before 的. */
const SIZE_BEFORE_DE = /^(?:(?:建筑|使用|占地|服务)?面积)?(?:超过?|达到?|约|近|在)?\d[\d.,]*(?:多|余)?(?:万)?(?:平方米|平方公里|公里|米|亩|层)(?:以上|左右)?的/;

/**
 * `税收超亿元的`, `年营收2000万元以上的`, `员工超100人的`: what a thing earns, is worth or employs,
 * compared with a figure (超/达/以上) before 的, the measure named or not (`1户50人以上的企业`,
 * `3个100万元以上的项目`): it says which things are counted (not before what a figure is measured
 * up to: `营收超1000万元的目标`).
 */
const COMPARED_FIGURE = String.raw`(?:\d[\d.,]*(?:多|余)?[万亿]?|[一两二三四五六七八九十百千]*[万亿]|[一两二三四五六七八九十百千]+)(?:元|人|名)`;
// (two or more such, listed: `5家职工人数超30人、有党员3名以上的非公企业`)
const FIGURE_COMPARED = String.raw`[\u4e00-\u9fff]{0,6}?(?:(?:超过?|达到?|逾|过|突破|在|不足|不到|低于|少于|高于|不超过)${COMPARED_FIGURE}(?:以上)?|${COMPARED_FIGURE}(?:以上|以下))`;
export const COMPARED_FIGURE_BEFORE_DE = new RegExp(String.raw`^${FIGURE_COMPARED}(?:、${FIGURE_COMPARED}){0,3}的(?!${MEASURED_UP_TO})`);
