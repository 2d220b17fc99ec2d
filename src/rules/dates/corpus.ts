// Dates corpus: dates as news copy writes them, resolved against a fixed
// publication date, and expressions that are not dates.
import type { ItemCorpus } from '../corpus.js';

const P = '2022-10-24';
const d = (text: string, span: string, value: string) => ({ text, publishedAt: P, expect: [{ span, value }] });
const none = (note: string, text: string) => ({ note, text, publishedAt: P, expect: [] });

export const corpus: ItemCorpus<'dates'> = {
  field: 'dates',
  cases: [
    d('2022年10月24日,园区召开党建工作会。', '2022年10月24日', '2022-10-24'),
    d('会议于2021-06-30举行。', '2021-06-30', '2021-06-30'),
    d('项目于2021/6/3开工。', '2021/6/3', '2021-06-03'),
    d('2020.12.18,联盟正式成立。', '2020.12.18', '2020-12-18'),
    d('二〇二二年十月一日起施行。', '二〇二二年十月一日', '2022-10-01'),
    d('3月13日,中国组织人事报作了报道。', '3月13日', '2022-03-13'),
    d('11月2日,指导组进驻园区。', '11月2日', '2021-11-02'),
    d('21日,区委组织部负责人说。', '21日', '2022-XX-21'),
    d('从2018年起,园区坚持共建。', '2018年起', '2018'),
    d('2019年,园区获评先进。', '2019年', '2019'),
    d('2023年5月,联盟扩容。', '2023年5月', '2023-05'),
    d('今年3月中旬疫情突发。', '今年3月中旬', '2022-03'),
    d('截至9月底,投资完成过半。', '截至9月底', '2022-09'),
    d('去年12月,园区新建支部。', '去年12月', '2021-12'),
    d('今年上半年,新增党员12名。', '今年上半年', '2022-H1'),
    d('第三季度,园区走访企业。', '第三季度', '2022-Q3'),
    d('2021年一季度,项目签约。', '2021年一季度', '2021-Q1'),
    d('12日至14日,举办培训班。', '12日至14日', '2022-XX-12/2022-XX-14'),
    d('1至6月,累计走访企业。', '1至6月', '2022-01/2022-06'),
    d('3月5日至7日开展志愿活动。', '3月5日至7日', '2022-03-05/2022-03-07'),
    { text: '2022-07-08 10:27 来源:马鞍山日报\n园区召开会议,部署下半年工作。', expect: [{ span: '2022-07-08', value: '2022-07-08' }, { span: '下半年', value: '2022-H2' }] },
    { text: '12月5日,园区召开会议。', expect: [{ span: '12月5日', value: 'XXXX-12-05' }], note: 'no publication date: the year stays open' },
    none('vague periods', '今年以来,近年来,目前,园区党建工作成效明显,去年以来持续推进。'),
    none('durations', '串联起园区30年奋斗历程,正式开放两年多来,他连续工作近20个小时。'),
    none('anniversaries and holidays as names', '庆祝建党101周年,迎“七一”,庆“三八”。'),
    none('ordinals and sessions', '十二届五次全会提出要求。'),
    none('frequencies', '每月至少走访1次,一月一次例会。'),
    none('counts of days', '连续工作15日,30个工作日内办结。'),
  ],
};
