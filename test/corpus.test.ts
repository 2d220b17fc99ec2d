// Every rule module's corpus, run through the whole pipeline: each positive case
// must yield its items (span and value), each negative case nothing; every record
// passes the schema (no empty subject or name where null was meant).
import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';
import { modules } from '../src/rules/corpora.js';
import type { ItemCase, ItemField } from '../src/rules/corpus.js';
import { ArticleRecord } from '../src/schema.js';

const short = (s: string) => (s.length > 48 ? `${s.slice(0, 46)}…` : s);

function checkItems(field: ItemField, c: ItemCase<ItemField>, rec: ArticleRecord) {
  const items = rec[field] as Array<Record<string, unknown> & { evidence: { text: string } }>;
  const shown = items.map((i) => ({ ...i, evidence: i.evidence.text }));
  // (each item answers one expectation: two expected alike need two found alike)
  const unused = new Set(items);
  for (const want of c.expect) {
    const { span, ...fields } = want as { span: string } & Record<string, unknown>;
    const hit = [...unused].find((i) => i.evidence.text === span && Object.entries(fields).every(([k, v]) => JSON.stringify(i[k] ?? null) === JSON.stringify(v ?? null)));
    expect(hit, `expected ${JSON.stringify(want)} in ${JSON.stringify(shown)}`).toBeTruthy();
    unused.delete(hit!);
  }
  if (!c.partial) expect(items.length, `found ${JSON.stringify(shown)}`).toBe(c.expect.length);
}

for (const { module, corpus } of modules) {
  describe(`${module.name} corpus (${corpus.field})`, () => {
    if (corpus.field === 'metadata') {
      for (const c of corpus.cases) {
        test(c.note ?? short(c.text), () => {
          const rec = extract(c.text, { id: 'corpus', explain: true });
          for (const [k, v] of Object.entries(c.expect)) expect(rec[k as keyof ArticleRecord], k).toEqual(v);
        });
      }
    } else {
      const field = corpus.field;
      for (const c of corpus.cases) {
        const kind = c.expect.length ? 'finds' : 'ignores';
        test(`${kind}: ${c.note ?? short(c.text)}`, () => {
          const rec = extract(c.text, { id: 'corpus', explain: true, referenceDate: c.publishedAt });
          const valid = ArticleRecord.safeParse(rec);
          expect(valid.success, valid.success ? '' : valid.error.message).toBe(true);
          checkItems(field, c, rec);
        });
      }
    }
  });
}

describe('every counts rule family has its own corpus', () => {
  test('at least a dozen cases per group, and the numeral reader’s own corpus', async () => {
    const { groups } = await import('../src/rules/counts/corpus.js');
    const { numeralCorpus } = await import('../src/rules/counts/numerals.corpus.js');
    for (const [name, cases] of Object.entries(groups)) expect(cases.length, name).toBeGreaterThanOrEqual(12);
    expect(numeralCorpus.length).toBeGreaterThanOrEqual(12);
  });
});

describe('consistency warnings', () => {
  const warningsOf = (text: string) => extract(text, { id: 'w' }).warnings.map((w) => w.code);
  test('a part larger than its whole is flagged', () => {
    expect(warningsOf('共收集企业诉求210条,已办结298条。')).toEqual(['part-exceeds-whole']);
  });
  test('a part within its whole is not', () => {
    expect(warningsOf('共收集企业诉求210条,已办结198条。')).toEqual([]);
  });
  test('parts listed one after another are measured against their whole, not each other', () => {
    expect(warningsOf('新建党组织33个,其中16个单独组建、17个联合组建。')).toEqual([]);
    expect(warningsOf('新建党组织10个,其中6个单独组建、16个联合组建。')).toEqual(['part-exceeds-whole']);
  });
  test('two figures of one ratio are not part and whole', () => {
    expect(warningsOf('覆盖率从2014年底的30.7%上升到目前的87.3%。')).toEqual([]);
  });
  test('a figure the one before changed to is no part of it', () => {
    expect(warningsOf('从业人员从去年的60多人增加到130多人。')).toEqual([]);
    expect(warningsOf('企业诉求从去年的210条减少至98条。')).toEqual([]);
  });
  test('nothing is carried across sentences', () => {
    expect(warningsOf('市本级投入60万元。据统计,全市共投入5000余万元。')).toEqual([]);
  });
  test('a percentage over 100 is flagged', () => {
    expect(warningsOf('党组织覆盖率达120%。')).toEqual(['percent-over-100']);
  });
  test('a change over 100% is not', () => {
    expect(warningsOf('村集体经济收入2153万元,同比增长115.11%。')).toEqual([]);
    expect(warningsOf('税收增幅达120%。')).toEqual([]);
  });
});

describe('the place an article is about', () => {
  test('a county’s own outlet speaks for the county; a place a person comes from counts less', () => {
    const r = extract('商业街功能型党支部成立\n时间:2021-08-21 来源:武进新闻\n来自安徽的党员经营户设置了爱心茶水点,街道党委为首批4家经营户挂牌。', { id: 'o1' });
    expect(r.locality?.adcode).toBe('320412');
  });
  test('an outlet of another province speaks for no county the text names in its own; for one in the outlet’s province it does', () => {
    const page = (journal: string) => `园区党建引领非公企业发展\n2023-11-20 06:29\n${journal} 2023年2期\n关键词:党建\n近年来,园区坚持以党建引领非公企业发展。\n凤阳县42家规上企业建立党组织。`;
    // (a journal of Shenzhen reprinting a report of a county in Anhui)
    expect(extract(page('深圳社会科学'), { id: 'o5' }).locality?.adcode).toBe('341126');
    // (a paper of the county's own city: the county, inside it, still leads)
    expect(extract(page('滁州日报'), { id: 'o6' }).locality?.adcode).toBe('341126');
  });
  test('a zone’s own site as the source speaks for the zone’s county; the county’s name before another word does not', () => {
    const body = '\n开发区党工委确定了条件成熟的7家非公企业建立党支部。';
    const fromSource = extract(`信息来源: 杜集经济开发区 发布时间:2012-03-02${body}`, { id: 'o3' }).locality;
    expect(fromSource?.adcode).toBe('340602');
    // (named by the outlet alone, the place points at the source's name)
    expect(fromSource?.mention).toBe('杜集经济开发区');
    expect(fromSource?.evidence.text).toBe('杜集经济开发区');
    expect(extract(`信息来源: 杜集高新区管委会${body}`, { id: 'o4' }).locality?.adcode).toBe('340602');
    expect(extract(`信息来源: 杜集经济研究网${body}`, { id: 'o5' }).locality).toBeNull();
  });
  test('a county a province governs directly has no city (its parent code names a grouping, …直辖县级行政区划)', () => {
    const r = extract('仙桃市干河街道积极推进商圈党建,成立流动党员党组织1个。', { id: 'p1' }).locality;
    expect(r?.adcode).toBe('429004');
    expect(r?.province).toBe('湖北省');
    expect(r?.city).toBeNull();
    expect(r?.county).toBe('仙桃市');
    // (a county of a city keeps its city)
    expect(extract('凤阳县42家规上企业建立党组织。', { id: 'p2' }).locality?.city).toBe('滁州市');
  });
  test('an epithet local outlets take before their county’s name (荆楚仙桃, 今日武进网) names the county', () => {
    const body = '\n干河街道积极推进商圈党建,成立流动党员党组织1个。';
    expect(extract(`来源:荆楚仙桃 时间:2023-6-16 08:57${body}`, { id: 'o10' }).locality?.adcode).toBe('429004');
    expect(extract(`来源:今日武进网${body}`, { id: 'o11' }).locality?.adcode).toBe('320412');
    // (an epithet alone, or the county's name with another word after it, names none)
    expect(extract(`来源:荆楚网${body}`, { id: 'o12' }).locality).toBeNull();
    expect(extract(`来源:云上仙桃花卉园${body}`, { id: 'o13' }).locality).toBeNull();
  });
  test('the place visitors come to (来…考察) is the report’s, whoever the visitors are; the place they go to (赴…考察) is not', () => {
    const hosted = '泉州市惠安县考察团来蜀山区考察\n3月6日,泉州市惠安县县委书记率考察团来蜀山区考察商务区党建工作。惠安县领导参加。\n商务区党委打造服务品牌。';
    expect(extract(hosted, { id: 'v1' }).locality?.adcode).toBe('340104');
    const away = '惠安县考察团赴蜀山区考察学习\n3月6日,惠安县县委书记率考察团赴蜀山区考察商务区党建工作。惠安县领导参加。\n回来后,惠安县召开会议。';
    expect(extract(away, { id: 'v2' }).locality?.adcode).toBe('350521');
  });
  test('the home of a delegation coming here (…参访团一行来…) is where visitors come from, no place of the report', () => {
    const body = '1月21日,福建省泉州市惠安县基层组织联合参访团一行来我区交流参访,先后来到台商工业园、台商党群服务中心实地参观。';
    expect(extract(`来源:璧山网\n${body}`, { id: 'g1' }).locality?.adcode).toBe('500120');
    // (a delegation going away from its home, or a body that is no delegation, is the report's)
    const away = '来源:璧山网\n1月21日,福建省泉州市惠安县基层组织联合参访团一行赴江苏交流参访。';
    expect(extract(away, { id: 'g2' }).locality?.adcode).toBe('350521');
    const troupe = '来源:璧山网\n1月21日,福建省泉州市惠安县青年艺术团一行来我区演出。';
    expect(extract(troupe, { id: 'g3' }).locality?.adcode).toBe('350521');
  });
  test('a county’s short name in the headline, no word of another kind (鄞州, 包河), is the report’s place; a common word that is one (资源, 港口) is not', () => {
    const body = '\n近年来,我区不断优化党员队伍结构,发展党员120名。';
    expect(extract(`鄞州党员队伍结构持续优化${body}`, { id: 'h1' }).locality?.adcode).toBe('330212');
    expect(extract(`包河:党建聚力 服务暖新${body}`, { id: 'h2' }).locality?.adcode).toBe('340111');
    expect(extract(`资源整合助推园区发展${body}`, { id: 'h3' }).locality).toBeNull();
    expect(extract(`港口企业党建工作推进会召开${body}`, { id: 'h4' }).locality).toBeNull();
    // (nor one jieba calls a person's name, a word of praise as often: 博爱驿站, 高明之举)
    expect(extract(`博爱驿站温暖新就业群体${body}`, { id: 'h7' }).locality).toBeNull();
    expect(extract(`高明之举:党建引领园区发展${body}`, { id: 'h8' }).locality).toBeNull();
    // (nor one read across two words, 广东兴起: 东兴)
    expect(extract(`广东兴起园区党建热潮${body}`, { id: 'h5' }).localities.map((l) => l.adcode)).toEqual(['440000']);
    // (in the body it still needs its province or city beside it)
    expect(extract(`党员队伍结构持续优化\n近年来,鄞州不断优化党员队伍结构。`, { id: 'h6' }).locality).toBeNull();
  });
  test('an outlet named after a city that shares its name with counties elsewhere (中山日报) is the city’s', () => {
    const body = '\n东区街道党工委坚持以高质量党建引领高质量发展,成立党群服务站1个。';
    expect(extract(`来源:中山日报${body}`, { id: 'm1' }).locality?.adcode).toBe('442000');
    expect(extract(`来源:朝阳日报${body}`, { id: 'm2' }).locality?.adcode).toBe('211300');
  });
  test('Hong Kong, Macao or Taiwan named short in the body (澳门陈光记, 台湾同胞) is where people and brands come from, no place of the report; in full, or in the headline, it is', () => {
    const street = '长寿路街道打造白领午餐项目\n街道党工委优先选择红子鸡美食总汇、顺风大酒店、澳门陈光记等12家餐饮企业,台湾同胞也来参加。';
    const r = extract(street, { id: 't1' });
    expect(r.locality).toBeNull();
    // (still places the text names)
    expect(r.localities.map((l) => l.adcode).sort()).toEqual(['710000', '820000']);
    expect(extract('园区党建工作会议召开\n香港特别行政区工商界代表团参加,成立党支部1个。', { id: 't2' }).locality?.adcode).toBe('810000');
    expect(extract('台湾青年参访团走进园区\n台湾青年30名参加。', { id: 't3' }).locality?.adcode).toBe('710000');
  });
  test('a district named as any city’s old or new town is (老城区, 新城区) is read only with its city, not from a headline alone', () => {
    // (the headline's 老城区 gave Luoyang's district to a report on Wuhan's 江汉区)
    expect(extract('老城区社区物业管理的模式选择\n我们随机抽取了江汉区所辖三个街道的8个社区。', { id: 'c1' }).locality?.adcode).toBe('420103');
    expect(extract('园区推进老城区改造\n惠及居民3000户。', { id: 'c2' }).locality).toBeNull();
    expect(extract('洛阳市老城区党工委召开会议\n惠及居民3000户。', { id: 'c3' }).locality?.adcode).toBe('410302');
    expect(extract('新城区党工委召开会议\n西安市委组织部参加。', { id: 'c4' }).locality?.adcode).toBe('610102');
  });
  test('a city’s report naming several of its counties alike is about the city; naming one, about that county', () => {
    const citywide = '宿州市聚焦补链、延链、强链,推进产业党建联盟建设。\n泗县物流产业党支部开展活动。\n砀山县供应链党建联盟推动共同配送。';
    expect(extract(citywide, { id: 'c1' }).locality?.adcode).toBe('341300');
    const county = '宿州市聚焦补链、延链、强链,推进产业党建联盟建设。\n泗县物流产业党支部开展活动,建立党建联盟。';
    expect(extract(county, { id: 'c2' }).locality?.adcode).toBe('341324');
    // (in one paragraph too, where the counties tie with the city)
    expect(extract(citywide.replace(/\n/g, ''), { id: 'c3' }).locality?.adcode).toBe('341300');
  });
  test('a county’s party or government office as the source speaks for the county; another word after its name does not', () => {
    const body = '\n县委宣传部一行深入丁香镇开展调研。';
    expect(extract(`来源:石台县委宣传部${body}`, { id: 'o7' }).locality?.adcode).toBe('341722');
    expect(extract(`来源:石台县人民政府${body}`, { id: 'o8' }).locality?.adcode).toBe('341722');
    expect(extract(`来源:石台县委党校报告厅${body}`, { id: 'o9' }).locality?.adcode).not.toBe('341722');
  });
  test('where a dispatch was filed from is no place of a report on the whole country; of a report on its own city it is', () => {
    const national = '新华社北京6月30日电(记者 王立新)中央组织部统计显示,全国共有党员9100万名,我国非公企业已建立党组织150万个,全国覆盖率达73%。';
    const r = extract(national, { id: 'd1' });
    expect(r.locality).toBeNull();
    // (still a place the text names)
    expect(r.localities.map((l) => l.adcode)).toEqual(['110000']);
    const local = '本报合肥5月1日讯 记者从市委组织部获悉,全市已建立非公企业党组织1200个,获评全国先进基层党组织2个,全市覆盖率达90%。';
    expect(extract(local, { id: 'd2' }).locality?.adcode).toBe('340100');
    // (a place named in the report on the country, beside the dispatch's, still speaks for it)
    const example = '新华社北京6月30日电 全国非公企业党建工作会议召开,全国已建立党组织150万个。浙江省介绍了经验。';
    expect(extract(example, { id: 'd3' }).locality?.adcode).toBe('330000');
  });
  test('a county’s short name elsewhere in an outlet’s name is no outlet city', () => {
    const r = extract('园区召开党建工作会议\n来源:资源信息网\n来自安徽的党员经营户设置了爱心茶水点。', { id: 'o2' });
    expect(r.locality?.adcode).toBe('340000');
  });
});

describe('zones named beside verbs', () => {
  test('one zone, under its own name', () => {
    const r = extract('领导充分肯定了晋江经济开发区的成效,要求开发区了解经济开发区企业需求。', { id: 'z' });
    expect(r.zones.map((z) => [z.name, z.adcode])).toEqual([['晋江经济开发区', '350582']]);
  });
});

describe('zones in a place named by its short form', () => {
  test('a county’s short form that ends the zone’s core is its host; one running on into a longer name is not', () => {
    const r = extract('湛江经济技术开发区(东海岛经济开发区)党工委召开会议。东海经济开发区党工委学习交流。', { id: 'z4' });
    expect(r.zones.map((z) => [z.name, z.adcode])).toEqual([
      ['湛江经济技术开发区', '440800'],
      ['东海岛经济开发区', null],
      ['东海经济开发区', '320722'],
    ]);
  });
});

describe('one zone under two names', () => {
  test('兴县经开区 and 兴县经济技术开发区 are listed once', () => {
    const r = extract('兴县经开区党建赋能。兴县经济技术开发区党工委牢固树立“党建+”理念。', { id: 'z2' });
    expect(r.zones.map((z) => [z.name, z.adcode])).toEqual([['兴县经开区', '141123']]);
  });
});

describe('zones are names, not clauses', () => {
  test('a zone named again without its place is the same zone; verbs and bodies before a type name none', () => {
    const r = extract('南京浦口经济开发区党工委召开会议。浦口经济开发区新建党群服务中心。圣诺贝公司希望高新区加大支持,关心关爱高新区职工。', { id: 'z3' });
    expect(r.zones.map((z) => [z.name, z.adcode])).toEqual([['南京浦口经济开发区', '320111']]);
  });
  test('a verb jieba knows before the type takes it as its object; a province before it means its zones as a group', () => {
    const r = extract('全面激发产业园区活力,荣获湖北省开发区十强。开化经济开发区新建党群服务中心。', { id: 'z5' });
    expect(r.zones.map((z) => z.name)).toEqual(['开化经济开发区']);
  });
  test('an adverb or adjective before a zone type names no zone (明确开发区39名干部)', () => {
    const r = extract('明确开发区39名领导干部包保68户企业,积极开发区域特色产品。', { id: 'z6' });
    expect(r.zones).toEqual([]);
  });
  test('a level of approval names no zone (获批自治区级高新区, 升级为国家级经开区)', () => {
    const r = extract('园区于2013年获批自治区级高新区,2019年升级为国家级经济技术开发区,又新设县级工业园区。', { id: 'z4' });
    expect(r.zones).toEqual([]);
  });
});
