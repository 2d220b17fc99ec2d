// Classifiers and units a count may carry. Data; src/rules/counts builds its
// patterns from this table in one place.

export type UnitKind = 'people' | 'person-times' | 'organizations' | 'events' | 'items' | 'money' | 'score' | 'percent';

export interface Unit {
  /** As written (after normalization). */
  written: string;
  /** As reported in `unit` (money is reported in 元, scaled). */
  unit: string;
  kind: UnitKind;
  /** Multiplier applied to the value (万元 → 10^4). */
  scale?: number;
  /**
   * What may not follow the unit for it to be a unit: `分钟` is a duration,
   * `个小时` a duration, `所以` a conjunction, `元旦` a holiday.
   */
  notBefore?: string[];
  /**
   * What may not follow the unit after a numeral written in Chinese: `二次会议`
   * is a session (区十届人大二次会议), `3次会议` three meetings.
   */
  notBeforeChineseNumeral?: string[];
  /**
   * Characters the unit makes a word with where jieba reads the two as one (`个人`, `个体`),
   * and a classifier where it does not (`5个人才驿站`, `3个体育场馆`).
   */
  wordWith?: string[];
}

export const UNITS: Unit[] = [
  { written: '万人次', unit: '人次', kind: 'person-times', scale: 1e4 },
  { written: '人次', unit: '人次', kind: 'person-times' },
  { written: '户次', unit: '户次', kind: 'person-times' },
  { written: '家次', unit: '家次', kind: 'person-times' }, // visits to firms: like person-times, the firms are what is counted
  { written: '场次', unit: '场次', kind: 'events' },
  // (letters and visits received, matters handled, each time counted: 来信来访32件次)
  { written: '件次', unit: '件次', kind: 'items' },
  { written: '批次', unit: '批次', kind: 'events' },
  // (vehicles and machines sent out, each time counted: 出动车辆1100多台次, 300辆次, 无人机50架次, 运送物资80车次)
  { written: '台次', unit: '台次', kind: 'items' },
  { written: '辆次', unit: '辆次', kind: 'items' },
  { written: '车次', unit: '车次', kind: 'items' },
  { written: '架次', unit: '架次', kind: 'items' },
  // (not 师, 人, 家, 企, 城, 校, 优, 单: after a numeral they start who is counted far more
  // often than 名师, 名人… — 300名师生, 10名人大代表, 5名家长, 27名优秀干部, 3名单位负责人)
  { written: '名', unit: '名', kind: 'people', notBefore: ['称', '义', '字', '额', '列', '次', '片', '牌', '录', '誉', '胜'] },
  { written: '人', unit: '人', kind: 'people', notBefore: ['民', '才', '员', '大', '口', '类', '生', '力', '事', '均', '工', '们', '身', '格', '次'] },
  { written: '位', unit: '位', kind: 'people', notBefore: ['置', '于', '居', '列', '数', '次'] },
  { written: '户', unit: '户', kind: 'organizations', notBefore: ['口', '籍', '外', '型'] },
  // (not 长, 门, 电 alone: 3家长期合作企业, 新开3家门店, 20家电商企业 count firms)
  // (家人 is family and 家乡 home where jieba reads them so: `慰问5家人`; `5家人力资源服务机构`,
  // `18家乡镇商会` count bodies)
  { written: '家', unit: '家', kind: 'organizations', notBefore: ['庭', '园林', '园地', '属', '门口', '里', '风', '务', '族', '具', '居', '境', '次', '万'], wordWith: ['人', '乡'] },
  { written: '个', unit: '个', kind: 'items', notBefore: ['小时', '月', '工作日', '季度', '星期', '年头', '百分点', '世纪', '周', '多小时', '多月', '性', '别', '案', '个'], wordWith: ['人', '体'] },
  { written: '所', unit: '所', kind: 'organizations', notBefore: ['以', '有', '在', '属', '得', '谓', '需', '长', '述', '示', '辖'] },
  { written: '处', unit: '处', kind: 'organizations', notBefore: ['理', '置', '于', '分', '长', '室', '级'] },
  { written: '座', unit: '座', kind: 'items', notBefore: ['谈', '位', '右'] },
  { written: '次', unit: '次', kind: 'events', notBefore: ['年', '日', '月', '要', '数', '序', '生', '级'], notBeforeChineseNumeral: ['全会', '会议', '党代会', '代表大会', '全体会议', '常委会'] },
  { written: '场', unit: '场', kind: 'events', notBefore: ['所', '景', '地', '馆', '面', '合', '内', '外', '长', '次', '主体'] },
  { written: '期', unit: '期', kind: 'events', notBefore: ['间', '刊', '待', '望', '限', '末', '初', '满', '货', '工程'] },
  { written: '批', unit: '批', kind: 'events', notBefore: ['准', '评', '复', '示', '次', '发'] },
  { written: '轮', unit: '轮', kind: 'events', notBefore: ['廓', '值', '船', '胎', '岗', '车', '摩托', '电动车'] },
  { written: '件', unit: '件', kind: 'items', notBefore: ['事'] },
  // deals and transactions (交易达成2万余笔, 发放贷款126笔); 笔记, 笔者, 笔试, 笔录 are words of their own
  { written: '笔', unit: '笔', kind: 'items', notBefore: ['记', '者', '墨', '试', '画', '直', '录', '筒', '名', '触', '迹', '下', '芯', '尖'] },
  // trees and plants planted or handed out (套种苗木2.4万余棵, 发放果苗3000株); 株洲 is a city
  { written: '棵', unit: '棵', kind: 'items' },
  { written: '株', unit: '株', kind: 'items', notBefore: ['洲'] },
  // orders and deliveries (日配送量35万单); 单位, 单独, 单元… are words of their own
  { written: '单', unit: '单', kind: 'items', notBefore: ['位', '独', '元', '项', '个', '一', '身', '纯', '据', '价', '品', '体', '列', '亲', '打', '向', '次', '间', '建', '靠', '调', '薄', '车', '人', '页', '行', '曲', '日', '月', '年'] },
  // cases and incidents (矛盾纠纷37起); 起来, 起步, 起草… are verbs
  { written: '起', unit: '起', kind: 'items', notBefore: ['来', '步', '点', '草', '诉', '义', '源', '因', '码', '见', '到', '床', '飞', '航', '始', '身', '用'] },
  { written: '条', unit: '条', kind: 'items', notBefore: ['件', '例', '款', '幅', '理', '形码'] },
  // cases (化解矛盾纠纷346例, 成功调解12例); 例如, 例会, 例外, 例行, 例子… are words of their own
  { written: '例', unit: '例', kind: 'items', notBefore: ['如', '会', '外', '行', '子', '题', '证', '句', '假', '文', '言', '规'] },
  // matters, cases and parcels of land (用地问题12宗, 出让土地3宗); 宗旨, 宗教, 宗族… are words of their own
  { written: '宗', unit: '宗', kind: 'items', notBefore: ['旨', '教', '族', '师', '祠', '亲', '派', '室'] },
  { written: '项', unit: '项', kind: 'items', notBefore: ['目标', '链'] },
  { written: '篇', unit: '篇', kind: 'items', notBefore: ['章', '幅'] },
  { written: '份', unit: '份', kind: 'items', notBefore: ['子', '额'] },
  { written: '支', unit: '支', kind: 'items', notBefore: ['持', '部', '出', '付', '援', '撑', '柱', '队伍建设'] },
  // groups (12组统战社团组织…代表); 组织, 组建, 组成, 组合, 组长… are words of their own
  { written: '组', unit: '组', kind: 'items', notBefore: ['织', '建', '成', '合', '长', '员', '委', '团', '件', '装', '别', '数', '稿', '图', '照', '队', '网', '阁', '部'] },
  { written: '套', unit: '套', kind: 'items', notBefore: ['班子', '餐', '路'] },
  // pairs (结成帮扶对子320对); 对接, 对象, 对口, 对标, 对于… are words of their own, and before a
  // digit it is a score or a pairing (1对1)
  { written: '对', unit: '对', kind: 'items', notBefore: ['接', '象', '口', '于', '标', '照', '比', '应', '外', '内', '话', '待', '策', '此', '付', '抗', '立', '面', '号', '齐', '称', '焦', '准', '位', '等', '岸', '联', '企', '子', '手', '症', '账', '表', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '一', '二', '三', '多', '全', '各', '其', '该', '我', '党', '群', '不', '的', '有', '他', '她', '它', '这', '那', '每', '非', '规', '重', '新', '在', '是', '个'] },
  { written: '台', unit: '台', kind: 'items', notBefore: ['湾', '阶', '账', '风', '州', '胞', '资', '商'] },
  { written: '辆', unit: '辆', kind: 'items' },
  // films and books (观看教育片12部); 部门, 部分, 部署, 部长… are words of their own
  { written: '部', unit: '部', kind: 'items', notBefore: ['门', '分', '署', '长', '委', '队', '落', '位', '件', '属', '级', '里', '室', '局', '党', '际'] },
  // lamps (维修路灯120盏)
  { written: '盏', unit: '盏', kind: 'items' },
  { written: '种', unit: '种', kind: 'items', notBefore: ['植', '子', '类', '养', '苗'] },
  { written: '类', unit: '类', kind: 'items', notBefore: ['型', '别', '似'] },
  { written: '本', unit: '本', kind: 'items', notBefore: ['地', '着', '领', '身', '市', '县', '区', '次', '届', '报', '科', '质', '土', '单位'] },
  { written: '册', unit: '册', kind: 'items' },
  // letters (收到群众来信12封; 封闭, 封面, 封存 are words of their own)
  { written: '封', unit: '封', kind: 'items', notBefore: ['闭', '面', '存', '锁', '控', '顶', '装', '号', '建'] },
  { written: '张', unit: '张', kind: 'items', notBefore: ['皮', '贴'] },
  { written: '间', unit: '间', kind: 'items', notBefore: ['隔', '接'] },
  { written: '栋', unit: '栋', kind: 'items' },
  { written: '幢', unit: '幢', kind: 'items' },
  // money as it is spoken (多挣30块钱): 元, not 30 pieces
  { written: '块钱', unit: '元', kind: 'money' },
  { written: '块', unit: '块', kind: 'items' },
  { written: '面', unit: '面', kind: 'items', notBefore: ['积', '对', '向', '临', '貌', '上', '前', '的', '试', '谈'] },
  { written: '亿元', unit: '元', kind: 'money', scale: 1e8 },
  { written: '万元', unit: '元', kind: 'money', scale: 1e4 },
  { written: '千元', unit: '元', kind: 'money', scale: 1e3 },
  { written: '元', unit: '元', kind: 'money', notBefore: ['旦', '素', '老', '宵', '首', '年', '帅', '气', '件'] },
  // (yuan named by the currency's name after a scale: 不少于25亿人民币的融资支持)
  { written: '人民币', unit: '元', kind: 'money' },
  // foreign money stays in its own currency (实际到账外资7456万美元): no rate is applied
  { written: '美元', unit: '美元', kind: 'money' },
  { written: '分', unit: '分', kind: 'score', notBefore: ['钟', '之', '别', '类', '配', '析', '局', '会', '公司', '享', '批', '级', '层', '工', '散', '解', '管', '布', '成', '期', '区', '红', '片', '组', '头', '担', '担', '歧', '子', '秒'] },
  { written: '%', unit: '%', kind: 'percent' },
  // a change of a percentage, in points (组建率较去年提高12个百分点): a figure of its own, not a share
  { written: '个百分点', unit: '百分点', kind: 'percent' },
  { written: '百分点', unit: '百分点', kind: 'percent' },
];

/** `八成` → 80 %: a Chinese numeral before 成, not before words that start with 成. */
export const TENTHS = '成';
export const TENTHS_NOT_BEFORE = ['员', '为', '立', '功', '效', '果', '本', '绩', '熟', '长', '型', '交', '就', '都', '品', '片', '套', '色'];

