// Places: every administrative unit the article names (GB/T 2260 code), the
// development zones it names and the units they lie in, and the one place the
// article is about.
import type { Doc } from '../../text/document.js';
import type { Found, Module, Rule } from '../types.js';
import { hanRunBefore, isHan, lastMatch, startsAt } from '../../text/patterns.js';
import { verbsIn } from '../counts/clause.js';
import { tagWords, trimToName, wordTag } from '../../text/segment.js';
import { BODY_END, conjoinedCountyWord, fullNameAt, gazetteer, isCommonWordUnitName, longestAt, nameAcross, nameEndingAt, unitOfCode, type Named, type Unit } from './gazetteer.js';

export type PlaceValue =
  | { type: 'unit'; candidates: Unit[]; written: string; short: boolean }
  // (hostCandidates: the units a shared name inside the zone's name may be, when it is not settled there: 朝阳区望京科技园)
  // (hostCandidates always present, undefined where none: one shape for V8, see the zone rule)
  | { type: 'zone'; name: string; host: string | null; key: string; typeStart: number; hostCandidates: string[] | undefined };

/** What may follow a short form for it to be a place: 长安片区, 广东路, 马尾港, 杭州湾 are not. */
const NOT_AFTER_SHORT = /(?:[东西南北中]?(?:路|街|大道)|片区|片|园|路|街|巷|大道|道|桥|村|镇|乡|湖|山|江|河|号|港|湾|站|岛|坊|苑|城区|籍|大厦|大楼|广场|饭店|宾馆|酒店)/y;
const NOT_AFTER_FULL = /(?:[东西南北中]路|路|街|大道|巷|道|桥|号)/y;
/** Short forms that are ordinary words more often than places. */
const WORDS_NOT_PLACES = new Set(['东方', '和平', '新华', '太平', '城关', '江南', '南山', '北山', '青山', '白云', '新城', '宝山', '金山', '新兴', '永和', '清河', '城中', '城东', '城西', '城南', '城北', '市中', '长安', '平安', '红旗', '东风', '向阳', '光明', '团结', '民主', '胜利', '江北', '江东', '临江', '高新', '海港', '开发', '中原', '振兴', '和平', '龙华', '普陀', '鼓楼', '白山', '安全', '通州', '新区', '前进', '海西', '资源',
  // counties' short forms that are ordinary words, in their own province too (甘肃…合作企业 is no 合作市,
  // 湖北…公安部门 no 公安县, 比如 no 比如县): the full name is read
  '合作', '公安', '比如', '延长', '解放', '安定', '同心', '富民', '大方', '安居', '前锋', '兴业', '乐业', '港口', '友好', '富裕', '复兴', '宏伟',
  '丰满', '爱民', '工农', '民权', '平和', '无为', '长子', '小店', '平房', '灯塔', '磐石', '莲花', '芙蓉', '海棠', '麒麟', '天涯', '回民', '新民',
  '清流', '洞口', '运河', '会同', '名山', '清水', '大观', '高台', '天心',
  // districts named …城区 whose short form is a word or a city's nickname (古城, 山城: Chongqing, 江城: Wuhan, 双城经济圈)
  '东城', '西城', '上城', '下城', '古城', '老城', '山城', '江城', '龙城', '鹿城', '鹤城', '双城', '水城', '榕城', '云城']);

/** Common surnames: a short form right after one, itself after a title or a list mark, is a given name (党员王建宁, 和李安庆). */
const SURNAMES = new Set('王李张刘陈杨黄赵吴周徐孙朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤');
const BEFORE_PERSON = /[员志记任者表部众长和与及、,，:：\s]/;

function inPersonName(text: string, at: number): boolean {
  // (at 0 this reads before the string: undefined. Checking `at` first instead counted 17%
  // more instructions per article in scripts/instructions.sh; see 6aecdca)
  const surname = text[at - 1];
  if (!surname || !SURNAMES.has(surname)) return false;
  const before = text[at - 2];
  return before === undefined || BEFORE_PERSON.test(before);
}

/** What follows a place that people come from, where they are gathered elsewhere (商会, 同乡会, 籍, 企业家). */
const FROM_THERE_AT = /^(?:[\u4e00-\u9fff]{0,2}商会|同乡会|籍|企业家|老乡)/;

/**
 * Whether every unit a short form may name is a county outside every province or city the name
 * before it may name (a county before it says nothing: 浦口江宁 are two districts), or a city
 * outside every province it may name (`山西安顺生物科技有限公司`: 安顺, a city of Guizhou, is
 * the firm's brand after its province).
 */
function liesElsewhere(units: Named, before: Named): boolean {
  if (!before.some(({ unit }) => unit.level !== 'county')) return false;
  for (const { unit } of units) {
    if (unit.level === 'province' || (unit.level === 'city' && before.some(({ unit: outer }) => outer.level !== 'province'))) return false;
    for (const { unit: outer } of before) if (outer.level !== 'county' && liesIn(unit, outer)) return false;
  }
  return true;
}

/** Whether `unit` lies in the province or city `outer`, by their codes (3205xx in 3205, 32xxxx in 32). */
function liesIn(unit: Unit, outer: Unit): boolean {
  return outer.level === 'province' ? unit.code.startsWith(outer.code.slice(0, 2)) : outer.level === 'city' ? unit.code.startsWith(outer.code.slice(0, 4)) : false;
}

/**
 * `城中市场监管所`: a district's former name as a city (城中市, gazetteer.ts) right before 场 is a
 * word's start, 市场, not the place (a unit's own name there stays one: 苏州市场监管局 is in 苏州).
 */
function formerNameOfAMarket(run: string, end: number, written: string, full: Named): boolean {
  return run.charCodeAt(end) === 0x573a /* 场 */ && written.endsWith('市') && full.every(({ unit }) => unit.name !== written);
}

/** `被称为“小延安”`, `“小上海”`: a place's short form after 小 in quotes is a nickname for another place. */
function isNickname(run: string, at: number): boolean {
  return at >= 2 && run[at - 1] === '小' && '“‘「『"'.includes(run[at - 2]);
}

const placeNames: Rule<PlaceValue> = {
  name: 'place: gazetteer name or short form',
  // a line at a time: the walk below skips what starts no name (names are Han
  // characters only, so nothing else ever matches), and a match per run of Han
  // characters, two hundred an article, cost more than the walk itself
  pattern: /[^\n\u0000]{2,}/g,
  extract(m, doc) {
    const run = m[0];
    const out: Array<Omit<Found<PlaceValue>, 'rule'>> = [];
    // the name found right before, and where it ended (苏州|太湖): kept as found, read only when
    // a short form follows it at once (a list of its units per name cost 18% more instructions)
    let beforeEnd = -1;
    let beforeUnits: Named | null = null;
    for (let i = 0; i < run.length - 1; ) {
      const hit = longestAt(run, i);
      if (!hit) {
        i += 1;
        continue;
      }
      const written = run.slice(i, i + hit.length);
      const end = i + hit.length;
      const full = hit.units.filter((u) => !u.short);
      const short = full.length === 0;
      // 道里区 after 哈尔滨市 is a place, not a road (道); 江宁区 after 南京 not a river (江)
      // (what follows is read in place: a slice of the rest of the line per name cost more than the test)
      const guarded = short
        ? (startsAt(NOT_AFTER_SHORT, run, end) && longestAt(run, end) === null) || WORDS_NOT_PLACES.has(written) || inPersonName(doc.content, m.index + i) || isNickname(run, i)
        : (startsAt(NOT_AFTER_FULL, run, end) && longestAt(run, end) === null) || conjoinedCountyWord(run, i, written) || formerNameOfAMarket(run, end, written, full);
      // `苏州太湖国家旅游度假区`: a short form right after a province or city it does not lie in
      // names something there (a lake), not the county of another province (太湖县 is in Anhui)
      // (counties only, and not before a chamber of people from there: `山东省福建总商会`, `苏州宿松商会`)
      const elsewhere = short && beforeEnd === i && beforeUnits !== null && liesElsewhere(hit.units, beforeUnits) && !FROM_THERE_AT.test(run.slice(end, end + 5));
      beforeEnd = -1;
      if (!guarded && !elsewhere) {
        beforeEnd = end;
        beforeUnits = hit.units;
        const usable = short ? hit.units : full;
        const start = m.index + i;
        out.push({ start, end: start + hit.length, value: { type: 'unit', candidates: usable.map((u) => u.unit), written, short } });
      }
      i += hit.length;
    }
    return out;
  },
};

/** Written zone types → the type the zone table (data/zones.json) is keyed by. A bare 开发区 is nearly always an economic one (双凤开发区). */
const ZONE_TYPES: Array<[RegExp, string]> = [
  [/^(?:经济技术开发区|经济开发区|经开区|开发区)$/, '经开'],
  [/^(?:高新技术产业开发区|高技术产业开发区|高新技术开发区|高新技术产业园区|高科技园区|高新区)$/, '高新'],
  [/^工业园区?$/, '工业园'],
  [/^科技园区?$/, '科技园'],
  [/^(?:自由贸易试验区|自贸试验区|自贸区)$/, '自贸区'],
  [/^投资区$/, '投资区'],
  [/^新区$/, '新区'],
  // (the new area of a free-trade zone: 临港新片区)
  [/^新片区$/, '新片区'],
  // (威海高区, 淄博高区: a city's high-tech zone in short, read only after the city's name)
  [/^高区$/, '高新'],
  [/^经济综合实验区$/, '实验区'],
];
const ZONE_TYPE = /经济技术开发区|经济开发区|经开区|高新技术产业开发区|高技术产业开发区|高新技术开发区|高新技术产业园区|高科技园区|高新区|工业园区|产业园区|科技园区|工业集中区|产业集聚区|工业园|产业园|科技园|开发区|投资区|综合保税区|保税港区|综保区|保税区|出口加工区|边境经济合作区|跨境经济合作区|自由贸易试验区|自贸试验区|自贸区|新片区|科学城|软件园|新区(?!域)|旅游度假区|度假区|经济综合实验区|航空港区|临空经济示范区|临空经济区|空港经济区|高区(?![域别分])/g;
/** ZONE_TYPE for reading inside a match of it (the rule's own loop runs ZONE_TYPE). */
const ZONE_TYPE_AGAIN = new RegExp(ZONE_TYPE.source, 'g');
const BODY_BEFORE_ZONE = /公司|集团|企业|单位|部门|党委|党工委/g;
/** A name that ends in a zone type (or 园区) names a zone: no program, no company. */
export const ZONE_NAME = new RegExp(`(?:${ZONE_TYPE.source}|园区)$`);
/** A zone named in full, a name and its type, opening a string (`凤鸣经开区综合党委`). */
export const ZONE_NAME_AT_START = new RegExp(`^[\\u4e00-\\u9fff]{2,4}?(?:${ZONE_TYPE.source})`);
/** Words of quality or kind before a zone type, all the core: they name no zone (jieba reads them as nouns). */
const QUALITY_ONLY = /^(?:国际|全国|全省|全市|国内|世界)?(?:一流|领先|特色|特色化|智慧|现代|现代化|绿色|生态|示范|标准化|专业|专业化|综合|综合性|高端|新兴|高标准|高水平|高质量|数字|数字化|世界级|国家级|省级|市级)$/;
/** An industry or the towns alone before a park's type name parks of a kind (动漫产业园区, 街镇工业园区, 乡镇工业园): no zone. */
const KIND_OF_PARK = /^(?:街镇|乡镇|镇街|村镇|(?:动漫|电商|物流|文创|创意|食品|光伏|软件|文化|农业|医药|生物|化工|新材料|汽车|现代农业|农产品)+)$/;
/** Beijing, Tianjin, Shanghai, Chongqing: provinces by level, cities by what their zones are named after. */
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);
/** A word of technology closing a zone's core before its type (漕河泾新兴技术开发区): the type's, not the name's. */
const TECHNOLOGY_BEFORE_TYPE = /(?:新兴技术|新技术)$/;
/** Up to this many characters before the zone type are its name (慈湖, 南京浦口). */
const ZONE_CORE_MAX = 8;
/**
 * Cores that name no zone: the state or the country (国家高新区, 中国开发区), levels and quantifiers (省级, 各类, 各个, 县级,
 * 各大, 五大: `各大产业园`, `五大产业园`), an era (新时代), a province,
 * which before a zone type means its zones as a group (湖北省开发区十强), and a
 * rank anywhere in it that describes one (安徽省唯一跨境电子商务产业园, 全市首个…).
 */
const NOT_ZONE_CORES = /^国家$|^(?:中国|我国)$|^(?:各大|[一二两三四五六七八九十]大|国家级|省级|自治区级|市级|首批|全国|各类|各个|每个|多个|几个|这些|相关|新时代|该|本|全区|园区|其他|开发区|全省|全市|全县|[省市区县]属)|唯一|首个|首家|首批|(?:国家级|省级|自治区级|市级|县级|首批|以上|以下|各类|所有|省)$/;

/** A figure's classifier a zone's kind may follow (`11家国家高新区`, `三个省级开发区`). */
const COUNTED_BEFORE_NAME = /^([〇零一二两三四五六七八九十百千]*)[家个所座批处]/;

/** The end of a date a zone's name may follow: 年 of `2015年`, or a date in Chinese numerals. */
const DATE_BEFORE_NAME = /^([〇零一二三四五六七八九十]*)[年月日号]/;

/** A landform a county's short form may run on into, making another place (东海岛, 黄山湖). */
const LANDFORM = /[岛山湖江河港湾洲峰岭]/;

/** The party's name (and what stands before it) opening a zone's committee named in full. */
const PARTY_NAME_BEFORE_ZONE = /^.*(?:中共|中国共产党)/;
/** A level's word, which alone opening a zone's core means the level's own (县水晶…产业园: the county's). */
const LEVEL_ALONE = new Set('省市县区');
/** Trades parks are named for that jieba reads as verbs (文化创意产业园, 科技创新园, 创业园). */
const PARK_TRADES = new Set(['创意', '创新', '创业', '孵化', '研发', '加工', '制造', '物流', '电商']);
/** A verb or function word glued in front of a zone's name, and what stands before it. */
const LEADING_FUNCTION_WORD = /^.*?(随着|关于|对于|根据|按照|通过|针对|作为|建设|推进|贯彻|落实|地处|位于|落户|入驻|依托|围绕|聚焦|打造|获批|升级|为|在|和|与|及|的|是|对|向|到|从|将|把|由)/;

/**
 * The code of the city a 新区's name opens with, where a name of its own (two characters or
 * more) follows and the whole is no unit of the gazetteer: 宁波杭州湾 → 宁波市; not 上海浦东
 * (浦东新区 is a district), nor 城东.
 */
function cityOpening(core: string): string | null {
  const hit = longestAt(core, 0);
  if (!hit || core.length - hit.length < 2 || hit.units.length !== 1 || hit.units[0].unit.level !== 'city') return null;
  const city = hit.units[0].unit.code;
  // (a district of that city named so is the district: 上海浦东新区; one of another city's is not,
  // 绍兴滨海新区 is no 天津 滨海新区)
  for (let i = hit.length; i < core.length; i++) {
    const unit = longestAt(core + '新区', i);
    if (unit?.length === core.length + 2 - i && unit.units.some((u) => u.unit.code.slice(0, 4) === city.slice(0, 4))) return null;
  }
  return city;
}

/**
 * Where a city's or county's full name of three characters or more that ends at `end` of `s`
 * starts, else -1 (the longest such name). Not a province's: `湖北省开发区` means its zones as a group.
 */
function fullNameEndingAt(s: string, end: number): number {
  for (let k = Math.max(0, end - 16); k <= end - 3; k++) {
    if (fullNameAt(s, k) === end - k && longestAt(s, k)!.units.some((u) => u.unit.level !== 'province') && !nameAcross(s, k)) return k;
  }
  return -1;
}

/**
 * Where the places named right before the end of `core` start (迁安, 南京浦口), if they are the
 * zone's name: what stands before them is nothing, a verb or a function word, no place's name
 * runs across their start, and the last is no province alone. Else -1.
 */
function shortNameStart(core: string): number {
  const start = placesEndingAt(core, core.length);
  if (core.length - start < 2 || nameAcross(core, start)) return -1;
  if (nameEndingAt(core, core.length, start)!.units.every((u) => u.unit.level === 'province')) return -1;
  if (start === 0) return 0;
  const before = core.slice(0, start);
  const lead = LEADING_FUNCTION_WORD.exec(before);
  // (or a body's name: `县委和县经济开发区党工委`, where 和县 is the county, as conjoinedCountyWord says)
  return verbsIn(before).at(-1)?.end === start || lead?.[0].length === start || BODY_END.has(before[before.length - 1]) ? start : -1;
}

/** Back from `start` of `s` over the places named right before it (深圳市 before 南山区, 广东 before 深圳市). */
function placesEndingAt(s: string, start: number): number {
  for (let hit = nameEndingAt(s, start); hit; hit = nameEndingAt(s, start)) start -= hit.length;
  return start;
}

const zones: Rule<PlaceValue> = {
  name: 'place: development zone',
  // matched from the zone type; the name before it is read back (see hanRunBefore)
  pattern: ZONE_TYPE,
  extract(m, doc) {
    const typeWritten = m[0];
    // `中国(江苏)自由贸易试验区南京片区`: a pilot free trade zone is named by its province in
    // brackets, and its areas (片区) by their cities
    if (typeWritten === '自由贸易试验区' || typeWritten === '自贸试验区') {
      const free = freeTradeZone(doc.content, m.index, m.index + typeWritten.length);
      if (free) return free;
    }
    // (its new area is read with it: `…自由贸易试验区临港新片区`, `上海自贸试验区临港新片区`)
    if (typeWritten === '新片区') {
      const free = Math.max(doc.content.lastIndexOf('自由贸易试验区', m.index), doc.content.lastIndexOf('自贸试验区', m.index));
      if (free >= 0 && free >= m.index - 12) return null;
    }
    let core = hanRunBefore(doc.content, m.index, ZONE_CORE_MAX);
    // (the party committee of a zone, named in full, opens with the party's name: `中共…经济开发区工作委员会`)
    core = core.replace(PARTY_NAME_BEFORE_ZONE, '');
    // a date's last character after its digits is no part of the name: `2015年安康高新区`
    // (where no figure comes before, 日 may open one: 日照经济技术开发区)
    const dateEnd = DATE_BEFORE_NAME.exec(core);
    if (dateEnd && (dateEnd[1] !== '' || /[0-9]$/.test(doc.content.slice(0, m.index - core.length)))) core = core.slice(dateEnd[0].length);
    // so is a classifier after its figure: `11家国家高新区` counts zones of a kind, and names none
    // (家国家 was read as a name); not a place whose name opens so (五家渠, 个旧)
    const counted = COUNTED_BEFORE_NAME.exec(core);
    if (counted && (counted[1] !== '' || /[0-9]$/.test(doc.content.slice(0, m.index - core.length))) && !longestAt(core, 0)) core = core.slice(counted[0].length);
    // a zone named just before belongs to itself: 经开区高新区 is two zones
    const previous = lastMatch(ZONE_TYPE_AGAIN, core);
    // (a district whose name ends as a zone type does, 浦东新区, is where the zone named after it lies)
    const unitBefore = previous ? unitEndingAt(core, previous.index + previous[0].length) : null;
    if (previous) core = core.slice(previous.index + previous[0].length);
    const type = ZONE_TYPES.find(([re]) => re.test(typeWritten))?.[1] ?? typeWritten;
    const g = gazetteer();
    // a place's full name right before the type (呼和浩特市, 七台河市, 将乐县) names the zone, with
    // the places named before it (深圳市南山区); what stands before them does not (走访…, 在…), and
    // nothing inside it is cut as a function word, a verb or a count (和, 达, 七台)
    // (read past the window's width where it cut into a name: `广东省深圳市南山区科技园`,
    // `双江拉祜族佤族布朗族傣族自治县…`)
    const run = core.length === ZONE_CORE_MAX ? hanRunBefore(doc.content, m.index, 2 * ZONE_CORE_MAX) : core;
    const placeStart = fullNameEndingAt(run, run.length);
    const shortStart = placeStart >= 0 ? -1 : shortNameStart(core);
    if (placeStart >= 0) core = run.slice(placesEndingAt(run, placeStart));
    // (so does a short form, after a verb or a function word or opening the core: 走访东城经济开发区,
    // 迁安经济开发区, where 迁 and 安 read as verbs; not a province's, its zones as a group)
    else if (shortStart >= 0) core = core.slice(shortStart);
    else {
      // the core starts after any verb or function word glued in front: 作为首批国家级…, 建设…
      // (kept whole when stripping would leave one character: 和县经济开发区)
      // (one word at a time, as long as two characters remain: `将进一步加大对开发区…`; a
      // preposition left right before the type is judged below, by jieba: 对/p, but 人和科技园)
      // (nor where the word opens a place's full name: 将乐县经济开发区)
      for (let first = true; ; first = false) {
        const lead = LEADING_FUNCTION_WORD.exec(core);
        if (lead && fullNameAt(core, lead[0].length - lead[1].length) > lead[1].length) break;
        const stripped = lead ? core.slice(lead[0].length) : core;
        if (stripped.length === 0 && first) return null; // 入驻开发区: only a verb before the type, no name
        if (stripped.length < 2 || stripped === core) break;
        core = stripped;
      }
      const verbs = verbsIn(core);
      // `…肯定了晋江经济开发区`: a verb and its 了 end the clause before the name
      const lastVerb = verbs.at(-1);
      if (lastVerb && core[lastVerb.end] === '了' && core.length - lastVerb.end > 2) core = core.slice(lastVerb.end + 1);
      else if (verbs.length > 0) return null; // 实现省级以上工业园区: a clause, not a name
      // a body named before the zone is not part of its name: `圣诺贝公司希望高新区…`
      const body = lastMatch(BODY_BEFORE_ZONE, core);
      if (body) core = core.slice(body.index + body[0].length);
      if (core.length < 2) return null;
      // a core the zone table knows is a name as it stands; others are checked by jieba for
      // verbs the lexicon lacks: `了解经济开发区` names no zone; `…肯定了晋江经济开发区` names 晋江's
      if (!g.zones.has(`${core}|${type}`)) {
        const words = tagWords(core);
        const last = words[words.length - 1];
        // (a place jieba reads as a verb is still a place: 开化经济开发区)
        if (longestAt(core, last.start)?.length !== core.length - last.start) {
          // (verbs, particles, adverbs and adjectives name no zone: 了解, 明确, 全力)
          if (words.every((w) => w.tag === 'v' || w.tag === 'vn' || w.tag[0] === 'u' || w.tag[0] === 'd' || w.tag === 'a' || w.tag === 'ad')) return null;
          // `全面激发产业园区`: a verb right before the type takes it as its object; `加大对开发区…`:
          // a preposition does
          // (not a trade a park is named for, which jieba calls a verb: 文化创意产业园, 科技创新产业园)
          if ((last.tag === 'v' && last.word.length >= 2 && !PARK_TRADES.has(last.word)) || (last.tag === 'p' && last.word.length === 1)) return null;
        }
        core = trimToName(core);
        // (a quality or a kind names no zone: 打造一流产业园, 建设特色产业园, 世界级软件园)
        if (QUALITY_ONLY.test(core) || KIND_OF_PARK.test(core)) return null;
      }
    }
    // (a name the window's width cut into is read from the start of the place it cut:
    // `广东省深圳市南山区科技园`, not `东省深圳市…`)
    if (core.length === ZONE_CORE_MAX && isHan(doc.content.charCodeAt(m.index - core.length - 1)) && !longestAt(core, 0)) {
      const windowStart = m.index - core.length;
      for (let k = 1; k <= 3; k++) {
        const hit = windowStart - k >= 0 ? longestAt(doc.content, windowStart - k) : null;
        if (hit && windowStart - k + hit.length > windowStart) {
          core = doc.content.slice(windowStart - k, m.index);
          break;
        }
      }
    }
    // a province closing the core, alone or after other words, in full or short, means its zones as
    // a group (湖北省开发区十强, 湖北开发区发展大会, 大力支持湖北开发区建设); not a municipality's, a
    // city (上海经济开发区), nor a free trade zone, named by its province (江苏自贸区)
    const lastPlace = nameEndingAt(core, core.length);
    const provinceAlone = lastPlace !== null && lastPlace.units.every((u) => u.unit.level === 'province' && !MUNICIPALITIES.has(u.unit.code));
    if (provinceAlone && !/自贸|自由贸易/.test(typeWritten)) return null;
    // (a place's name opening with a word of NOT_ZONE_CORES is a name: 本溪市, 本溪)
    if (core.length < 2 || (NOT_ZONE_CORES.test(core) && placesEndingAt(core, core.length) !== 0)) return null;
    // `县水晶文化创意产业园`: a level's word alone before the name (the county's park), a word of
    // its own as jieba reads it (not 县城, 省级), is no part of it
    // (what is left may be a kind, as it would be alone: 区电商产业园)
    if (core.length >= 3 && LEVEL_ALONE.has(core[0]) && longestAt(core, 0) === null && tagWords(core)[0].word.length === 1) {
      core = core.slice(1);
      if (QUALITY_ONLY.test(core) || KIND_OF_PARK.test(core)) return null;
    }
    // `成都市产业园区高质量发展大会`: a city named in full before parks in general means its parks
    // as a group, as a province does (a zone is named by its short form: 苏州工业园区)
    if (/市$/.test(core) && /^(?:产业|工业)园区$/.test(typeWritten) && longestAt(core, 0)?.length === core.length) return null;
    let host: string | null = null;
    // (a word of the technology between the name and the type is the type's: 漕河泾新兴技术开发区
    // is the zone table's 漕河泾 经开, as 漕河泾开发区 is)
    const named = core.length - 4 >= 2 && TECHNOLOGY_BEFORE_TYPE.test(core) ? core.replace(TECHNOLOGY_BEFORE_TYPE, '') : core;
    // the zone table by core name, then with the leading place names taken off (南京浦口 → 浦口)
    for (let i = 0; i < named.length - 1 && !host; i++) host = g.zones.get(`${named.slice(i)}|${type}`) ?? null;
    // a 新区 is a state-level new area as the zone table knows it (两江新区, 雄安新区), or a
    // province's, named after its city (宁波杭州湾新区); a city's own new districts unnamed by it
    // (城东新区, 高铁新区) and the districts so named (浦东新区: the gazetteer's) are not
    if (type === '新区' && !host) {
      host = cityOpening(core);
      if (!host) return null;
    }
    // `威海高区`: only right after a city's name, all of the core (提高区域 is no zone)
    if (typeWritten === '高区' && longestAt(core, 0)?.length !== core.length) return null;
    let hostCandidates: string[] | undefined;
    if (!host) {
      // the most specific unit named inside the zone's name: 浦口经济开发区 → 浦口区
      // (read past each name found: 兴城 inside 泰兴城区 is no place)
      for (let i = 0; i < core.length - 1; i++) {
        const hit = longestAt(core, i);
        if (!hit) continue;
        const at = i;
        i += hit.length - 1;
        if (hit.units.length > 1 && !hit.units.some((x) => x.short)) hostCandidates = hit.units.map((x) => x.unit.code);
        // (a name shared by a city and counties elsewhere or within it, 长沙, 西安, 南昌, opening a zone's
        // name is the city's: zones are named after their cities)
        // (and one of them inside the city named before it is that one: 深圳市南山区)
        if (hit.units.length !== 1) {
          const cities = hit.units.filter((x) => x.unit.level === 'city');
          const inHost = host ? hit.units.filter((x) => x.unit.code.startsWith(host!.slice(0, 4)) && x.unit.code !== host) : [];
          if (at === 0 && !host && cities.length === 1) host = cities[0].unit.code;
          else if (inHost.length === 1) host = inHost[0].unit.code;
          continue;
        }
        const { unit: u, short } = hit.units[0];
        // a county's short form running on into a landform is a word of it (东海 in 东海岛), not
        // the county; one before another word, another place or nothing is (宜都双创, 南京浦口, 晋江)
        if (short && u.level === 'county' && LANDFORM.test(core[at + hit.length] ?? '')) continue;
        // (nor one with a single character after it closing the name: 东城里, a place of its own, is no 东城区)
        if (short && u.level === 'county' && at + hit.length === core.length - 1) continue;
        // (nor is one outside the province or city named before it: 苏州太湖 is a lake, 太湖县 is in Anhui;
        // nor a county's short form after another's of another city: in 江宁滨江经济开发区 滨江 is
        // the zone's own name, not Hangzhou's district)
        const outer = host ? unitOfCode(host) : undefined;
        if (short && outer && outer.level !== 'county' && !liesIn(u, outer)) continue;
        if (short && outer && outer.level === 'county' && u.level === 'county' && outer.code.slice(0, 4) !== u.code.slice(0, 4)) continue;
        if (!host || u.level === 'county' || (u.level === 'city' && host.endsWith('0000'))) host = u.code;
      }
    }
    host ??= unitBefore;
    // (a free trade zone's area after it is read with it: `上海自贸试验区临港新片区`)
    const area = type === '自贸区' && typeWritten !== '自贸区' ? FREE_TRADE_AREA.exec(doc.content.slice(m.index + m[0].length, m.index + m[0].length + 8)) : null;
    const name = core + typeWritten + (area?.[0] ?? '');
    const start = m.index + m[0].length - core.length - typeWritten.length;
    // one zone under two names (兴县经开区, 兴县经济技术开发区) has one key
    const key = `${named}|${type}${area ? `|${area[1]}` : ''}`;
    // (every zone's value has the same keys, hostCandidates undefined where none: a zone with them
    // first seen late made V8 throw away resolvePlaces' optimized code, three times over the
    // bench's 10,000 articles)
    return { start, end: start + name.length, value: { type: 'zone', name, host, key, typeStart: m.index, hostCandidates: host ? undefined : hostCandidates } };
  },
};

/** The code of the one unit the gazetteer names, in full, ending at `end` of `s` (浦东新区), or null. */
function unitEndingAt(s: string, end: number): string | null {
  const full = nameEndingAt(s, end)?.units.filter((u) => !u.short);
  return full?.length === 1 ? full[0].unit.code : null;
}

/** `中国(江苏)` before 自由贸易试验区, and `南京片区` after it: the province, and the area's city. */
const FREE_TRADE_PROVINCE = /中国[(（]([\u4e00-\u9fff]{2,3})[)）]$/;
const FREE_TRADE_AREA = /^([\u4e00-\u9fff]{2,4}?)新?片区/;

/** A pilot free trade zone named by its province, and the area of it named after it, or null. */
function freeTradeZone(text: string, typeStart: number, typeEnd: number): { start: number; end: number; value: PlaceValue } | null {
  const opening = FREE_TRADE_PROVINCE.exec(text.slice(Math.max(0, typeStart - 8), typeStart));
  if (!opening) return freeTradeArea(text, typeStart, typeEnd);
  const named = longestAt(opening[1], 0);
  const province = named && named.length === opening[1].length ? named.units.find((u) => u.unit.level === 'province') : undefined;
  if (!province) return null;
  const start = typeStart - opening[0].length;
  let host = province.unit.code;
  // (and the area named after it, by a city of that province where there is one: 南京片区, 临港新片区)
  const area = FREE_TRADE_AREA.exec(text.slice(typeEnd, typeEnd + 8));
  const end = area ? typeEnd + area[0].length : typeEnd;
  const city = area ? longestAt(area[1], 0) : null;
  if (city && city.length === area![1].length) {
    const inProvince = city.units.find((u) => u.unit.level === 'city' && u.unit.code.slice(0, 2) === host.slice(0, 2));
    if (inProvince) host = inProvince.unit.code;
  }
  const name = text.slice(start, end);
  return { start, end, value: { type: 'zone', name, host, key: `${opening[1]}|自贸区`, typeStart, hostCandidates: undefined } };
}

/**
 * `自贸试验区昆明片区`: a free trade zone's area named by its city, with no province before the
 * zone: the area is the zone, in that city; null where no city names it.
 */
function freeTradeArea(text: string, typeStart: number, typeEnd: number): { start: number; end: number; value: PlaceValue } | null {
  const area = FREE_TRADE_AREA.exec(text.slice(typeEnd, typeEnd + 8));
  const city = area ? longestAt(area[1], 0) : null;
  const unit = city && city.length === area![1].length ? city.units.find((u) => u.unit.level === 'city') : undefined;
  if (!unit) return null;
  const end = typeEnd + area![0].length;
  return { start: typeStart, end, value: { type: 'zone', name: text.slice(typeStart, end), host: unit.unit.code, key: `${area![1]}|自贸区片区`, typeStart, hostCandidates: undefined } };
}

export const placesModule: Module<PlaceValue> = {
  name: 'places',
  view: 'content',
  rules: [placeNames, zones],
};

export interface ResolvedPlaces {
  /** One entry per adcode, first mention. */
  units: Array<{ code: string; start: number; end: number; written: string; rule: string }>;
  ambiguous: Array<{ name: string; candidates: string[]; start: number; end: number }>;
  zones: Array<{ name: string; host: string | null; start: number; end: number; rule: string }>;
  primary: string | null;
}

/** Whether the zone of `key` is the zone of `core` and `type` with a place's name in front of it (宁德龙湖 of 龙湖). */
function sameZoneNamedInFull(key: string, core: string, type: string): boolean {
  const [fullCore, fullType] = key.split('|');
  return fullType === type && fullCore.length > core.length && fullCore.endsWith(core);
}

/** A district named by a direction alone (东区, 南区, 中区). */
const BARE_DIRECTION_DISTRICT = /^[东西南北中]区$/;

/** Settle ambiguous names by the other places of the article, and choose the place it is about. */
export function resolvePlaces(found: Found<PlaceValue>[], doc: Doc, outletCity: string | null): ResolvedPlaces {
  const units: ResolvedPlaces['units'] = [];
  const ambiguous: ResolvedPlaces['ambiguous'] = [];
  const zoneList: ResolvedPlaces['zones'] = [];
  const zoneKeys = new Set<string>();
  const mentions: Array<{ code: string; start: number; end: number }> = [];
  const sure = new Set<string>();
  for (const f of found) if (f.value.type === 'unit' && !f.value.short && f.value.candidates.length === 1 && !BARE_DIRECTION_DISTRICT.test(f.value.written)) sure.add(f.value.candidates[0].code);
  for (const f of found) {
    if (f.value.type === 'unit' && f.value.short && f.value.candidates.length === 1 && f.value.candidates[0].level !== 'county') sure.add(f.value.candidates[0].code);
  }
  // (a zone named elsewhere with its place in front lies where that name puts it: a title's
  // 龙湖经济开发区 is the body's 宁德龙湖经济开发区, in 宁德, not in 汕头's 龙湖区)
  const zoneHost = new Map<Found<PlaceValue>, string | null>();
  for (const f of found) {
    if (f.value.type !== 'zone') continue;
    const [core, type] = f.value.key.split('|');
    const fuller = found.find((g) => g.value.type === 'zone' && g.value.host && sameZoneNamedInFull(g.value.key, core, type));
    zoneHost.set(f, (fuller?.value.type === 'zone' ? fuller.value.host : null) ?? f.value.host);
  }
  for (const host of zoneHost.values()) if (host) sure.add(host);
  const near = (code: string) => [...sure].some((s) => s !== code && (s.slice(0, 2) === code.slice(0, 2)));
  const headline = doc.lines.find((l) => l.role === 'title');
  /** Named in the same city: a sure city or another county of it (南京 + 鼓楼区 → 南京's 鼓楼区, not 徐州's). */
  const sameCity = (code: string) => [...sure].some((s) => s !== code && !s.endsWith('0000') && s.slice(0, 4) === code.slice(0, 4));

  /** Of the units a shared name may be, those the article's other places, or else its outlet's, lie beside. */
  const settle = (candidates: Unit[]): Unit[] => {
    const inCity = candidates.filter((u) => sameCity(u.code));
    if (inCity.length) return inCity;
    const nearBy = candidates.filter((u) => near(u.code));
    if (nearBy.length || !outletCity) return nearBy;
    // (`北京日报` reporting on 朝阳区: Beijing's, not Changchun's)
    return candidates.filter((u) => u.code.startsWith(outletCity.slice(0, outletCity.endsWith('0000') ? 2 : 4)));
  };

  // `雄安新区`: a name read across a zone's name and its type (安新) is no place of its own
  const zoneSpans = found.flatMap((f) => (f.value.type === 'zone' ? [{ start: f.start, typeStart: f.value.typeStart, host: zoneHost.get(f) ?? null }] : []));
  const straddles = (f: Found<PlaceValue>) => zoneSpans.some((z) => f.start >= z.start && f.start < z.typeStart && f.end > z.typeStart);
  for (const f of found) {
    const v = f.value;
    if (v.type === 'unit' && zoneSpans.length > 0 && straddles(f)) continue;
    if (v.type === 'zone') {
      // a zone named again without the place in front (南京浦口经济开发区, then 浦口经济开发区) is the same zone
      const [core, type] = v.key.split('|');
      const known = [...zoneKeys].some((k) => {
        const [c, t] = k.split('|');
        return t === type && (c === core || c.endsWith(core) || core.endsWith(c));
      });
      // (a shared name inside it is settled as one standing alone would be)
      const settled = v.hostCandidates ? settle(v.hostCandidates.map((code) => unitOfCode(code)!)) : [];
      const host = zoneHost.get(f) ?? (settled.length === 1 ? settled[0].code : null);
      if (!known) zoneList.push({ name: v.name, host, start: f.start, end: f.end, rule: f.rule });
      zoneKeys.add(v.key);
      if (host) mentions.push({ code: host, start: f.start, end: f.end });
      continue;
    }
    let pick = v.candidates;
    // 南区, 北区 (Hong Kong's) and 东区, 西区 (Panzhihua's as well) are also a zone's or a
    // town's parts (`经开区南区`, `园区分为北区和南区`): they count beside their city or province
    if (BARE_DIRECTION_DISTRICT.test(v.written)) pick = pick.filter((u) => near(u.code));
    // A county's short form is also often a word (资源, 合作, 港口): it counts only
    // when the article names its province or city, or the county in full.
    // (or when the headline names it, as a word no dictionary knows as another kind: `鄞州党员…`, `包河:…`)
    if (v.short) pick = pick.filter((u) => u.level !== 'county' || near(u.code) || sure.has(u.code) || (headline !== undefined && headlineNames(doc, headline, f)));
    if (v.short && pick.length === 0) continue;
    // (a shared name inside a zone's name that can be the unit the zone lies in is that unit:
    // 淮安 of 淮安经济技术开发区, a zone of 淮安市, is the city, not its 淮安区)
    if (pick.length > 1) {
      const zone = zoneSpans.find((z) => z.host !== null && f.start >= z.start && f.start < z.typeStart && pick.some((u) => u.code === z.host));
      if (zone) pick = pick.filter((u) => u.code === zone.host);
    }
    // (a short form both a city and a county of that city bear, 长沙 of 长沙市 and 长沙县, is the
    // city, which it names in speech; the county only where the article names it in full)
    if (pick.length > 1 && v.short) {
      const city = pick.find((u) => u.level === 'city');
      if (city && pick.every((u) => u === city || (u.level === 'county' && u.code.slice(0, 4) === city.code.slice(0, 4)))) {
        pick = [pick.find((u) => u !== city && sure.has(u.code)) ?? city];
      }
    }
    if (pick.length > 1) pick = settle(pick);
    if (pick.length !== 1) {
      if (!ambiguous.some((a) => a.name === v.written)) {
        ambiguous.push({ name: v.written, candidates: v.candidates.map((u) => u.code), start: f.start, end: f.end });
      }
      continue;
    }
    mentions.push({ code: pick[0].code, start: f.start, end: f.end });
    if (!units.some((u) => u.code === pick[0].code)) units.push({ code: pick[0].code, start: f.start, end: f.end, written: v.written, rule: f.rule });
  }
  for (const z of zoneList) {
    if (z.host && !units.some((u) => u.code === z.host)) units.push({ code: z.host, start: z.start, end: z.end, written: z.name, rule: z.rule });
  }

  // Which place is it about: mentions weighted by where they stand, most specific unit that wins.
  const firstBody = doc.lines.find((l) => l.role === 'body');
  const score = new Map<string, number>();
  const bump = (code: string, w: number) => score.set(code, (score.get(code) ?? 0) + w);
  // (where a dispatch was filed from, `新华社北京6月30日电`, is no place of a report on the whole country)
  const nationwide = filedFrom(mentions, doc, firstBody) ? speaksForTheCountry(doc.text) : false;
  // (mentions set aside below speak neither for a place nor against the outlet's home)
  const setAside = new Set<(typeof mentions)[number]>();
  for (const m of mentions) {
    if (nationwide && isFiledFrom(m, doc, firstBody)) continue;
    const inTitle = headline !== undefined && m.start >= headline.start && m.start < headline.end;
    // (Hong Kong, Macao and Taiwan named short in the body are where people, firms and brands come from in
    // a report of the mainland's, `澳门陈光记`, `台湾同胞`: no place of the report unless the headline names them)
    if (OUTSIDE_THE_MAINLAND.has(m.code) && !inTitle && OUTSIDE_THE_MAINLAND_SHORT.test(doc.text.slice(m.start, m.end))) {
      setAside.add(m);
      continue;
    }
    let w = 1;
    if (inTitle) w += 3;
    if (firstBody && m.start >= firstBody.start && m.start < firstBody.end) w += 1;
    // `惠安县考察团来蜀山区考察`: the place visitors come to (来, 莅临: toward the writer) is the
    // report's, whoever the visitors are and wherever else they are named (not `赴苏州考察`: going
    // away, the writer is where they came from)
    if (COMING_TO_BEFORE.test(doc.text.slice(Math.max(0, m.start - 2), m.start)) && VISITING_AFTER.test(doc.text.slice(m.end, m.end + 10))) w += 4;
    // (and the home of a delegation coming here, `台湾中南部…参访团一行来璧`, is where they came from)
    if (DELEGATION_COMING_AFTER.test(doc.text.slice(m.end, m.end + 32))) {
      setAside.add(m);
      continue;
    }
    bump(m.code, w);
  }
  // the outlet's home speaks for the article unless the text names a city or county of another
  // province and none of its own: a journal of one province reprinting a county's report of another
  // (a province alone is often where people come from: `来自安徽的党员经营户`)
  if (outletCity) {
    const province = outletCity.slice(0, 2);
    const ownProvince = mentions.some((m) => m.code.startsWith(province));
    const elsewhere = mentions.some((m) => !setAside.has(m) && !m.code.startsWith(province) && !m.code.endsWith('0000'));
    if (ownProvince || !elsewhere) bump(outletCity, 2);
  }
  // a county's mentions speak for its city and province too, not the other way round
  const ranked = [...score].sort((a, b) => b[1] - a[1] || specificity(b[0]) - specificity(a[0]));
  let primary = ranked[0]?.[0] ?? null;
  // (a county tied with another of its city, the city named as much: the city's report, in one paragraph too)
  if (primary && !primary.endsWith('00')) {
    const top = score.get(primary)!;
    const city = primary.slice(0, 4) + '00';
    const tiedSibling = ranked.some(([c, w]) => c !== primary && !c.endsWith('00') && c.startsWith(primary!.slice(0, 4)) && w === top);
    if (tiedSibling && (score.get(city) ?? 0) >= top) primary = city;
    return { units, ambiguous, zones: zoneList, primary };
  }
  // a city or province leads: prefer a unit inside it that is named as well
  // (one that stands out: several named alike, `宿州市…泗县…砀山…`, make a report of the city's)
  const inside = ranked.filter(([c]) => primary && c !== primary && c.startsWith(primary.endsWith('0000') ? primary.slice(0, 2) : primary.slice(0, 4)));
  if (inside.length && primary && inside[0][1] * 2 >= (score.get(primary) ?? 0) && inside[0][1] > (inside[1]?.[1] ?? 0)) primary = inside[0][0];
  return { units, ambiguous, zones: zoneList, primary };
}

/**
 * Tags of a word that may be a place's short name: a place's (ns), an abbreviation's (j). Not a person's
 * or another name's (nr, nz): jieba gives them to words of praise and peace as often (博爱, 高明, 和平).
 */
const PLACE_LIKE_TAG = /^(?:ns|j)$/;

/**
 * Whether a county's short name stands in the headline as a word of its own, one jieba knows as a
 * place's or does not know (鄞州, 江宁, 包河), not a common word (资源, 港口, 高密: 'high density';
 * 博爱驿站, 高明之举) nor read across two (广东兴起: 东兴).
 */
function headlineNames(doc: Doc, headline: Doc['lines'][number], f: Found<PlaceValue>): boolean {
  if (f.start < headline.start || f.end > headline.end) return false;
  // (nor a district named as any city's old or new town is: `老城区社区物业管理…`)
  if (isCommonWordUnitName(doc.text.slice(f.start, f.end))) return false;
  const tag = wordTag(doc.text.slice(f.start, f.end));
  if (tag !== undefined && !PLACE_LIKE_TAG.test(tag)) return false;
  const words = tagWords(doc.text.slice(headline.start, headline.end));
  const from = f.start - headline.start;
  const to = f.end - headline.start;
  return !words.some((w) => (w.start < from && w.start + w.word.length > from) || (w.start < to && w.start + w.word.length > to));
}

/** The province-level units outside the mainland: Taiwan, Hong Kong, Macao. */
const OUTSIDE_THE_MAINLAND = new Set(['710000', '810000', '820000']);
/** … named short, as they are where people and brands come from (台湾, 香港, 澳门; not 香港特别行政区). */
const OUTSIDE_THE_MAINLAND_SHORT = /^(?:台湾|臺灣|香港|澳门|澳門)$/;

/** Coming toward the writer, right before a place (来, 前来, 莅临). */
const COMING_TO_BEFORE = /(?:来|莅临)$/;
/** A visit's purpose after the place visited, a few words of what between (来蜀山区考察, 莅临园区调研指导). */
const VISITING_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:考察|调研|参观|观摩|学习|交流|指导)/;

/**
 * A delegation named after its home coming toward the writer: `中南部基层组织联合参访团一行来`,
 * `县委书记率考察团莅临` (a troupe, 艺术团, is no delegation; going away, 赴, the writer is at home).
 */
const DELEGATION_COMING_AFTER = /^[\u4e00-\u9fff]{0,20}?(?:考察|参访|访问|代表|调研|学习|交流|观摩)[团组](?:一行)?(?:来|莅临|前来|到访|到我|走进我)/;

/** A dispatch's date and mark right after a place's name: `北京6月30日电`, `合肥5月1日讯`. */
const DISPATCH_AFTER_PLACE = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[电讯]/y;

/** The place a dispatch opening the article's first paragraph was filed from, and its mention there. */
function isFiledFrom(m: { start: number; end: number }, doc: Doc, firstBody: Doc['lines'][number] | undefined): boolean {
  if (!firstBody || m.start < firstBody.start || m.start - firstBody.start > 20) return false;
  DISPATCH_AFTER_PLACE.lastIndex = m.end;
  return DISPATCH_AFTER_PLACE.test(doc.text);
}

const filedFrom = (mentions: Array<{ start: number; end: number }>, doc: Doc, firstBody: Doc['lines'][number] | undefined) =>
  mentions.some((m) => isFiledFrom(m, doc, firstBody));

/**
 * The text speaks for the whole country (全国, 我国) more often than for a province, city or county
 * of its own (全市, 本县): a national agency's statistics or a conference's report.
 */
function speaksForTheCountry(text: string): boolean {
  const country = text.match(/全国|我国|全党/g)?.length ?? 0;
  const local = text.match(/全(?:省|市|区|县|州|盟|旗|镇|乡)|本(?:省|市|区|县)|我(?:省|市|区|县)/g)?.length ?? 0;
  return country > local;
}

const specificity = (code: string) => (code.endsWith('0000') ? 0 : code.endsWith('00') ? 1 : 2);

/**
 * What a county's own outlet is called after its name: `武进新闻`, `江宁发布`, `长丰县融媒体中心`; or one
 * of its party or government offices publishing its news (`石台县委宣传部`, `凤城区委组织部`, `长丰县人民政府`).
 */
const COUNTY_OUTLET = /^(?:区|县|市)?(?:新闻|日报|发布|融媒|电视台|广播电视台|在线|网|报|委(?:宣传部|组织部|统战部|社会工作部|办公室|网信办)|人民政府|政府)/;

/**
 * Epithets local outlets put before their county's name (`荆楚仙桃`, `云上仙桃`, `今日武进`, `掌上长丰`):
 * a region's literary name, or a word of the app or the day.
 */
const OUTLET_EPITHET = /^(?:荆楚|齐鲁|三秦|八桂|燕赵|巴蜀|江淮|中原|岭南|潇湘|陇原|三晋|八闽|赣鄱|天府|云上|掌上|今日|魅力|印象|爱上|指尖|智慧)/;

/** A zone's own site as the source (`来源: 杜集经济开发区`): the zone type right after the county's name. */
const COUNTY_ZONE = new RegExp(`^(?:区|县|市)?(?:${ZONE_TYPE.source})`);

/**
 * The home of an outlet named after it: a city (`马鞍山日报` → 马鞍山市), or a county
 * whose name opens the outlet's and an outlet word or a zone type follows it
 * (`武进新闻` → 武进区, `杜集经济开发区` → 杜集区), or after an epithet local outlets take
 * (`荆楚仙桃` → 仙桃市; a county's short name elsewhere is too often a word).
 */
export function outletCity(source: string | null): string | null {
  if (!source) return null;
  for (let i = 0; i < Math.min(3, source.length); i++) {
    const hit = longestAt(source, i);
    if (!hit) continue;
    // (a name a city shares with counties elsewhere, opening the outlet's name, is the city's: 中山日报
    // is 中山市's paper, not Dalian's 中山区's)
    if (hit.units.length > 1 && i === 0) {
      const cities = hit.units.filter((x) => x.unit.level === 'city');
      if (cities.length === 1) return cities[0].unit.code;
    }
    if (hit.units.length !== 1) continue;
    const { unit } = hit.units[0];
    if (unit.level !== 'county') return unit.code;
    const rest = i === 0 ? source.slice(hit.length) : '';
    if (rest && (COUNTY_OUTLET.test(rest) || COUNTY_ZONE.test(rest))) return unit.code;
    // (or after an epithet local outlets take, closing the name or before an outlet word: 荆楚仙桃, 云上仙桃, 今日武进网)
    const after = source.slice(i + hit.length);
    if (i === 2 && OUTLET_EPITHET.test(source) && (after === '' || COUNTY_OUTLET.test(after))) return unit.code;
  }
  return null;
}
