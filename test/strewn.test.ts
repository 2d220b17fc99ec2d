// Pieces of the headline a copying site strewed through the text: taken out,
// said on the record, and only where the site's mark is plain.
import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';
import { makeDoc } from '../src/text/document.js';
import { normalize } from '../src/text/normalize.js';

// (the site's pieces of `凤城县:暖新驿站让“小哥”有“家”`: 凤城, 县暖新驿, 站让)
const strewn = [
  '您现在的位置是:星河新闻网 > 焦点',
  '凤城县:暖新驿站让“小哥”有“家”',
  '星河新闻网2026-01-14 17:50:34【焦点】3人已围观',
  '清晨,凤城县工会暖新驿站的凤城门刚打开,网约配送员李明就县暖新驿走进来,先给站让配送箱消毒,再倒上一杯热水。',
  '这样的场景,凤城如今在城区47家暖新驿站里县暖新驿时常上演,站让配送员等新就业群体正从城市“旁观者”转变为治理“参与者”。',
  '该县400余名网约配送员、快递员常年在户外奔波,凤城县委社会工作部将暖新驿站建设纳入民生实事项目。县暖新驿',
].join('\n');

// (another site cuts its headline every two characters: 包河|区党|建聚|力服|务暖|新)
const cutInTwos = [
  '包河区:党建聚力 服务暖“新”',
  '“师傅,快进来坐。包河这有刚烧的区党热水,还有微波炉能热饭,建聚您歇会儿再走。力服”',
  '初冬的午后,在凤阳市包河区滨湖社区的包河“暖新驿站”里,刚送完两单外卖的区党骑手王强被党员志愿者迎进门。',
  '社区每天有1300余名快递小哥、外卖骑手建聚穿梭于楼宇街巷,力服社区党委组建志愿服务队12支。',
].join('\n');

/** The text the rules read is the normalized input, untouched, and the record warns of nothing. */
function expectLeftAsItIs(text: string): void {
  const doc = makeDoc(text);
  expect(doc.warnings).toEqual([]);
  expect(doc.text).toBe(normalize(text).text);
}

describe('pieces of the headline strewn by a copying site', () => {
  test('are taken out of the text the rules read, whole pieces of words too, and the record says which', () => {
    const doc = makeDoc(strewn);
    const body = doc.lines.filter((l) => l.role === 'body').map((l) => l.text);
    expect(body[0]).toBe('清晨,凤城县工会暖新驿站的门刚打开,网约配送员李明就走进来,先给配送箱消毒,再倒上一杯热水。');
    expect(body[1]).toBe('这样的场景,如今在城区47家暖新驿站里时常上演,配送员等新就业群体正从城市“旁观者”转变为治理“参与者”。');
    expect(body[2]).toBe('该县400余名网约配送员、快递员常年在户外奔波,凤城县委社会工作部将暖新驿站建设纳入民生实事项目。');
    // (the headline's own words where the writer used them stay: 凤城县工会, 暖新驿站, 凤城县委)
    const record = extract(strewn, { id: 'farm' });
    expect(record.warnings.map((w) => w.code)).toContain('strewn-title-fragments');
    expect(record.warnings.find((w) => w.code === 'strewn-title-fragments')!.message).toContain('县暖新驿');
    const stations = record.counts.find((c) => c.value === 47)!;
    expect(stations.subject).toBe('暖新驿站');
    // evidence still points into the input as it was
    expect(strewn.slice(stations.evidence.start, stations.evidence.end)).toBe(stations.evidence.text);
    expect(stations.evidence.text).toBe('47家暖新驿站');
  });

  test('are looked for in the body’s first characters, and once found taken out to its end', () => {
    const filler = Array.from({ length: 24 }, (_, i) => `园区第${i + 1}家企业党支部开展主题党日活动,组织党员学习。`).join('');
    const long = `${strewn}\n${filler}\n最后,凤城县委社会工作部县暖新驿表示将持续推进。`;
    const body = makeDoc(long).lines.filter((l) => l.role === 'body').map((l) => l.text);
    expect(body.at(-1)).toBe('最后,凤城县委社会工作部表示将持续推进。');
  });

  test('cut every two characters, the pieces that are words (包河) go where they stand alone, not inside the writer’s 包河区', () => {
    const doc = makeDoc(cutInTwos);
    const body = doc.lines.filter((l) => l.role === 'body').map((l) => l.text);
    expect(body[0]).toBe('“师傅,快进来坐。这有刚烧的热水,还有微波炉能热饭,您歇会儿再走。”');
    expect(body[1]).toBe('初冬的午后,在凤阳市包河区滨湖社区的“暖新驿站”里,刚送完两单外卖的骑手王强被党员志愿者迎进门。');
    const teams = extract(cutInTwos).counts.find((c) => c.value === 12)!;
    expect(teams.subject).toBe('志愿服务队');
  });

  test('look-alike: an article using its headline’s words and phrases, whole or in part, is left as it is', () => {
    const natural = [
      '凤鸣区:“四坚持四创新”推动非公企业党建提质增效',
      '2025-03-02 来源:凤鸣日报',
      '近年来,凤鸣区坚持党建引领,以“四坚持四创新”为抓手,推动非公企业党建提质增效。区委坚持把非公企业党建作为重点,创新工作方法,企业党建提质明显。',
      '一是坚持组织全覆盖,创新组建方式。全区非公企业党组织达到126个,推动党建提质增效。',
      '二是坚持服务企业,创新服务载体,提质增效成效明显,非公企业党建工作迈上新台阶。',
      '三是坚持制度保障,推动党建提质,凤鸣区非公党建工作持续增效,企业党建提质增效。',
    ].join('\n');
    expectLeftAsItIs(natural);
  });

  test('look-alike: words inside the headline’s longer words (就业 of 新就业群体, 服务 of 服务中心), used on their own, are words, no pieces', () => {
    const natural = [
      '凤城县新就业群体党群服务中心高质量发展座谈会召开',
      '会上,凤城县委社会工作部介绍了全县促进就业、服务群体的做法。就业是最大的民生,各类群体的就业需求各不相同。',
      '中心为骑手提供服务,服务中心每天开放,服务内容涵盖就业指导、技能培训。中心还为快递员群体开展质量安全教育。',
      '下一步将提升服务质量,把中心建成就业服务的阵地,让各类群体共享发展成果,服务质量和就业质量同步提升。',
    ].join('\n');
    expectLeftAsItIs(natural);
  });

  test('look-alike: one phrase of the headline repeated in parts that overlap (非公企业党, 非公企业), where jieba cuts the headline oddly (是非), is the writer’s', () => {
    const natural = [
      '为什么园区党建是非公企业党建的重要抓手',
      '截至去年底,全国非公企业党组织覆盖率达51.8%。目前凤鸣园区有非公企业约1200户,七成以上非公企业集中在园区;园区非公企业职工达5.4万人,占全县非公企业职工的52.7%。',
    ].join('\n');
    expectLeftAsItIs(natural);
  });

  test('look-alike: a county’s short form and the genre’s 非公 opening a headline jieba cuts oddly (商/南非/公) are the writer’s words in the body', () => {
    const natural = [
      '商南非公党建实现“两个覆盖”',
      '本报讯 近期,商南县积极开展非公企业和社会组织“两个覆盖”提升工作,对全县非公企业逐一摸底核实。',
      '从领导干部中选派141人担任非公企业和社会组织党建指导员,非公经济党建重点抓巩固提升,实现了非公企业党的工作全覆盖。',
    ].join('\n');
    expectLeftAsItIs(natural);
  });

  test('look-alike: a few odd runs of the headline, or one piece alone however often, are a coincidence, and stay', () => {
    // (three odd runs of two pieces, 县暖新驿 and 站让: under the farm’s mark)
    const few = [
      '凤城县:暖新驿站让“小哥”有“家”',
      '清晨,网约配送员李明就县暖新驿走进来,先给站让配送箱消毒。',
      '城区47家暖新驿站里县暖新驿时常上演这样的场景。',
    ].join('\n');
    // (one piece, 县暖新驿, five times)
    const onePiece = [
      '凤城县:暖新驿站让“小哥”有“家”',
      '清晨,网约配送员李明就县暖新驿走进来,先给县暖新驿配送箱消毒。',
      '城区47家暖新驿站里县暖新驿时常上演这样的场景,县暖新驿配送员成为治理参与者。',
      '该县400余名网约配送员常年在户外奔波。县暖新驿',
    ].join('\n');
    for (const text of [few, onePiece]) expectLeftAsItIs(text);
  });
});
