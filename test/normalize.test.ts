// Normalization at the door: inline pinyin out, full width folded, traditional
// to simplified, with every position mapped back to the input.
import { describe, expect, test } from 'vitest';
import { isHanUnit, normalize, toOriginal } from '../src/text/normalize.js';

describe('normalize', () => {
  test('inline pinyin after a Han character goes, with its span folded into the character', () => {
    const n = normalize('市委全會(huì)提出，產業(yè)發展');
    expect(n.text).toBe('市委全会提出,产业发展'); // full-width punctuation folded too
    const at = n.text.indexOf('会');
    expect(toOriginal(n, at, at + 1)).toEqual({ start: 3, end: 9 });
  });

  test('a reading printed twice goes twice, its span the character’s; a word in parentheses after a reading stays', () => {
    const n = normalize('企业的(de)屋顶(wūdǐng)(wūdǐng)上');
    expect(n.text).toBe('企业的屋顶上');
    const at = n.text.indexOf('顶');
    expect(toOriginal(n, at, at + 1)).toEqual({ start: 8, end: 25 });
    expect(normalize('屋顶(wūdǐng)(test)').text).toBe('屋顶(test)');
    expect(normalize('屋顶(wūdǐng)(2023)').text).toBe('屋顶(2023)');
  });

  test('a print pipeline’s end mark glued to the last paragraph goes, its offsets kept; the word elsewhere stays', () => {
    const n = normalize('抓住了“牛鼻子”。(王红)endprint\n\n猜你喜欢');
    expect(n.text).toBe('抓住了“牛鼻子”。(王红)\n\n猜你喜欢');
    const at = n.text.indexOf('猜');
    expect(toOriginal(n, at, at + 1).start).toBe(23);
    expect(normalize('The endprint call').text).toBe('The endprint call');
    expect(normalize('党建工作endprintx').text).toBe('党建工作endprintx');
  });

  test('invisible format characters go (zero-width space, soft hyphen, word joiner, BOM, direction marks), their offsets kept; visible ones stay', () => {
    const n = normalize('党建\u200b指导员\u00ad58名\u2060,\ufeff园区\u200e党工委');
    expect(n.text).toBe('党建指导员58名,园区党工委');
    const at = n.text.indexOf('指');
    expect(toOriginal(n, at, at + 3)).toEqual({ start: 3, end: 6 });
    // (a middle dot is seen, and stays)
    expect(normalize('凤鸣·小哥').text).toBe('凤鸣·小哥');
  });

  test('a label of two characters spaced out to a template’s width loses its spaces before its colon, offsets kept, in either script; spaces elsewhere stay', () => {
    const n = normalize('来 源:凤城融媒\n作　者：王明 | 编  辑:李红\n來 源:鳳城日報');
    expect(n.text).toBe('来源:凤城融媒\n作者:王明 | 编辑:李红\n来源:凤城日报');
    const at = n.text.indexOf('源');
    expect(toOriginal(n, at - 1, at + 1)).toEqual({ start: 0, end: 3 });
    // (no colon after it, a word that is no label, a label inside a sentence, too many spaces: all stay)
    for (const s of ['来 源于企业', '党 建:活动', '他说来 源:凤城', '来      源:凤城']) expect(normalize(s).text).toBe(s);
  });

  test('HTML entities left in a scraped text are the characters they stand for, each mapped to the whole entity; an ampersand that opens none stays', () => {
    const n = normalize('开展&ldquo;三会一课&rdquo;活动&#65292;党员58名&nbsp;&mdash;&#x3002;');
    expect(n.text).toBe('开展“三会一课”活动,党员58名 —。');
    expect(toOriginal(n, 2, 3)).toEqual({ start: 2, end: 9 });
    for (const s of ['A&B公司', 'R&D中心', '1&2', '&unknown;', '&#55357;', '&ldquo', '&#;']) expect(normalize(s).text).toBe(s);
  });

  test('parentheses that are no reading stay: Han inside, after a non-Han character, not pinyin, or several syllables without a tone', () => {
    for (const s of ['党(工)委', 'ABC(huì)', '会议(hello world)', '会议(a b)', '会( )', '会议(xyzq)', '会议(huiyi)', '会议(yes)', '会议(banana)', '会(hui2)', '会(huì', '会(Huì)', '会()', '(huì)开'])
      expect(normalize(s).text).toBe(s);
  });

  test('a reading in full-width parentheses, after a broken character, or with an initial and a final', () => {
    expect(normalize('黨（dǎng）建').text).toBe('党建');
    expect(normalize('黨\uFFFD(dǎng)建').text).toBe('党\uFFFD建');
    expect(normalize('莊(zhuāng)重').text).toBe('庄重');
    expect(normalize('區(qū)級(jí)').text).toBe('区级');
    // a word's reading, several toned syllables
    expect(normalize('故障(gùzhàng)报修,府谷县(fǔgǔxiàn)').text).toBe('故障报修,府谷县');
    // spaced between its syllables; not Latin words, which carry no tone mark
    expect(normalize('黨員(dǎng yuán)120名,專家(Tom Lee)').text).toBe('党员120名,专家(Tom Lee)');
    // padded with a space inside the parentheses
    expect(normalize('現場(chǎng)會(huì )將在管委會( huì)').text).toBe('现场会将在管委会');
    // the reading ends at its own parenthesis, not at a later one
    expect(normalize('會(huì) (a)').text).toBe('会 (a)');
  });

  test('a comma doubled before another clause mark after Chinese is a stray and goes, offsets kept; commas elsewhere stay', () => {
    const n = normalize('社會組織,,新建13家區域性聯合黨支部,。選派素質高,、服務意識強的86名黨員，，联系187个');
    expect(n.text).toBe('社会组织,新建13家区域性联合党支部。选派素质高、服务意识强的86名党员,联系187个');
    const at = n.text.indexOf('新');
    expect(toOriginal(n, at, at + 1)).toEqual({ start: 6, end: 7 });
    // (after a closing quote too; after digits or Latin, and a single comma, nothing changes)
    expect(normalize('称“好”,,群众').text).toBe('称“好”,群众');
    for (const s of ['1,,2', 'a,,b', '党员,群众', '党员,“群众”']) expect(normalize(s).text).toBe(s);
  });

  test('straight double quotes a page typed for Chinese ones are the curly pair, a line’s marks in pairs, offsets kept; an odd number, or a pair of no Chinese, stays', () => {
    const n = normalize('实施"红色引擎"工程,悬挂"全市优秀商会""全省四好商会"牌匾。\n他说:"商会发展需要党组织。"会员企业130多家');
    expect(n.text).toBe('实施“红色引擎”工程,悬挂“全市优秀商会”“全省四好商会”牌匾。\n他说:“商会发展需要党组织。”会员企业130多家');
    expect(toOriginal(n, 2, 3)).toEqual({ start: 2, end: 3 });
    for (const s of ['他说"好的,企业', 'He said "OK" to "党建"', '尺寸为5"宽']) expect(normalize(s).text).toBe(s);
  });

  test('one space between Chinese and digits is typography and goes; a time of day keeps its space, and two spaces stay', () => {
    expect(normalize('有 3 名党员,6 月 19 日前').text).toBe('有3名党员,6月19日前');
    expect(normalize('年营业收入 2000 万元以上').text).toBe('年营业收入2000万元以上');
    expect(normalize('2018-02-05 15:09 兴安日报').text).toBe('2018-02-05 15:09 兴安日报');
    expect(normalize('张三 李四,第  3 届,ABC 12').text).toBe('张三 李四,第  3届,ABC 12');
    const n = normalize('共 5 家');
    expect(toOriginal(n, n.text.indexOf('5'), n.text.indexOf('5') + 1)).toEqual({ start: 2, end: 3 });
  });

  test('one space after a decimal point between digits (a PDF’s text) goes; a list’s number before words keeps its space', () => {
    expect(normalize('入股 25. 8 万元,村民持股 48. 9%').text).toBe('入股25.8万元,村民持股48.9%');
    expect(normalize('1. 加强组织建设,2. 完善制度').text).toBe('1. 加强组织建设,2. 完善制度');
    expect(normalize('in 2019. Then').text).toBe('in 2019. Then');
    const n = normalize('持股 48. 9%');
    expect(toOriginal(n, n.text.indexOf('48'), n.text.indexOf('%') + 1)).toEqual({ start: 3, end: 9 });
  });

  test('one space right inside a quotation mark goes; one after a closing mark, or between words inside, stays', () => {
    expect(normalize('建立“ 1+6+N” 工作体系,通过“ 行业归口+属地兜底 ”机制').text).toBe('建立“1+6+N” 工作体系,通过“行业归口+属地兜底”机制');
    expect(normalize('“党旗飘 火炬红”品牌,‘ 湘 ’当红').text).toBe('“党旗飘 火炬红”品牌,‘湘’当红');
    // (before Latin or after a mark, nothing changes)
    for (const s of ['“ OK”', '“ 、”', '说: “ ']) expect(normalize(s).text).toBe(s);
    const n = normalize('“ 三化”');
    expect(toOriginal(n, n.text.indexOf('三'), n.text.indexOf('化') + 1)).toEqual({ start: 2, end: 4 });
  });

  test('the radical 丨 a messaging app sets between a label and its text is a bar; its offsets stay', () => {
    const n = normalize('来源丨新华日报\n编辑丨王芳');
    expect(n.text).toBe('来源|新华日报\n编辑|王芳');
    expect(toOriginal(n, n.text.indexOf('新'), n.text.indexOf('报') + 1)).toEqual({ start: 3, end: 7 });
  });

  test('in a simplified article a character simplified text writes too (乾 of 乾县) is kept; a line with other traditional characters is converted', () => {
    const simplified = normalize('乾县经济开发区党工委召开会议,全县企业参加。\n园区企业引进人才。');
    expect(simplified.script).toBe('simplified');
    expect(simplified.text).toContain('乾县经济开发区');
    // (nor does such a character count toward the script: in one short sentence it was a tenth
    // of the characters only one script writes, the sentence read as mixed and 乾安县 became 干安县)
    const short = normalize('乾安县委组织部召开会议,全县企业参加。');
    expect(short.script).toBe('simplified');
    expect(short.text).toContain('乾安县委组织部');
    const quoted = normalize('园区企业引进人才,全县企业参加。\n臺灣企業代表來訪。');
    expect(quoted.text).toContain('台湾企业代表来访');
    // in a traditional article OpenCC decides, as before
    expect(normalize('乾燥天氣裡,企業員工參加會議。').text).toContain('干燥');
    // (昇, a standard character of names in simplified text, likewise: 金昇集团 was 金升集团)
    expect(normalize('邀请晨风集团、金昇集团等企业掌门人作专题讲座,全区企业参加。').text).toContain('金昇集团');
  });

  test('text wrapped at a fixed width is joined back into its paragraphs, offsets kept; paragraphs and short lines are not', () => {
    const wrapped = [
      '近年来,XX产业园党总支在提升“两个覆盖”质效的',
      '基础上,创新“三引三联”工作法,坚持党建引领,',
      '着力打造“红管家”党建品牌,推动园区企业高质量',
      '发展。聚焦产业园区企业党建提质扩面,建强企业党组',
      '织,建立非公企业数量台账、党组织台账、党员台账',
      '“三本台账”,确保入驻企业第一时间纳入党组织架构。',
    ].join('\r\n');
    const n = normalize(wrapped);
    expect(n.text).not.toContain('\n');
    expect(n.text).toContain('建强企业党组织');
    const at = n.text.indexOf('织');
    expect(wrapped.slice(toOriginal(n, at, at + 1).start, toOriginal(n, at, at + 1).end)).toBe('织');
    // paragraphs ending in punctuation, and short lines of a menu, stay lines
    const page = ['首页', '新闻中心', '党建动态', '园区召开党建工作会议。', '会议部署了下半年工作。', '各企业党组织书记参加。', '园区党工委书记讲话。'].join('\n');
    expect(normalize(page).text).toBe(page);
    const article = '园区召开党建工作会议,部署下半年重点工作,'.repeat(10) + '\n' + '各企业党组织书记参加会议'.repeat(3) + '\n' + '标题';
    expect(normalize(article).text).toBe(article);
  });

  test('a page’s narrow column (eighteen characters) is joined too, and a line may open with a figure; a list of headlines as wide is not', () => {
    const column = [
      '园区坚持书记抓、抓书记;推行“党委',
      '牵头·支部落实”工作机制,集中全区之',
      '力推进落实;依托青苗计划,选派 18 名',
      '骨干党员担任企业党建工作联络员,定期',
      '上门开展指导服务。如园区党委书记联系',
      '5 个重点企业,每月上门走访服务。',
    ].join('\n');
    const n = normalize(column);
    expect(n.text).not.toContain('\n');
    expect(n.text).toContain('选派18名骨干党员');
    expect(n.text).toContain('联系5个重点企业');
    // headlines of a related list, each a line of its own, as wide as a column, none ending in punctuation
    const list = ['园区召开党建工作推进会议部署全年工作', '经开区党工委开展主题党日活动纪实报道', '非公企业党组织书记培训班在县委党校开班', '高新区新就业群体服务站揭牌投用仪式举行', '县委组织部调研园区党建工作并召开座谈会'].join('\n');
    expect(normalize(list).text).toBe(list);
  });

  test('the Han test by ranges agrees with \\p{Script=Han} on every UTF-16 unit', () => {
    const han = /\p{Script=Han}/u;
    const disagree: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isHanUnit(c) !== han.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
  });
});
