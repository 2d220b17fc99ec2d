// Places corpus: administrative units as articles name them, zones, and the
// look-alikes (words, roads, districts of a park) that are not places.
import type { ItemCorpus } from '../corpus.js';

export const corpus: ItemCorpus<'localities'> = {
  field: 'localities',
  cases: [
    { text: '马尾区委组织部召开会议。', expect: [{ span: '马尾区', adcode: '350105', level: 'county', city: '福州市' }] },
    { note: 'a county written with a character simplified text shares with traditional (乾县) in a simplified article', text: '乾县经济开发区党工委召开会议,全县企业参加。', expect: [{ span: '乾县', adcode: '610424' }] },
    { text: '滁州凤阳县推进园区党建。', expect: [{ span: '滁州', adcode: '341100' }, { span: '凤阳县', adcode: '341126' }] },
    { text: '南京市浦口区委召开专题会。', expect: [{ span: '南京市', adcode: '320100' }, { span: '浦口区', adcode: '320111' }] },
    { text: '台玻安徽玻璃有限公司党支部实施工程。', expect: [{ span: '安徽', adcode: '340000', level: 'province' }] },
    { text: '福清市推进产业链党建,福清工匠获表彰。', expect: [{ span: '福清市', adcode: '350181' }] },
    { note: 'a zone resolves to the unit it lies in', text: '慈湖高新区党工委推进党建。', expect: [{ span: '慈湖高新区', adcode: '340500' }] },
    { note: 'a zone named after its county', text: '浦口经济开发区新建党群服务中心。', expect: [{ span: '浦口', adcode: '320111', mention: '浦口' }] },
    // --- across provinces: full names, short forms, nested units ---------------
    { text: '福州市鼓楼区委组织部召开会议。', expect: [{ span: '福州市', adcode: '350100' }, { span: '鼓楼区', adcode: '350102' }] },
    { text: '舟山市普陀区推进海岛党建。', expect: [{ span: '舟山市', adcode: '330900' }, { span: '普陀区', adcode: '330903' }] },
    { text: '江苏南通市通州区推进“两新”党建。', expect: [{ span: '江苏', adcode: '320000', mention: '江苏' }, { span: '南通市', adcode: '320600' }, { span: '通州区', adcode: '320612' }] },
    { text: '贵阳市白云区组建产业链党委。', expect: [{ span: '贵阳市', adcode: '520100' }, { span: '白云区', adcode: '520113' }] },
    { text: '西安市长安区召开非公企业党建会。', expect: [{ span: '西安市', adcode: '610100' }, { span: '长安区', adcode: '610116' }] },
    { text: '辽宁省朝阳市龙城区开展活动。', expect: [{ span: '辽宁省', adcode: '210000' }, { span: '朝阳市', adcode: '211300' }, { span: '龙城区', adcode: '211303' }] },
    { text: '深圳市南山区粤海街道推进楼宇党建。', expect: [{ span: '深圳市', adcode: '440300' }, { span: '南山区', adcode: '440305' }] },
    { text: '北京市海淀区委社会工委部署工作。', expect: [{ span: '北京市', adcode: '110000', level: 'province' }, { span: '海淀区', adcode: '110108' }] },
    { text: '黑龙江省哈尔滨市道里区推进党建。', expect: [{ span: '黑龙江省', adcode: '230000' }, { span: '哈尔滨市', adcode: '230100' }, { span: '道里区', adcode: '230102' }] },
    { text: '新疆维吾尔自治区乌鲁木齐市开展培训。', expect: [{ span: '新疆维吾尔自治区', adcode: '650000' }, { span: '乌鲁木齐市', adcode: '650100' }] },
    { text: '广西南宁市青秀区组织党员志愿服务。', expect: [{ span: '广西', adcode: '450000', mention: '广西' }, { span: '南宁市', adcode: '450100' }, { span: '青秀区', adcode: '450103' }] },
    { text: '延边朝鲜族自治州延吉市推进党建。', expect: [{ span: '延边朝鲜族自治州', adcode: '222400' }, { span: '延吉市', adcode: '222401' }] },
    { text: '凉山州西昌市选派党建指导员。', expect: [{ span: '西昌市', adcode: '513401' }], partial: true },
    { text: '泉州晋江市推行“一区多园”园区党建。', expect: [{ span: '泉州', adcode: '350500', mention: '泉州' }, { span: '晋江市', adcode: '350582' }] },
    { text: '长丰县委组织部召开会议,合肥市有关部门参加。', expect: [{ span: '长丰县', adcode: '340121' }, { span: '合肥市', adcode: '340100' }] },
    { note: 'a short county form counts when its city is named', text: '合肥长丰推进园区党建。', expect: [{ span: '合肥', adcode: '340100' }, { span: '长丰', adcode: '340121', mention: '长丰' }] },
    { note: 'a short county form alone is too often a word', text: '长丰推进园区党建。', expect: [] },
    { note: 'an autonomous prefecture by its short name', text: '恩施州委组织部召开会议。', expect: [{ span: '恩施州', adcode: '422800', mention: '恩施州' }] },
    { note: 'an autonomous county by its short name, its city named', text: '长阳县推进园区党建,宜昌市有关部门参加。', expect: [{ span: '长阳县', adcode: '420528', mention: '长阳县' }, { span: '宜昌市', adcode: '420500' }] },
    { text: '凉山州西昌市选派党建指导员。', expect: [{ span: '凉山州', adcode: '513400', mention: '凉山州' }, { span: '西昌市', adcode: '513401' }] },
    // --- names several units share ---------------------------------------------
    { note: 'a city named beside it settles a shared name (南京, not 徐州)', text: '南京鼓楼区新建党群服务中心。', expect: [{ span: '南京', adcode: '320100' }, { span: '鼓楼区', adcode: '320106' }] },
    { note: 'the province settles it when only one candidate lies in it', text: '浙江省普陀区开展海岛党建。', expect: [{ span: '浙江省', adcode: '330000' }, { span: '普陀区', adcode: '330903' }] },
    { note: 'shared names alone stay ambiguous, not guessed', text: '鼓楼区委组织部召开非公企业党建推进会。', expect: [] },
    { note: '朝阳区 is in Beijing and in Changchun', text: '朝阳区望京街道推进楼宇党建。', expect: [] },
    { note: '西湖区 is in Hangzhou and in Nanchang', text: '西湖区委组织部推进园区党建。', expect: [] },
    { note: '通州区 is in Beijing and in Nantong', text: '通州区召开党建工作会议。', expect: [] },
    // --- zones -------------------------------------------------------------------
    { note: 'a zone whose name holds no place: the zone table places it', text: '张江高新区党建服务中心揭牌。', expect: [{ span: '张江高新区', adcode: '310115' }] },
    { note: 'a zone named after its county, with a verb before it', text: '企业落户和县经济开发区。', expect: [{ span: '和县', adcode: '340523' }], partial: true },
    { note: 'a zone named after its city', text: '徐州经济技术开发区召开会议。', expect: [{ span: '徐州', adcode: '320300', mention: '徐州' }], partial: true },
    { note: 'a bare 开发区 with a known core', text: '双凤开发区高度重视党建工作。', expect: [{ span: '双凤开发区', adcode: '340121' }] },
    { note: 'a verb before a bare 开发区 is no name', text: '吸引企业入驻开发区,落户园区。', expect: [] },
    { note: 'a clause before a zone type is no zone name', text: '实现省级以上工业园区全覆盖。', expect: [] },
    { note: 'verbs the lexicon lacks before a zone type (了解, 肯定了)', text: '领导充分肯定了晋江经济开发区的成效,要求开发区了解经济开发区企业需求。', expect: [{ span: '晋江', adcode: '350582', mention: '晋江' }], partial: true },
    { note: 'a district named …城区 has its short form too (相城 of 相城区)', text: '相城经开区召开党建工作会议。', expect: [{ span: '相城', adcode: '320507', mention: '相城' }] },
    // --- look-alikes --------------------------------------------------------------
    { note: 'place names inside ordinary words', text: '坚持和平发展,守护一方平安,东方红旗飘扬。', expect: [] },
    { note: 'streets and roads named after provinces and cities', text: '党群服务中心设在南京路与福州大道交叉口。', expect: [] },
    { note: 'a county short form before 村/镇/山 is another place', text: '企业来自江宁镇和凤阳山村。', expect: [] },
    { note: 'people named like places', text: '党员王建宁和李安庆参加活动。', expect: [] },
    { note: 'a prefecture’s short form that means something else (海西: the western shore of the straits)', text: '海西汽博会期间,园区企业销售量上扬。', expect: [] },
    { note: 'page chrome is not the article', text: '首页 > 地方频道 > 安徽 > 正文\n园区召开党建工作会议,部署下半年工作。', expect: [] },
    { note: '马上就办 is not 马尾', text: '坚持马上就办,服务企业。', expect: [] },
    { note: '长安片区 is not a county named 长安', text: '长安片区入驻企业越来越多。', expect: [] },
    { note: 'short forms of …城区 districts that are words or nicknames (双城经济圈, 古城), even in their own city', text: '哈尔滨推动双城经济圈建设。丽江市加强古城保护。', expect: [{ span: '哈尔滨', adcode: '230100' }, { span: '丽江市', adcode: '530700' }] },
    { note: 'urban areas and suburbs in general (城区, 郊区 are also districts’ names); a building named after a city', text: '本市中心城区和近郊区的楼宇党建,入驻嘉兴大厦的企业。', expect: [] },
    { note: '资源 (resources) is no 资源县', text: '广西矿产资源丰富。', expect: [{ span: '广西', adcode: '450000' }] },
    { note: 'road names', text: '企业位于广东路和陕西南路交叉口。', expect: [] },
    { note: 'county short forms that are ordinary words', text: '整合资源,加强合作,建设港口码头。', expect: [] },
  ],
};

/** Zones as the record lists them: the name as written, and the unit it lies in. */
export const zoneCorpus: ItemCorpus<'zones'> = {
  field: 'zones',
  cases: [
    { note: 'a zone named after its county, the verb before it stripped', text: '企业落户和县经济开发区。', expect: [{ span: '和县经济开发区', name: '和县经济开发区', adcode: '340523' }] },
    { note: 'a name ending in a character that may be a conjunction (人和) after a verb', text: '依托人和科技园、MAX科技园等园中园。', expect: [{ span: '人和科技园', name: '人和科技园', adcode: null }] },
    { note: 'a county’s short form before another word of a zone’s name places it (宜都双创); before a landform it is another place (东海岛)', text: '宜都双创产业园全面建成,宜都高新技术产业园区走过了发展之路,东海岛工业园开工。', expect: [{ span: '宜都双创产业园', adcode: '420581' }, { span: '宜都高新技术产业园区', name: '宜都高新技术产业园区', adcode: '420581' }, { span: '东海岛工业园', adcode: null }] },
    { note: 'a zone the table places', text: '张江高新区党建服务中心揭牌。', expect: [{ span: '张江高新区', name: '张江高新区', adcode: '310115' }] },
    { note: 'a zone of a city, named after it', text: '徐州经济技术开发区召开会议。', expect: [{ span: '徐州经济技术开发区', adcode: '320300' }] },
    { note: 'bare zone types side by side name no zone', text: '园区位于经开区高新区交界处。', expect: [] },
    { note: 'a verb before a bare zone type is no name', text: '吸引企业入驻开发区,落户园区。', expect: [] },
    { note: 'function words before a zone type are stripped one at a time, to nothing (将…对开发区)', text: '各地有关部门将进一步加大对开发区非公企业党建工作的指导。', expect: [] },
    { note: 'a verb before a zone type (抢抓产业园区) ends the name', text: '田东县抢抓产业园区改革机遇。', expect: [] },
    { note: 'zones by whom they belong to (市属开发区) are no zone names', text: '在市属开发区中属唯一获评。', expect: [] },
    { note: 'a zone described by its rank is not named (唯一…产业园, 全市首个…科技园)', text: '园区成为唯一跨境电子商务产业园,建成全市首个人工智能科技园。', expect: [] },
    { note: 'a clause before a zone type is no zone name', text: '实现省级以上工业园区全覆盖。', expect: [] },
    { note: 'verbs the lexicon lacks before a zone type (了解)', text: '要求干部了解经济开发区企业需求。', expect: [] },
  ],
};

